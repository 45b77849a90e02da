/// Cuts the text of a policy file into segments that each hold whole top-level statements, by a
/// scan that knows only what decides where the lexer emits a line break: comments, strings, list
/// commas and braces. A segment starts at the start of a line where the previous line ended a
/// statement (its line break is a token, outside any block) and the next statement does not open
/// its block there (a `{` may sit on the next line).
///
/// Lexing and parsing each segment alone then gives exactly what the whole file gives, as long as
/// every segment parses without a problem (`SegmentedParse` checks that, and parses the whole file
/// otherwise). The scan is only a guess at where statements end: a wrong guess makes a segment
/// that does not parse alone, never a different parse.
enum StatementSegments {
    /// One segment: its bytes and the line it starts on.
    struct Segment: Equatable {
        var range: Range<Int>
        var line: Int
    }

    /// The segments of a file's bytes, in order, covering all of them.
    static func segments(_ bytes: UnsafeRawBufferPointer) -> [Segment] {
        var scanner = Scanner(bytes: bytes)
        scanner.run()
        return scanner.segments
    }

    /// What the lexer's last token was, as far as line breaks care: a line break after a list
    /// comma continues the list, after nothing (a blank line) it says nothing.
    private enum Last {
        case none, comma, other
    }

    private struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var segments: [Segment] = []
        var start = 0
        var startLine = 1
        var line = 1
        var depth = 0
        var last = Last.none
        /// A line start where a segment may begin, once the next token shows it is not a `{`.
        var pending: (offset: Int, line: Int)?

        init(bytes: UnsafeRawBufferPointer) {
            self.bytes = bytes
        }

        mutating func run() {
            var i = 0
            let count = bytes.count
            while i < count {
                let b = bytes[i]
                switch b {
                case 0x0A:
                    if last == .other && depth == 0 { pending = (i + 1, line + 1) }
                    if last != .comma { last = .none }
                    line += 1
                    i += 1
                case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
                    i += 1
                case UInt8(ascii: "#"):
                    while i < count && bytes[i] != 0x0A { i += 1 }
                case UInt8(ascii: "\""):
                    token(.other, b)
                    i = endOfString(from: i + 1)
                case UInt8(ascii: ","):
                    token(.comma, b)
                    i += 1
                default:
                    token(.other, b)
                    if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") { depth -= 1 }
                    i += 1
                }
            }
            if start < count || segments.isEmpty { segments.append(Segment(range: start..<count, line: startLine)) }
        }

        /// A token starts with byte `b`: a pending segment start is taken unless it is a `{`.
        mutating func token(_ kind: Last, _ b: UInt8) {
            if let cut = pending {
                pending = nil
                if b != UInt8(ascii: "{") {
                    segments.append(Segment(range: start..<cut.offset, line: startLine))
                    start = cut.offset
                    startLine = cut.line
                }
            }
            last = kind
        }

        /// Where a string that opened before `i` ends: after its closing quote, or at the line
        /// break that leaves it unterminated. `\"` and `\\` are escapes; any other backslash
        /// stands for itself.
        func endOfString(from i: Int) -> Int {
            var i = i
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    return i + 1
                case 0x0A:
                    return i
                case UInt8(ascii: "\\"):
                    let next = i + 1 < bytes.count ? bytes[i + 1] : 0
                    i += next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") ? 2 : 1
                default:
                    i += 1
                }
            }
            return i
        }
    }
}
