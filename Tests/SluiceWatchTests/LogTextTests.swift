import Foundation
import Logging
import Synchronization
import Testing
@testable import SluiceWatch

/// Untrusted text in log lines and alert lines (issue 7, item 16): what an alert program writes,
/// reasons given from outside. Nothing of it may act on a terminal, forge a line, or run long.
@Suite struct LogTextTests {
    /// Every kind of character that acts on a terminal rather than showing.
    static let hostile = "a\u{1b}[2J\u{1b}]0;pwned\u{07}b\r\nc\0d\u{7f}e\u{85}f\u{9b}31mg\u{202e}h\u{2066}i\u{200f}j"
        + "\u{061c}k\u{2028}l\u{2029}m\u{feff}n\u{200b}o\tp\u{e0001}q"

    /// Whether a text has any scalar that is not plainly visible.
    static func hasInvisible(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value)
                || [.format, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
        }
    }

    @Test func controlAndFormatCharactersBecomeVisibleEscapes() {
        #expect(LogText.escape(Self.hostile) == #"a\x1B[2J\x1B]0;pwned\x07b\r\nc\x00d\x7Fe\x85f\x9B31mg\u{202E}h"#
            + #"\u{2066}i\u{200F}j\u{061C}k\u{2028}l\u{2029}m\u{FEFF}n\u{200B}o\tp\u{E0001}q"#)
        #expect(LogText.escape("plain: café ünïcode 日本 ✓ \\x41") == "plain: café ünïcode 日本 ✓ \\x41")
    }

    @Test func escapingTwiceChangesNothing() {
        for text in [Self.hostile, String(repeating: "\u{1b}", count: 2000), String(repeating: "é", count: 3000), "\\n\\x1b"] {
            let once = LogText.escape(text)
            #expect(LogText.escape(once) == once)
            #expect(!Self.hasInvisible(once))
        }
    }

    @Test func longTextIsClippedAtAWholeEscape() {
        let escapes = LogText.escape(String(repeating: "\u{1b}", count: 2000))
        #expect(escapes.utf8.count <= LogText.limit)
        #expect(escapes.hasSuffix("\\x1B…[clipped]"))
        #expect(escapes.dropLast("…[clipped]".count).count % 4 == 0, "an escape was cut")
        let wide = LogText.escape(String(repeating: "日", count: 1000))
        #expect(wide.utf8.count <= LogText.limit && wide.hasSuffix("日…[clipped]"))
        let exact = String(repeating: "a", count: LogText.limit)
        #expect(LogText.escape(exact) == exact)
        #expect(LogText.clip(exact + "b").utf8.count == LogText.limit)
        #expect(LogText.clip("short") == "short")
    }

    @Test func theLogHandlerEscapesEverythingItPassesOn() {
        struct Failure: Error, CustomStringConvertible { var description: String { "bad\u{1b}[31m" } }
        let lines = RecordingLogHandler.Lines()
        var logger = Logger(label: "test") { _ in SafeLogHandler(RecordingLogHandler(lines: lines)) }
        logger[metadataKey: "fixed"] = "x\ry"
        logger.error("message\u{1b}[2J", error: Failure(), metadata: [
            "output": "\(Self.hostile)", "key\n": "v", "nested": ["inner": "\u{202e}", "list": ["\u{85}"]],
            "big": "\(String(repeating: "z", count: 5000))"])
        let line = lines.all.first
        #expect(line?.message == #"message\x1B[2J"#)
        #expect(line?.metadata["output"] == LogText.escape(Self.hostile))
        #expect(line?.metadata["fixed"] == #"x\ry"#)
        #expect(line?.metadata[#"key\n"#] == "v")
        // Nested values are escaped one by one (the dictionary's own rendering quotes them).
        #expect(["u{202E}", "x85"].allSatisfy { line?.metadata["nested"]?.contains($0) == true }, "\(String(describing: line))")
        #expect(line?.metadata["big"].map { $0.utf8.count <= LogText.limit && $0.hasSuffix("…[clipped]") } == true)
        #expect(line?.metadata["error.message"] == #"bad\x1B[31m"#)
        #expect(line.map { !Self.hasInvisible($0.message + $0.metadata.map { $0.key + $0.value }.joined()) } == true)
    }

    @Test func anAlertProgramsOutputIsLoggedEscapedAndClipped() throws {
        let dir = try TemporaryDirectory()
        // Clears the screen, rewrites the line, reverses the text, then floods.
        let noisy = try dir.script("noisy", #"""
            printf '\033[2J\033[H\rfake line\n\342\200\256desrever' >&2
            head -c 3000 /dev/zero | tr '\0' 'x'
            exit 1
            """#)
        let (logger, log) = RecordingLogHandler.logger()
        let dispatcher = AlertDispatcher(writer: RecordingWriter(), timeout: .seconds(5), logger: logger)
        defer { dispatcher.shutdown(timeout: .seconds(5)) }
        dispatcher.dispatch(AlertExecAbuseTests.event("10.20.1.1"), sinks: [.exec(path: noisy)])
        #expect(dispatcher.waitUntilIdle(timeout: .seconds(5)))
        let output = log.all.first { $0.message == "alert program failed" }?.metadata["output"] ?? ""
        #expect(output.hasPrefix(#"\x1B[2J\x1B[H\rfake line\n\u{202E}desreverxxx"#), "\(output.prefix(80))")
        #expect(output.utf8.count <= LogText.limit && output.hasSuffix("x…[clipped]"))
        #expect(!Self.hasInvisible(output))
    }

    @Test func aReasonFromOutsideIsEscapedAndClippedInTheAlertLine() throws {
        var event = AlertExecAbuseTests.event("10.20.1.1")
        event.kind = .released
        event.reason = "EDR 4711\u{1b}]0;pwned\u{07}\u{202e}\u{85}\u{2028}\u{e0001}" + String(repeating: "r", count: 5000)
        let json = event.json
        #expect(json.contains(#""reason":"EDR 4711\u001b]0;pwned\u0007\u202e\u0085\u2028\udb40\udc01rrr"#), "\(json.prefix(300))")
        #expect(!Self.hasInvisible(json))
        #expect(json.hasSuffix("r…[clipped]\"}"))
        // Still JSON, and lossless up to the clip.
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let reason = decoded?["reason"] as? String
        #expect(reason?.hasPrefix("EDR 4711\u{1b}]0;pwned\u{07}\u{202e}\u{85}\u{2028}\u{e0001}rrr") == true)
    }
}
