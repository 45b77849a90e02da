import SluiceLanguage

/// Plain, aligned text tables for terminals.
enum TextTable {
    /// The most characters a cell shows; a longer one (a history message, a reason given on the
    /// command line) is cut in the middle.
    static let maximumCell = 200

    /// Pads every column to its widest cell; the last column is not padded. Every cell is made
    /// terminal-safe first: messages and reasons come from whoever ran a command, and must not
    /// move the cursor, rewrite lines or reorder text on the operator's screen.
    static func render(_ rows: [[String]]) -> String {
        let rows = rows.map { $0.map { DisplayText.clipped($0, to: maximumCell) } }
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ").trimmingSuffixSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The string without trailing spaces.
    func trimmingSuffixSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
