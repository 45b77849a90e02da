import Foundation
import Testing
@testable import SluiceLanguage

/// Files that are not policies, read as root: nothing of their text may be shown (or kept), and
/// none may hang or exhaust memory.
@Suite struct ForeignFileTests {
    static let shadow = """
        root:$y$j9T$Xs3cr3tSaltXX$h4shh4shh4shh4shh4shh4shh4shh4shh4shh4sh:19800:0:99999:7:::
        daemon:*:19800:0:99999:7:::

        """

    func check(_ base: TemporaryPolicyDirectory, _ root: String) -> (PolicyLoadResult, String) {
        let result = PolicyLoader().load(path: base.path + "/" + root)
        return (result, rendered(result))
    }

    @Test("checking a shadow file is one not-a-policy error that shows none of it")
    func shadowFileAsRoot() throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("shadow", Self.shadow)
        let (result, output) = check(base, "shadow")
        #expect(ids(result) == [.notAPolicy], "\(output)")
        #expect(result.diagnostics.first?.location == SourceLocation(file: base.path + "/shadow", line: 1, column: 1))
        #expect(!output.contains("root"), "\(output)")
        #expect(!output.contains("s3cr3t"), "\(output)")
        #expect(result.sources.isEmpty)
    }

    @Test("including a shadow file is one error at the include, which alone is shown")
    func shadowFileIncluded() throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("shadow", Self.shadow)
        try base.write("main.sluice", IncludeTests.header + "include \"shadow\"\n")
        let (result, output) = check(base, "main.sluice")
        #expect(ids(result) == [.notAPolicy], "\(output)")
        #expect(result.diagnostics.first?.location == SourceLocation(file: base.path + "/main.sluice", line: 7,
                                                                     column: 9, length: 8))
        #expect(!output.contains("s3cr3t") && !output.contains("daemon"), "\(output)")
        #expect(result.sources.map(\.path) == [base.path + "/main.sluice"])
    }

    @Test("other files that are not policies", arguments: [
        "Defaults env_reset\nroot ALL=(ALL:ALL) ALL\n",
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n",
        "{\"password\": \"hunter2\"}\n",
        "[client]\npassword=hunter2\n",
        "# a comment first\n\nDB_PASSWORD=hunter2\n",
        "\u{7F}ELF\u{2}\u{1}\u{1}\u{0}\u{0}\u{0}",
        "policy t { egress \"wan0\" }\n\u{0}\u{0}hunter2\n",
    ])
    func notPolicies(_ text: String) throws {
        let base = try TemporaryPolicyDirectory()
        try base.write("f", text)
        let (result, output) = check(base, "f")
        #expect(ids(result) == [.notAPolicy], "\(output)")
        #expect(!output.contains("hunter2") && !output.contains("b3Bl") && !output.contains("ALL"), "\(output)")
    }

    @Test("a file starting with a typo of a statement, or with a setting, is still read as a policy",
          arguments: ["polcy t { egress \"wan0\" }\n", "mode host\n", "grup lab 10.1.0.0/16\n"])
    func typosAreStillPolicies(_ text: String) {
        let result = load(text)
        #expect(result.diagnostics.hasErrors)
        #expect(!ids(result).contains(.notAPolicy), "\(rendered(result))")
        #expect(result.sources.count == 1)
    }

    @Test("invalid UTF-8 is refused with the line of the first bad byte, and nothing of the file shown")
    func invalidUTF8() throws {
        let base = try TemporaryPolicyDirectory()
        let path = base.path + "/latin1.sluice"
        let bytes = Array("policy t { egress \"wan0\" }\ngroup soc 10.0.0.0/28 # caf".utf8) + [0xE9] + Array(" hunter2\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let (result, output) = check(base, "latin1.sluice")
        #expect(ids(result) == [.fileNotFound], "\(output)")
        #expect(result.diagnostics.first?.notes.first?.message == "cannot read \(path): not UTF-8 text (an invalid byte on line 2)")
        #expect(!output.contains("hunter2"))
    }

    @Test("/dev/zero, a FIFO and a directory are refused without reading them")
    func specialFiles() throws {
        let base = try TemporaryPolicyDirectory()
        #expect(mkfifo(base.path + "/fifo", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: base.path + "/dir", withIntermediateDirectories: false)
        try base.write("main.sluice", IncludeTests.header + "include \"/dev/zero\"\ninclude \"fifo\"\ninclude \"dir\"\n")
        // Opening a FIFO without a writer used to block for ever: load on another thread, and
        // give up on it (failing) after a minute. It takes milliseconds.
        let done = DispatchSemaphore(value: 0)
        let loaded = LockedResult()
        let path = base.path + "/main.sluice"
        Thread.detachNewThread {
            let result = PolicyLoader().load(path: path)
            loaded.set((result, rendered(result)))
            done.signal()
        }
        guard done.wait(timeout: .now() + 60) == .success, let (result, output) = loaded.get() else {
            Issue.record("loading a policy that includes a FIFO did not finish within a minute")
            return
        }
        #expect(ids(result) == [.includeNotFound, .includeNotFound, .includeNotFound], "\(output)")
        #expect(result.diagnostics.allSatisfy { $0.notes.first?.message.hasSuffix("not a regular file") == true },
                "\(output)")
    }

    @Test("a file larger than the limit is refused before it is read")
    func hugeFile() throws {
        let base = try TemporaryPolicyDirectory()
        let path = base.path + "/huge.sluice"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(PolicyLimits.fileBytes + 1)) == 0)
        let (result, _) = check(base, "huge.sluice")
        #expect(ids(result) == [.fileNotFound])
        #expect(result.diagnostics.first?.notes.first?.message.hasSuffix("larger than 64 MiB") == true)
    }
}

/// A load result handed from a helper thread to the test.
private final class LockedResult: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (PolicyLoadResult, String)?

    func set(_ value: (PolicyLoadResult, String)) {
        lock.lock()
        self.value = value
        lock.unlock()
    }

    func get() -> (PolicyLoadResult, String)? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
