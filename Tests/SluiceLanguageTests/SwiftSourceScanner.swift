import Foundation

/// Reads Swift source the way the style rules count it: the text with comments and string
/// literals blanked out (line breaks kept, so line numbers stay), and the functions with a body,
/// each from its declaration's line to its closing brace's.
struct SwiftSourceScanner {
    /// The source's lines, as written.
    let lines: [Substring]
    /// The same lines with every comment and string literal replaced by spaces.
    let code: [String]

    /// A function, initializer or subscript with a body.
    struct Function {
        /// The line of its declaration, from 1.
        var line: Int
        /// How many lines from the declaration to the closing brace, both included.
        var length: Int
        /// The declaration as written.
        var declaration: String
    }

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        code = String(decoding: Self.blanked(Array(text.utf8)), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The bytes with comments (line and nested block) and string literals (plain, multi-line and
    /// raw) turned into spaces; what is left is code.
    static func blanked(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var i = 0
        func blank(_ range: Range<Int>) {
            for j in range where out[j] != UInt8(ascii: "\n") { out[j] = UInt8(ascii: " ") }
        }
        func starts(_ text: String, at j: Int) -> Bool {
            let t = Array(text.utf8)
            return j + t.count <= bytes.count && Array(bytes[j..<(j + t.count)]) == t
        }
        while i < bytes.count {
            if starts("//", at: i) {
                let end = bytes[i...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                blank(i..<end)
                i = end
            } else if starts("/*", at: i) {
                var depth = 0, j = i
                repeat {
                    if starts("/*", at: j) { depth += 1; j += 2 } else if starts("*/", at: j) { depth -= 1; j += 2 } else { j += 1 }
                } while depth > 0 && j < bytes.count
                blank(i..<j)
                i = j
            } else if bytes[i] == UInt8(ascii: "\"") || (bytes[i] == UInt8(ascii: "#") && starts("#\"", at: i)) {
                let end = stringEnd(bytes, from: i)
                blank(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Where the string literal starting at `start` ends (just past its closing quotes).
    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var hashes = 0, i = start
        while i < bytes.count, bytes[i] == UInt8(ascii: "#") { hashes += 1; i += 1 }
        let quote = UInt8(ascii: "\"")
        let multiline = i + 2 < bytes.count && bytes[i] == quote && bytes[i + 1] == quote && bytes[i + 2] == quote
        let delimiter = [UInt8](repeating: quote, count: multiline ? 3 : 1) + [UInt8](repeating: UInt8(ascii: "#"), count: hashes)
        i += multiline ? 3 : 1
        while i < bytes.count {
            if hashes == 0 && bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if !multiline && bytes[i] == UInt8(ascii: "\n") { return i }
            if i + delimiter.count <= bytes.count && Array(bytes[i..<(i + delimiter.count)]) == delimiter {
                return i + delimiter.count
            }
            i += 1
        }
        return bytes.count
    }

    // Read-only after it is made; Regex is not Sendable.
    nonisolated(unsafe) private static let declaration = #/^\s*(@\w+(\([^)]*\))?\s+)*((public|private|fileprivate|internal|package|static|class|override|mutating|nonmutating|nonisolated|final|convenience|required|dynamic|open)(\([a-z]+\))?\s+)*(func\s|init[?!]?\s*[(<]|subscript\s*[(<])/#

    /// Every function, initializer and subscript that has a body.
    var functions: [Function] {
        var out: [Function] = []
        for (index, line) in code.enumerated() where line.contains(Self.declaration) {
            if let end = bodyEnd(from: index) {
                out.append(Function(line: index + 1, length: end - index + 1,
                                    declaration: lines[index].trimmingCharacters(in: .whitespaces)))
            }
        }
        return out
    }

    /// The line index of the closing brace of the body of the declaration at `start`; nil when it
    /// has none (a protocol requirement).
    private func bodyEnd(from start: Int) -> Int? {
        var parens = 0, depth = 0, opened = false
        for index in start..<code.count {
            if index > start, !opened, code[index].contains(Self.declaration) { return nil }
            for byte in code[index].utf8 {
                switch byte {
                case UInt8(ascii: "("), UInt8(ascii: "["): parens += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"): parens -= 1
                case UInt8(ascii: "{") where opened || parens == 0:
                    opened = true
                    depth += 1
                case UInt8(ascii: "}") where opened:
                    depth -= 1
                    if depth == 0 { return index }
                case UInt8(ascii: "}") where parens == 0:
                    return nil
                default: break
                }
            }
        }
        return nil
    }
}
