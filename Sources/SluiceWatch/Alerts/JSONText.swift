import SluiceLanguage
import SluiceCompiler
/// A small writer of one JSON object with members in the order they are added, so alert lines
/// read the same way every time and golden tests can compare them byte for byte.
struct JSONText {
    private var members: [String] = []

    /// Adds a string member.
    mutating func add(_ key: String, _ value: String) {
        members.append(Self.quote(key) + ":" + Self.quote(value))
    }

    /// Adds an integer member.
    mutating func add(_ key: String, _ value: some BinaryInteger) {
        members.append(Self.quote(key) + ":" + String(value))
    }

    /// Adds a number that is already valid JSON text.
    mutating func add(_ key: String, raw: String) {
        members.append(Self.quote(key) + ":" + raw)
    }

    /// Adds a `null` member.
    mutating func addNull(_ key: String) {
        members.append(Self.quote(key) + ":null")
    }

    /// Adds an array of strings.
    mutating func add(_ key: String, _ values: [String]) {
        members.append(Self.quote(key) + ":[" + values.map(Self.quote).joined(separator: ",") + "]")
    }

    /// Adds an array of objects.
    mutating func add(_ key: String, objects: [JSONText]) {
        members.append(Self.quote(key) + ":[" + objects.map(\.text).joined(separator: ",") + "]")
    }

    /// The object's text.
    var text: String { "{" + members.joined(separator: ",") + "}" }

    /// A JSON string literal: quotes, backslashes and every character `DisplayText` escapes (C0 and
    /// C1 controls, DEL, bidi and other format characters, line separators) as `\uHHHH`, so an
    /// alert line read in a terminal shows what it carries and does nothing.
    static func quote(_ s: String) -> String {
        var out = ""
        for scalar in JSONValue.quote(s).unicodeScalars {
            if DisplayText.escape(scalar) != nil {
                for unit in String(scalar).utf16 {
                    let digits = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
