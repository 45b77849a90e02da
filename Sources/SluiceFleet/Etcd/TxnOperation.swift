import Foundation

/// A write inside an etcd transaction.
public enum TxnOperation: Hashable, Sendable {
    /// Write a key, attached to a lease when one is given.
    case put(key: String, value: Data, lease: Int64?)
    /// Delete a key, or every key under a prefix.
    case delete(key: String, prefix: Bool)

    /// The gateway's JSON for the operation.
    var json: [String: Any] {
        switch self {
        case .put(let key, let value, let lease):
            var put: [String: Any] = ["key": EtcdJSON.encode(key), "value": value.base64EncodedString()]
            if let lease { put["lease"] = String(lease) }
            return ["request_put": put]
        case .delete(let key, let prefix):
            var range: [String: Any] = ["key": EtcdJSON.encode(key)]
            if prefix { range["range_end"] = EtcdJSON.encode(bytes: EtcdJSON.prefixEnd(key)) }
            return ["request_delete_range": range]
        }
    }

    /// About how many bytes the operation takes in a request (base64 grows by a third).
    var size: Int {
        switch self {
        case .put(let key, let value, _): return (key.utf8.count + value.count) * 4 / 3 + 64
        case .delete(let key, _): return key.utf8.count * 8 / 3 + 64
        }
    }
}
