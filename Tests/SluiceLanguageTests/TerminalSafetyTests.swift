import Testing
@testable import SluiceLanguage

/// What diagnostics print is safe on a terminal: no control or bidirectional character of a
/// policy reaches the output raw (not in the echoed line, a quoted name, string or path, a note),
/// the caret stays under the escaped text, and a long line is cut around the caret.
@Suite struct TerminalSafetyTests {
    /// Characters that change what a terminal shows: ESC (and a whole CSI sequence), CR, NUL,
    /// BEL, backspace, VT, FF, DEL, C1 controls (NEL, CSI), bidirectional overrides and
    /// isolates, and the line separator.
    static let hostile: [Hostile] = [
        "\u{1B}", "\r", "\u{0}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\u{7F}", "\u{85}", "\u{9B}",
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}",
        "\u{2069}", "\u{200E}", "\u{200F}", "\u{61C}", "\u{2028}", "\u{2029}",
    ].map(Hostile.init)

    /// One hostile character, named by its code point in test output (the test log is a terminal too).
    struct Hostile: Sendable, CustomTestStringConvertible {
        let scalar: Unicode.Scalar
        var testDescription: String { "U+" + String(scalar.value, radix: 16, uppercase: true) }
    }

    /// Places in a policy where text from the file ends up in a diagnostic. `X` is replaced by
    /// the hostile character.
    static let places: [String] = [
        "group lab 10.1.0.0/16 # comment X[2J\nallow lab to 192.0.2.1 on tcp/99999\n",
        "include \"evilX[31m.sluice\"\n",
        "include \"dir/X/*.sluice\"\n",
        "allow soc to 192.0.2.1 on \"webX\"\n",
        "group labX 10.1.0.0/16\n",
        "group lab 10.1.0.X/16\n",
        "quota soc 1 GiB per day per host\non exceed soc { alert exec \"/usr/bin/pageX\" }\n",
        "quota soc 1 GiB per day per host\non exceed soc { alert exec pageX }\n",
        "policy u { egress \"wanX\" }\n",
        "destination d 192.0.2.1 X \nallow soc to d on tcp/22\n",
        "group X lab 10.1.0.0/16\n",
    ]

    /// Whether a rendered text holds only printable characters, tabs and line feeds.
    static func isTerminalSafe(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == "\n" || DisplayText.escape($0) == nil }
    }

    @Test("no hostile character reaches the rendered output raw", arguments: hostile)
    func hostileCharacters(_ hostile: Hostile) {
        let scalar = hostile.scalar
        for place in Self.places {
            let text = gatewayHeader + place.replacingOccurrences(of: "X", with: String(scalar))
            let result = load(text)
            let output = rendered(result)
            #expect(result.diagnostics.hasErrors, "accepted: \(DisplayText.escaped(text))")
            #expect(Self.isTerminalSafe(output), "raw U+\(String(scalar.value, radix: 16)) in:\n\(DisplayText.escaped(output))")
            for diagnostic in result.diagnostics {
                #expect(Self.isTerminalSafe(diagnostic.message))
                #expect(diagnostic.notes.allSatisfy { Self.isTerminalSafe($0.message) })
            }
        }
    }

    @Test("a hostile character anywhere, even in a comment, is invalid-character at it (NUL: not-a-policy)",
          arguments: hostile)
    func refusedEverywhere(_ hostile: Hostile) throws {
        let result = load(gatewayHeader + "group lab 10.1.0.0/16  # a\(hostile.scalar)b\nallow lab to 192.0.2.1\n")
        let expected: DiagnosticID = hostile.scalar == "\u{0}" ? .notAPolicy : .invalidCharacter
        #expect(ids(result) == [expected], "\(DisplayText.escaped(rendered(result)))")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location.line == 8)
        #expect(diagnostic.location.column == 27)
        #expect(result.policy == nil)
    }

    @Test("a tab, and a CR that ends a line, are not hostile")
    func tabAndCRLF() {
        let result = load(gatewayHeader.replacingOccurrences(of: "\n", with: "\r\n")
                          + "group lab\t10.1.0.0/16  # a\tb\r\nallow lab to 192.0.2.1\r\n")
        #expect(result.diagnostics.isEmpty, "\(DisplayText.escaped(rendered(result)))")
    }

    @Test("the caret stays under the offending token after escaped characters")
    func caretAfterEscapes() {
        let text = "policy t { egress \"w\u{1B}n0\", \"wan*\"; management soc }\ngroup soc 10.0.0.0/28\nallow soc to any\n"
        let result = load(text)
        #expect(rendered(result) == """
        test.sluice:1:21: error: invalid character U+001B
        policy t { egress "w\\x1Bn0", "wan*"; management soc }
                            ^~~~
        help: control characters other than tab may not appear anywhere, not even in comments or strings
        test.sluice:1:27: error: interface wildcards are not supported
        policy t { egress "w\\x1Bn0", "wan*"; management soc }
                                     ^~~~~~
        help: list each interface: egress "wan0", "wan1"

        """)
    }

    @Test("a caret under an escaped character underlines the whole escape")
    func caretUnderEscape() {
        let text = gatewayHeader + "group lab\u{202E} 10.1.0.0/16\n"
        let result = load(text)
        #expect(rendered(result).hasPrefix("""
        test.sluice:8:10: error: invalid character U+202E
        group lab\\u{202E} 10.1.0.0/16
                 ^~~~~~~~

        """), "\(rendered(result))")
    }

    @Test("a long line is cut to 160 columns around the caret, with the caret in place")
    func longLineIsClipped() throws {
        let before = String(repeating: "10.1.0.0/16, ", count: 40_000)
        let text = gatewayHeader + "group lab " + before + "10.1.0.5/16, " + before + "10.9.0.0/16\n"
        let result = load(text)
        #expect(ids(result) == [.hostBitsSet], "\(rendered(result).prefix(1_000))")
        let output = rendered(result)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let excerpt = try #require(lines.dropFirst().first)
        let caret = try #require(lines.dropFirst(2).first)
        #expect(excerpt.hasPrefix("..."))
        #expect(excerpt.hasSuffix("..."))
        #expect(excerpt.count <= SourceLines.window + 6)
        let column = try #require(caret.firstIndex(of: "^"))
        let offset = caret.distance(from: caret.startIndex, to: column)
        let under = excerpt.dropFirst(offset).prefix(12)
        #expect(under == "10.1.0.5/16,", "\(excerpt)\n\(caret)")
        #expect(caret.hasSuffix("^~~~~~~~~~~"))
        #expect(output.utf8.count < 2_000)
    }

    @Test("a message quoting a 1 MB word is short")
    func longWordInMessage() throws {
        let word = String(repeating: "x", count: 1 << 20)
        let result = load(gatewayHeader + "allow soc " + word + " to 192.0.2.1\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.count < 100, "\(diagnostic.message.prefix(200))")
        #expect(rendered(result).utf8.count < 1_000)
    }

    @Test("many diagnostics on one long line render in linear time")
    func manyDiagnosticsOnOneLine() {
        let text = gatewayHeader + "group lab " + String(repeating: "@ ", count: 20_000) + "\n"
        let result = load(text)
        #expect(result.diagnostics.count == 20_000)
        // Each excerpt used to walk the line up to its caret: 20,000 x 20,000 columns.
        let (output, seconds) = threadCPUSeconds { rendered(result) }
        print("TerminalSafetyTests: 20,000 excerpts of one 40,000-column line rendered in \(seconds) s of CPU")
        #expect(seconds < 20, "rendering took \(seconds) s of CPU")
        #expect(output.utf8.count < 20_000 * 400)
    }

    @Test("DisplayText.escaped is idempotent and leaves ordinary text alone")
    func escapedIsIdempotent() {
        let text = "a\u{1B}b\u{202E}c\td é 𝒳\u{0}"
        let once = DisplayText.escaped(text)
        #expect(once == "a\\x1Bb\\u{202E}c\td é 𝒳\\x00")
        #expect(DisplayText.escaped(once) == once)
        #expect(DisplayText.escaped("allow lab to any") == "allow lab to any")
    }
}
