import Foundation

/// Writes a request body for the JSON gateway: objects with sorted keys, arrays, strings,
/// booleans and integers, which is all a request holds. Foundation's `JSONSerialization` took a
/// tenth of a gateway's CPU in the usage sync (every shard's base64 value went through
/// NSString); this writes the bytes directly.
enum EtcdRequestWriter {
    /// The JSON of `value`; throws on a type a request never holds.
    static func write(_ value: Any) throws -> Data {
        var out: [UInt8] = []
        try write(value, into: &out)
        return Data(out)
    }

    private static func write(_ value: Any, into out: inout [UInt8]) throws {
        switch value {
        case let text as String:
            string(text, into: &out)
        case let object as [String: Any]:
            out.append(UInt8(ascii: "{"))
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                string(key, into: &out)
                out.append(UInt8(ascii: ":"))
                try write(object[key] as Any, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            for (index, item) in array.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                try write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let flag as Bool:
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case let number as Int:
            out.append(contentsOf: String(number).utf8)
        case let number as Int64:
            out.append(contentsOf: String(number).utf8)
        default:
            throw EtcdError.malformed("a request value of type \(type(of: value))")
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped; other UTF-8 as it is.
    private static func string(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xf)])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
