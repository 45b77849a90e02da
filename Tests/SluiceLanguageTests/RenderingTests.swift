import Testing
@testable import SluiceLanguage

/// Golden strings for the clang-like rendering of diagnostics.
@Suite struct RenderingTests {
    @Test("undefined name: error, source line, caret, help, and a note with its own excerpt")
    func undefinedName() {
        let text = """
        policy hpc { egress "wan0"; management soc }
        group soc 10.0.0.0/28
        group compute 10.20.0.0/16
        destination mirrors 192.0.2.0/26
        service web tcp/80, tcp/443
        allow soc to any
        #
        #
        #
        #
        #
        allow compte to mirrors on web
        """
        let result = load(text, path: "policies/hpc.sluice")
        #expect(DiagnosticRenderer.render(result.diagnostics, sources: result.sources) == """
        policies/hpc.sluice:12:7: error: undefined name 'compte'
        allow compte to mirrors on web
              ^~~~~~
        help: did you mean 'compute'?
        policies/hpc.sluice:3:7: note: 'compute' is defined here
        group compute 10.20.0.0/16
              ^~~~~~~

        """)
    }

    @Test("tabs before the caret are reproduced so the caret lines up")
    func tabs() {
        let text = "policy t {\n\tegress \"wan0\"\n\tegress\t\"wan1\"\n}\n"
        let result = load(text)
        #expect(DiagnosticRenderer.render(result.diagnostics, sources: result.sources) == """
        test.sluice:3:2: error: 'egress' is already set
        \tegress\t"wan1"
        \t^~~~~~
        test.sluice:2:2: note: 'egress' is first set here
        \tegress "wan0"
        \t^~~~~~

        """)
    }

    @Test("a caret after a tab in the middle of a line and after non-ASCII text")
    func midLineTabAndUnicode() {
        let text = "policy t { egress \"wan0\" }  # café\ngroup lab\t10.1.0.0/16, 10.0.0.1/8\nallow lab to any on tcp/22\n"
        let result = load(text)
        #expect(DiagnosticRenderer.render(result.diagnostics, sources: result.sources) == """
        test.sluice:2:24: error: '10.0.0.1/8' has host bits set
        group lab\t10.1.0.0/16, 10.0.0.1/8
        \u{20}        \t             ^~~~~~~~~~
        help: use 10.0.0.0/8

        """)
    }

    @Test("a diagnostic without a readable source prints only its header and notes")
    func noSource() {
        let result = PolicyLoader(fileSystem: InMemoryFileSystem([:])).load(path: "gone.sluice")
        #expect(DiagnosticRenderer.render(result.diagnostics, sources: result.sources) == """
        gone.sluice:1:1: error: cannot read policy file 'gone.sluice'
        note: no such file: gone.sluice

        """)
    }

    @Test("a warning and a CRLF file")
    func warningWithCRLF() {
        let text = "policy t { egress \"wan0\" }\r\ndestination d 192.0.2.1\r\n"
        let result = load(text)
        #expect(DiagnosticRenderer.render(result.diagnostics, sources: result.sources) == """
        test.sluice:2:13: warning: destination 'd' is never used
        destination d 192.0.2.1
                    ^
        help: allow some group to reach it, or remove it

        """)
    }
}
