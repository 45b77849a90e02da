import Testing
@testable import SluiceLanguage

/// `SourceFile.line` on LF and CRLF text.
@Suite struct SourceFileTests {
    @Test func linesOfLFAndCRLFText() {
        let lf = SourceFile(path: "a", text: "one\ntwo\n\nfour")
        #expect(lf.line(1) == "one")
        #expect(lf.line(2) == "two")
        #expect(lf.line(3) == "")
        #expect(lf.line(4) == "four")
        #expect(lf.line(5) == nil)
        #expect(lf.line(0) == nil)
        let crlf = SourceFile(path: "b", text: "one\r\ntwo\r\n")
        #expect(crlf.line(1) == "one")
        #expect(crlf.line(2) == "two")
        #expect(crlf.line(3) == "")
        #expect(crlf.line(4) == nil)
    }
}
