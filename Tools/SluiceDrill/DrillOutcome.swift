/// The result of one drill scenario: what was tried, what got out, what the watcher did.
public struct DrillOutcome: Sendable {
    public var name: String
    public var pattern: String
    public var hosts: [String]
    public var sent: Int
    public var gotOut: Int
    public var budget: Int
    /// Seconds from the start of the scenario to the watcher's containment (or alert), per host.
    public var containedAfter: [String: Double]
    /// The quota (or `denied`) that caught it.
    public var caughtBy: String?
    public var passed: Bool
    /// Why it failed, or notes on what was checked.
    public var notes: [String]
    /// Not run (the notes say why); counts as passed.
    public var skipped = false
}
