/// What handling one event produced: slow work to run, and whether the kernel should be read now
/// rather than at the next poll.
public struct EngineOutput: Hashable, Sendable {
    /// Store writes and alerts, in order.
    public var effects: [WatchEffect]
    /// Read every binding now (events were lost, or a `total` quota was spent and all its
    /// contributors must be found).
    public var pollNow: Bool

    /// Creates an output.
    public init(effects: [WatchEffect] = [], pollNow: Bool = false) {
        self.effects = effects
        self.pollNow = pollNow
    }
}
