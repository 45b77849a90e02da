import Foundation

/// A key and its value as etcd holds them.
public struct KeyValue: Hashable, Sendable {
    /// The key (Sluice's keys are text).
    public var key: String
    /// The value's bytes.
    public var value: Data
    /// The revision of the last change to the key.
    public var modRevision: Int64
    /// The lease the key is attached to, 0 for none.
    public var lease: Int64

    /// Creates a key-value pair.
    public init(key: String, value: Data, modRevision: Int64 = 0, lease: Int64 = 0) {
        self.key = key
        self.value = value
        self.modRevision = modRevision
        self.lease = lease
    }
}
