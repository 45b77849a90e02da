import Foundation

/// The v3 JSON gateway's spellings: keys and values in base64, 64-bit integers as strings.
enum EtcdJSON {
    static func encode(_ key: String) -> String { Data(key.utf8).base64EncodedString() }

    static func encode(bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }

    /// The end of the range of keys that start with `prefix` (the prefix with its last byte
    /// raised by one, dropping trailing 0xff bytes).
    static func prefixEnd(_ prefix: String) -> [UInt8] {
        var bytes = Array(prefix.utf8)
        while let last = bytes.last {
            if last < 0xff {
                bytes[bytes.count - 1] = last + 1
                return bytes
            }
            bytes.removeLast()
        }
        return [0]
    }

    /// A 64-bit integer field, which the gateway writes as a string (or leaves out when zero).
    static func int(_ value: Any?) -> Int64 {
        if let text = value as? String { return Int64(text) ?? 0 }
        if let number = value as? NSNumber { return number.int64Value }
        return 0
    }

    /// A key-value object of an answer.
    static func keyValue(_ object: Any?) throws -> KeyValue {
        guard let kv = object as? [String: Any], let key64 = kv["key"] as? String, let key = Data(base64Encoded: key64) else {
            throw EtcdError.malformed("a key-value without a key")
        }
        let value = (kv["value"] as? String).flatMap { Data(base64Encoded: $0) } ?? Data()
        return KeyValue(key: String(decoding: key, as: UTF8.self), value: value, modRevision: int(kv["mod_revision"]),
                        lease: int(kv["lease"]))
    }

    /// The header's revision of an answer.
    static func revision(_ answer: [String: Any]) -> Int64 {
        int((answer["header"] as? [String: Any])?["revision"])
    }
}
