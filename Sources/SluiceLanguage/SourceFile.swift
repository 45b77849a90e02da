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
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        var line = text[start..<end]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return line
    }
}
