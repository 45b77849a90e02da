import Testing
@testable import SluiceLanguage

/// The lexer: token kinds, positions in Unicode scalars, comments, strings, line continuation.
@Suite struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(text, file: "t").tokens.map(\.kind)
    }

    @Test func tokenKindsAndTexts() {
        let (tokens, diagnostics) = Lexer.tokenize("group a 10.0.0.0/8, b # comment\n{ } ; \"x y\"", file: "t")
        #expect(diagnostics.isEmpty)
        #expect(tokens.map(\.kind) == [.word, .word, .word, .comma, .word, .newline,
                                       .leftBrace, .rightBrace, .semicolon, .string, .end])
        #expect(tokens.map(\.text) == ["group", "a", "10.0.0.0/8", "", "b", "", "", "", "", "x y", ""])
    }

    @Test("no line break token after a trailing comma, nor for blank or comment lines")
    func lineContinuation() {
        #expect(kinds("a,\n\n  # c\n b\n\n\nc") == [.word, .comma, .word, .newline, .word, .end])
        #expect(kinds("\n\n# only comments\n") == [.end])
    }

    @Test("columns count Unicode scalars; tabs count one")
    func columns() {
        let (tokens, _) = Lexer.tokenize("# é\n\tgroup\té x", file: "t")
        let words = tokens.filter { $0.kind == .word }
        #expect(words.map(\.line) == [2, 2, 2])
        #expect(words.map(\.column) == [2, 8, 10])
        #expect(words.map(\.width) == [5, 1, 1])
    }

    @Test("string escapes")
    func escapes() {
        let (tokens, diagnostics) = Lexer.tokenize(#""a\"b\\c""#, file: "t")
        #expect(diagnostics.isEmpty)
        #expect(tokens.first?.text == #"a"b\c"#)
        #expect(tokens.first?.width == 9)
    }

    @Test("an unterminated string ends at the line end and is underlined to it")
    func unterminated() {
        let (tokens, diagnostics) = Lexer.tokenize("egress \"wan0\r\nnext", file: "t")
        #expect(diagnostics.map(\.id) == [.unterminatedString])
        #expect(diagnostics.first?.location == SourceLocation(file: "t", line: 1, column: 8, length: 5))
        #expect(tokens.map(\.kind) == [.word, .string, .newline, .word, .end])
        #expect(tokens[1].text == "wan0")
        #expect(tokens[1].isPoisoned)
    }

    @Test("an invalid character poisons its word and is reported once, at itself")
    func invalidCharacter() {
        let (tokens, diagnostics) = Lexer.tokenize("group l\u{00E4}b\u{00A0}x 1", file: "t")
        #expect(diagnostics.map(\.id) == [.invalidCharacter])
        #expect(diagnostics.first?.location.column == 8)
        #expect(diagnostics.first?.message == "invalid character 'ä' (U+00E4)")
        #expect(tokens[1].isPoisoned)
        #expect(tokens.map(\.kind) == [.word, .word, .word, .end])
    }

    @Test("a non-breaking space is named and explained")
    func nonBreakingSpace() {
        let (_, diagnostics) = Lexer.tokenize("group\u{00A0}lab", file: "t")
        #expect(diagnostics.first?.message == "invalid character U+00A0")
        #expect(diagnostics.first?.notes.first?.kind == .help)
    }

    @Test("a byte order mark is skipped; the end token sits after the last token")
    func bomAndEnd() {
        let (tokens, _) = Lexer.tokenize("\u{FEFF}policy x\n\n", file: "t")
        #expect(tokens.first?.column == 1)
        let end = tokens.last
        #expect(end?.kind == .end)
        #expect(end?.line == 1)
        #expect(end?.column == 9)
    }
}
