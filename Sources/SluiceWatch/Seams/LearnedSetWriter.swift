import SluiceCompiler

/// Adds learned addresses to the kernel's learned sets, all of one answer in one transaction, so
/// that they are admitted together before the answer is released.
public protocol LearnedSetWriter: Sendable {
    /// Adds (or refreshes the timeout of) each admission's element.
    func add(_ admissions: [NameAdmission]) throws
    /// The epoch of this writer's last successful `add` (no kernel request): the same over its
    /// later writes while nobody else changes the kernel's ruleset, a new one once anyone did.
    /// Nil when it does not know.
    var writtenEpoch: UInt64? { get }
    /// The epoch of this writer's last write if nobody else has changed the kernel's ruleset since
    /// (asking the kernel), so that every element it wrote in that epoch is still there until
    /// the expiry it was written with; nil when not, or when it cannot tell.
    func standingEpoch() throws -> UInt64?
}

extension LearnedSetWriter {
    /// A writer that knows no epochs: every element is written at every answer.
    public var writtenEpoch: UInt64? { nil }
    public func standingEpoch() throws -> UInt64? { nil }
}
