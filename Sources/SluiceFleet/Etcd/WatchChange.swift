/// One change a watch reports: a key put (with its new value) or deleted (with its key only).
public enum WatchChange: Hashable, Sendable {
    /// The key was written.
    case put(KeyValue)
    /// The key was deleted (or its lease expired); `revision` is the deletion's.
    case delete(key: String, revision: Int64)
}
