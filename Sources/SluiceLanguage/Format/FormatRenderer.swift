/// Prints the formatter's lines: indentation, the alignment of neighbouring statements, list
/// continuations under their first item, long lists wrapped, trailing comments in a column.
struct FormatRenderer {
    /// Spaces per block level.
    static let indent = 2
    /// Lists are wrapped after a comma so that a line stays within this many columns, where they can be.
    static let width = 100
    /// Spaces at least between code and a trailing comment.
    static let commentGap = 2

    private let tokens: [Token]
    /// The column (0-based) each printed token starts at.
    private var columns: [Int: Int] = [:]
    /// Printed lines: code (with its indentation) and the trailing comment, if any.
    private var printed: [(code: String, comment: String?)] = []

    /// The text of `lines`, ending in a line break (empty for a file with nothing in it).
    static func render(_ lines: [FormatLine], tokens: [Token]) -> String {
        var renderer = FormatRenderer(tokens: tokens)
        for line in renderer.aligned(lines) { renderer.print(line) }
        return renderer.text()
    }

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Statements next to each other (no blank line or comment between) that start with the same
    /// word get their second word padded to one width, so the rest lines up:
    /// `group compute 10.20.0.0/16` over `group soc     10.0.0.0/28`. Only a single-word second
    /// word counts (not a list), and only when something follows it.
    private func aligned(_ lines: [FormatLine]) -> [FormatLine] {
        var lines = lines
        var run: [Int] = []
        func close() {
            if run.count > 1 {
                let width = run.map { FormatLine.width(lines[$0].pieces[1].text) }.max() ?? 0
                for i in run { lines[i].subjectWidth = width }
            }
            run = []
        }
        for i in lines.indices where lines[i].kind != .code || lines[i].startsStatement {
            let line = lines[i]
            guard line.kind == .code else {
                close()
                continue
            }
            let eligible = line.pieces.count >= 3 && line.pieces[1].comma == nil
                && tokens[line.pieces[0].token].kind == .word && tokens[line.pieces[1].token].kind == .word
            if let first = run.first,
               !eligible || lines[first].depth != line.depth || lines[first].pieces[0].text != line.pieces[0].text {
                close()
            }
            if eligible { run.append(i) }
        }
        close()
        return lines
    }

    /// Prints one line (or more, when a long list wraps).
    private mutating func print(_ line: FormatLine) {
        let indent = line.listComma.map(listColumn) ?? line.depth * Self.indent
        switch line.kind {
        case .blank:
            printed.append(("", nil))
        case .comment:
            printed.append((String(repeating: " ", count: indent) + (line.comment ?? ""), nil))
        case .code:
            var code = String(repeating: " ", count: indent)
            var column = indent
            for (k, piece) in line.pieces.enumerated() {
                let pieceWidth = FormatLine.width(piece.text)
                var gap = k == 0 ? 0 : 1
                if k == 2, let subject = line.subjectWidth { gap += subject - FormatLine.width(line.pieces[1].text) }
                if k > 0, let comma = line.pieces[k - 1].comma, column + gap + pieceWidth > Self.width {
                    printed.append((code, nil))
                    column = listColumn(comma)
                    code = String(repeating: " ", count: column)
                    gap = 0
                }
                columns[piece.token] = column + gap
                code += String(repeating: " ", count: gap) + piece.text
                column += gap + pieceWidth
            }
            printed.append((code, line.comment))
        }
    }

    /// The column of the first item of the list that the comma at `comma` belongs to. Items are
    /// single tokens, or a word and a string after a comma (`alert log, exec "/path"`).
    private func listColumn(_ comma: Int) -> Int {
        var item = comma - 1
        while item > 0 {
            if tokens[item - 1].kind == .comma, item >= 2 {
                item -= 2
            } else if tokens[item].kind == .string, item >= 2, tokens[item - 1].kind == .word,
                      tokens[item - 2].kind == .comma {
                item -= 1
            } else {
                break
            }
        }
        return columns[max(0, item)] ?? Self.indent * 2
    }

    /// The printed lines joined, trailing comments of neighbouring lines in one column.
    private func text() -> String {
        var out = ""
        var i = 0
        while i < printed.count {
            guard printed[i].comment != nil, !printed[i].code.isEmpty else {
                out += printed[i].code + "\n"
                i += 1
                continue
            }
            var end = i
            while end < printed.count, printed[end].comment != nil, !printed[end].code.isEmpty { end += 1 }
            let column = printed[i..<end].map { FormatLine.width($0.code) }.max() ?? 0
            for line in printed[i..<end] {
                let pad = column - FormatLine.width(line.code) + Self.commentGap
                out += line.code + String(repeating: " ", count: pad) + (line.comment ?? "") + "\n"
            }
            i = end
        }
        return out
    }
}
