/// How hourly usage meets what is stored for the same host and hour.
public enum UsageHourMode: Sendable {
    /// Adds to it: the watcher records the bytes counted since its last write.
    case add
    /// Keeps the larger: importing the same export twice changes nothing.
    case max
}
