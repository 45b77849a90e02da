import SluiceLanguage

/// What one answer leads to: the elements to add (then the answer is released), and the names
/// whose cap refused addresses (a warning in status and metrics).
public struct NameLearning: Hashable, Sendable {
    public var admissions: [NameAdmission] = []
    /// Elements already in the kernel for at least as long as the answer needs, by this watcher's
    /// own write: no write while the writer's epoch still stands (see `NameService`).
    public var standing: [StandingAdmission] = []
    /// Names that hold `dns addresses per name` addresses already and were refused more.
    public var cappedNames: [String] = []
    /// Why nothing was learned, when nothing was: `untrusted` server, `unreadable` message, or
    /// `unlisted` name (none of the policy's names and patterns covers it).
    public var ignored: Reason?
    /// The name whose destinations the addresses went to (the question, or the first alias on
    /// its chain that a destination lists); nil when nothing was learned.
    public var name: String?
    /// Every address the answer gave (a trusted, readable answer, listed name or not) but those
    /// its server did not confirm: what explains a later connection to it.
    public var answered: [IPAddress] = []
    /// Addresses the answer gave for a listed name that its server, asked again by the watcher,
    /// did not confirm: not admitted, or, learned for the name before, not past what the
    /// watcher confirmed then (a forged answer, a name that moved away from the address, or a
    /// server whose answers change faster than it keeps them).
    public var unconfirmed: [IPAddress] = []

    /// Why an answer taught nothing.
    public enum Reason: String, Hashable, Sendable {
        case untrusted, unreadable, unlisted
    }

    /// Creates a result.
    public init(admissions: [NameAdmission] = [], cappedNames: [String] = [], ignored: Reason? = nil) {
        self.admissions = admissions
        self.cappedNames = cappedNames
        self.ignored = ignored
    }
}
