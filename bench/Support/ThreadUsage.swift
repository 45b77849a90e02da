/// The CPU time one thread of a process has used, in clock ticks, with its name.
public struct ThreadUsage: Hashable {
    /// The thread id.
    public var tid: Int32
    /// Its name (`comm`, at most 15 characters).
    public var name: String
    /// User plus system time, in clock ticks (`ProcessUsage.ticksPerSecond`).
    public var ticks: Int

    /// Creates a reading.
    public init(tid: Int32, name: String, ticks: Int) {
        self.tid = tid
        self.name = name
        self.ticks = ticks
    }
}
