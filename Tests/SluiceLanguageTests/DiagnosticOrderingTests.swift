import Testing
@testable import SluiceLanguage

/// `inReadingOrder(of:)`, which later stages use to merge their diagnostics with the loader's.
@Suite struct DiagnosticOrderingTests {
    @Test func readingOrderNotNameOrder() {
        let sources = [SourceFile(path: "z.sluice", text: ""), SourceFile(path: "a.sluice", text: "")]
        let diagnostics = [
            Diagnostic.warning(.unusedName, "a3", at: SourceLocation(file: "a.sluice", line: 3, column: 1)),
            Diagnostic.error(.expectFailed, "z9", at: SourceLocation(file: "z.sluice", line: 9, column: 1)),
            Diagnostic.error(.badAddress, "z2b", at: SourceLocation(file: "z.sluice", line: 2, column: 5)),
            Diagnostic.error(.badAddress, "z2a", at: SourceLocation(file: "z.sluice", line: 2, column: 1)),
            Diagnostic.error(.fileNotFound, "other", at: SourceLocation(file: "elsewhere", line: 1, column: 1)),
            Diagnostic.error(.badAddress, "z2a-second", at: SourceLocation(file: "z.sluice", line: 2, column: 1)),
        ]
        #expect(diagnostics.inReadingOrder(of: sources).map(\.message) == ["z2a", "z2a-second", "z2b", "z9", "a3", "other"])
    }
}
