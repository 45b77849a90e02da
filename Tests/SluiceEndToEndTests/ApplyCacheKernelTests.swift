import Foundation
import SluiceLab
import Testing

/// `sluice apply` through the compile cache in the state directory: an unchanged policy is taken
/// from it and says the same (warnings included, the alert-program check too), and after an
/// edit of an included file or a new file matched by an include glob the kernel holds exactly
/// what a build without the cache gives (`sluice diff` builds without it).
@Suite("Apply: the compile cache", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ApplyCacheKernelTests {
    static let root = """
        policy cached {
          mode gateway
          egress "wan0"
        }
        include "parts/*.sluice"
        group clients   10.70.1.0/28, fd00:70:1::/64
        allow clients to mirror on tcp/443
        quota clients 1 GiB per day per host
        on exceed clients { alert exec "/nonexistent/pager" }

        """

    @Test("unchanged: the same messages and nothing recorded; edited or a file added: the kernel matches an uncached build")
    func appliesThroughTheCache() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice"])
        defer { applyLab.destroy() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-cache-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory + "/parts", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let policy = directory + "/cached.sluice"
        func write(_ text: String, _ name: String) throws {
            try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
        try write(Self.root, "cached.sluice")
        try write("destination mirror 192.0.2.70, 2001:db8:70::70\n", "parts/mirror.sluice")

        let first = try applyLab.sluice(["apply", policy])
        #expect(first.status == 0 && first.standardOutput.contains("applied version 1"), "\(first.standardOutput) \(first.standardError)")
        #expect(first.standardError.contains("/nonexistent/pager"), "\(first.standardError)")
        let cached = try FileManager.default.contentsOfDirectory(atPath: applyLab.stateDirectory + "/compile-cache")
        #expect(cached.contains { $0.hasPrefix("build-") }, "\(cached)")

        let again = try applyLab.sluice(["apply", policy])
        #expect(again.status == 0 && again.standardOutput.contains("already holds this policy"), "\(again.standardOutput)")
        #expect(again.standardError == first.standardError)
        #expect(try applyLab.sluice(["diff", policy]).status == 0)

        try write("destination mirror 192.0.2.70, 192.0.2.80, 2001:db8:70::70\n", "parts/mirror.sluice")
        let edited = try applyLab.sluice(["apply", policy])
        #expect(edited.status == 0 && edited.standardOutput.contains("applied version 2"), "\(edited.standardOutput) \(edited.standardError)")
        #expect(try applyLab.sluice(["diff", policy]).status == 0, "the kernel differs from an uncached build of the edit")
        #expect(try applyLab.listing()?.contains("192.0.2.80") == true)

        try write("destination resolver 203.0.113.70\n", "parts/resolver.sluice")
        let added = try applyLab.sluice(["apply", policy])
        #expect(added.status == 0, "\(added.standardOutput) \(added.standardError)")
        #expect(added.standardError.contains("'resolver'"), "a new file matched by the include was not read: \(added.standardError)")
        let repeated = try applyLab.sluice(["apply", policy])
        #expect(repeated.standardError == added.standardError)
        #expect(try applyLab.sluice(["diff", policy]).status == 0)
    }

    /// The cache writes its files on a background thread, hashing with libcrypto. A refused apply
    /// used to exit without waiting for them, and libcrypto's exit handler freed the locks the
    /// writer was using: now and then the command died of signal 11 instead of exiting 1.
    @Test("a refused apply exits 1, every time, with the cache's statement file written first")
    func refusedApplyWaitsForTheCache() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice"])
        defer { applyLab.destroy() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-refused-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // Many statements, so that writing their pack takes a while, and one undefined name.
        var text = "policy refused {\n  mode gateway\n  egress \"wan0\"\n}\n"
        for i in 0..<4000 { text += "group g\(i) 10.\(80 + i / 65_536).\(i / 256 % 256).\(i % 256)\n" }
        text += "allow g0 to nowhere on tcp/443\n"
        let policy = directory + "/refused.sluice"
        try text.write(toFile: policy, atomically: true, encoding: .utf8)
        for round in 0..<6 {
            // Each round is a new build of the cache (the pack is new each time it is removed).
            try? FileManager.default.removeItem(atPath: applyLab.stateDirectory + "/compile-cache")
            let refused = try applyLab.sluice(["apply", policy])
            #expect(refused.status == 1, "round \(round): exit \(refused.status)\n\(refused.standardError.suffix(600))")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: applyLab.stateDirectory + "/compile-cache")) ?? []
            #expect(files.contains { $0.hasPrefix("statements-") }, "round \(round): the command ended before its cache file was written: \(files)")
        }
    }
}
