/// An admission whose element this watcher already wrote, in `epoch`, with an expiry that covers
/// the answer: it needs no write while that epoch stands (nobody else changed the kernel since),
/// and is written as `admission` says when it does not.
public struct StandingAdmission: Hashable, Sendable {
    public var admission: NameAdmission
    /// The writer's epoch of the write that put the element there (`LearnedSetWriter`).
    public var epoch: UInt64

    /// Creates a standing admission.
    public init(_ admission: NameAdmission, epoch: UInt64) {
        self.admission = admission
        self.epoch = epoch
    }
}
