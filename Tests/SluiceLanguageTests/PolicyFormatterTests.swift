import Testing
@testable import SluiceLanguage

/// `sluice fmt`'s layout, case by case; every case is also formatted a second time, which must
/// change nothing.
@Suite struct PolicyFormatterTests {
    /// Formats `text`, failing the test when the formatter refuses it.
    func format(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        guard case .formatted(let once) = PolicyFormatter.format(text, file: "t.sluice") else {
            Issue.record("refused: \(PolicyFormatter.format(text, file: "t.sluice"))", sourceLocation: sourceLocation)
            return text
        }
        #expect(PolicyFormatter.format(once, file: "t.sluice") == .formatted(once), "not idempotent", sourceLocation: sourceLocation)
        return once
    }

    @Test("one statement per line: ';' splits, one-line blocks open up, '{' joins its statement")
    func oneStatementPerLine() {
        #expect(format("policy p { mode host; log denied }\ngroup soc 10.0.0.0/28; allow soc to any\n") == """
            policy p {
              mode host
              log denied
            }
            group soc 10.0.0.0/28
            allow soc to any

            """)
        #expect(format("on exceed dtn\n{\n      block for 6h ; alert log }\n") == "on exceed dtn {\n  block for 6h\n  alert log\n}\n")
    }

    @Test("neighbouring statements that start with the same word line up after their second word")
    func alignment() {
        #expect(format("""
            group compute 10.20.0.0/16
            group soc 10.0.0.0/28
            group   login    10.10.1.0/24

            group far 10.99.0.0/16
            expect allow 10.20.3.4 to 192.0.2.10 on tcp/443
            expect deny 10.20.3.4 to 203.0.113.9
            allow compute, login to mirrors
            allow any to timeserv on ntp
            allow soc to any
            """) == """
            group compute 10.20.0.0/16
            group soc     10.0.0.0/28
            group login   10.10.1.0/24

            group far 10.99.0.0/16
            expect allow 10.20.3.4 to 192.0.2.10 on tcp/443
            expect deny  10.20.3.4 to 203.0.113.9
            allow compute, login to mirrors
            allow any to timeserv on ntp
            allow soc to any

            """)
    }

    @Test("a list keeps its line breaks and continues under its first item; comments stay on their lines")
    func listsAndComments() {
        #expect(format("""
            # head comment


            destination partners 198.51.100.128/25,   # one
              203.0.113.0/24, # two

                    # about the last
                2001:db8:200::/48
            on exceed lab {
            alert log,
              exec "/usr/local/bin/page"
              # before the brace
            }    # after it
            """) == """
            # head comment

            destination partners 198.51.100.128/25,  # one
                                 203.0.113.0/24,     # two

                                 # about the last
                                 2001:db8:200::/48
            on exceed lab {
              alert log,
                    exec "/usr/local/bin/page"
              # before the brace
            }  # after it

            """)
    }

    @Test("a list longer than 100 columns wraps after a comma, under its first item")
    func wrapping() {
        let addresses = (1...12).map { "192.0.2.\($0 * 10)" }
        let formatted = format("destination many " + addresses.joined(separator: ", ") + "\n")
        let lines = formatted.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(lines[1].prefix { $0 == " " }.count == "destination many ".count)
    }

    @Test("CRLF, a byte order mark, trailing blanks and blank lines at the ends are dropped")
    func whitespace() {
        #expect(format("\u{FEFF}\r\n\r\ngroup a 10.0.0.0/8   \r\n\r\n\r\n\r\ngroup bb 10.1.0.0/16\r\n\r\n") == "group a 10.0.0.0/8\n\ngroup bb 10.1.0.0/16\n")
        #expect(format("") == "")
        #expect(format("# only a comment") == "# only a comment\n")
    }

    @Test("strings and words are copied as written, escapes included")
    func tokensVerbatim() {
        #expect(format(#"policy p {  egress "wa\\n0" ,"wan1"  }"#) == "policy p {\n  egress \"wa\\\\n0\", \"wan1\"\n}\n")
    }

    @Test("a file that does not lex, parse or look like a policy is refused, with its errors")
    func refusals() {
        for (text, id) in [("group a 10.0.0.0/8,\nallow a to any\n", DiagnosticID.syntaxError),
                           ("group a \"x\n", .unterminatedString),
                           ("group a 10.0.0.0/8 @\n", .invalidCharacter),
                           ("root:x:0:0:root:/root:/bin/bash\n", .notAPolicy),
                           ("group a 10.0.0.256\n", .badAddress)] {
            guard case .refused(let diagnostics) = PolicyFormatter.format(text, file: "t.sluice") else {
                Issue.record("formatted: \(text)")
                continue
            }
            #expect(diagnostics.contains { $0.id == id }, "\(text): \(diagnostics.map(\.id))")
        }
        // Names are not the formatter's business: an undefined name formats.
        #expect(format("allow nobody to any\n") == "allow nobody to any\n")
    }
}

/// The formatter under mutated input: it refuses or formats, and what it formats is a fixed point
/// with the same tokens (the formatter checks the tokens itself; a refusal of a file that parses
/// would show up here as a bug report diagnostic).
@Suite struct PolicyFormatterFuzzTests {
    @Test("mutations of the spec example and a host policy: refused, or formatted once and for all",
          arguments: [11, 12, 13])
    func mutations(_ seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let bases = [FuzzTests.pieces(SpecExampleTests.example), FuzzTests.pieces(FuzzTests.hostPolicy)]
        for iteration in 0..<1500 {
            let text = FuzzTests.mutate(bases[iteration % bases.count], &random)
            switch PolicyFormatter.format(text, file: "t.sluice") {
            case .refused(let diagnostics):
                #expect(diagnostics.hasErrors)
                #expect(!diagnostics.contains { $0.message.hasPrefix("sluice fmt could not") }, "formatter bug on:\n\(text)")
            case .formatted(let once):
                #expect(PolicyFormatter.format(once, file: "t.sluice") == .formatted(once), "not idempotent on:\n\(text)")
            }
        }
    }
}
