import Foundation
import Testing
@testable import SluiceLab

/// `sluice fmt` as a user runs it: files rewritten in place (atomically, keeping their mode, through
/// a symbolic link), `--check` with gofmt's exit codes and a diff, and files that do not parse
/// never touched.
@Suite struct FmtCommandTests {
    static let messy = "group a 10.0.0.0/8; group bbb 10.1.0.0/16\non exceed a { alert log }\n"
    static let tidy = "group a   10.0.0.0/8\ngroup bbb 10.1.0.0/16\non exceed a {\n  alert log\n}\n"

    func sluice(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        try Subprocess.run([try TestEnvironment.sluiceExecutable()] + arguments, input: input, timeout: .seconds(60))
    }

    func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-fmt-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test("fmt rewrites the file in place, keeps its mode, and writes through a symbolic link")
    func rewrites() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("site.sluice").path
        let link = directory.appendingPathComponent("link.sluice").path
        try Self.messy.write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "site.sluice")

        let result = try sluice(["fmt", link])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.tidy)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "site.sluice", "the link stays a link")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        // Formatted already: nothing to say, nothing written.
        #expect(try sluice(["fmt", "--check", file]).status == 0)
    }

    @Test("--check exits 1 with a diff naming the file and changes nothing; 0 for a formatted file")
    func check() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let messy = directory.appendingPathComponent("messy.sluice").path
        let tidy = directory.appendingPathComponent("tidy.sluice").path
        try Self.messy.write(toFile: messy, atomically: false, encoding: .utf8)
        try Self.tidy.write(toFile: tidy, atomically: false, encoding: .utf8)

        let result = try sluice(["fmt", "--check", tidy, messy])
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("--- \(messy)\n+++ \(messy) (formatted)\n@@ -1,2 +1,5 @@\n"))
        #expect(result.standardOutput.contains("\n-group a 10.0.0.0/8; group bbb 10.1.0.0/16\n"))
        #expect(result.standardOutput.contains("\n+group bbb 10.1.0.0/16\n"))
        #expect(!result.standardOutput.contains(tidy))
        #expect(try String(contentsOfFile: messy, encoding: .utf8) == Self.messy)
        #expect(try sluice(["fmt", "--check", tidy]).standardOutput.isEmpty)
    }

    @Test("a file that does not parse is reported at file:line:column and left byte for byte")
    func refusesBrokenFiles() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.sluice").path
        let good = directory.appendingPathComponent("good.sluice").path
        let text = "group a   10.0.0.0/8;   group b 10.1.0.0/16,\nallow a to any\n"
        try text.write(toFile: broken, atomically: false, encoding: .utf8)
        try Self.messy.write(toFile: good, atomically: false, encoding: .utf8)

        let result = try sluice(["fmt", broken, good])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(broken):1:44: error: trailing ','"), "\(result.standardError)")
        #expect(result.standardError.contains("\(broken): not formatted"))
        #expect(try String(contentsOfFile: broken, encoding: .utf8) == text)
        #expect(try String(contentsOfFile: good, encoding: .utf8) == Self.tidy, "the other files are still formatted")
        // A file that is not a policy is refused without a line of it shown.
        let shadow = directory.appendingPathComponent("shadow").path
        try "root:$6$secret:19000:0:99999:7:::\n".write(toFile: shadow, atomically: false, encoding: .utf8)
        let foreign = try sluice(["fmt", shadow])
        #expect(foreign.status == 1)
        #expect(foreign.standardError.contains("is not a Sluice policy file"))
        #expect(!foreign.standardError.contains("secret"))
        #expect(try sluice(["fmt", directory.appendingPathComponent("missing.sluice").path]).status == 1)
    }

    @Test("- formats standard input to standard output")
    func standardInput() throws {
        let result = try sluice(["fmt", "-"], input: Self.messy)
        #expect(result.status == 0)
        #expect(result.standardOutput == Self.tidy)
        #expect(try sluice(["fmt", "--check", "-"], input: Self.messy).status == 1)
    }
}
