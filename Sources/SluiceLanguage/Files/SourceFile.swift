/// The text of one policy file as it was read, kept for diagnostics and for the apply history.
public struct SourceFile: Hashable, Sendable, Codable {
    /// The path as shown in diagnostics.
    public var path: String
    /// The whole file.
    public var text: String

    /// Creates a source file from its display path and its text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The text of a 1-based line without its line terminator, or nil past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1 else { return nil }
        // Search scalars, not Characters: "\r\n" is a single Character that never equals "\n".
        let scalars = text.unicodeScalars
        var current = 1
        var start = scalars.startIndex
        while current < number {
            guard let newline = scalars[start...].firstIndex(of: "\n") else { return nil }
            start = scalars.index(after: newline)
            current += 1
        }
        var end = scalars[start...].firstIndex(of: "\n") ?? scalars.endIndex
        if end > start, scalars[scalars.index(before: end)] == "\r" { end = scalars.index(before: end) }
        return text[start..<end]
    }
}
