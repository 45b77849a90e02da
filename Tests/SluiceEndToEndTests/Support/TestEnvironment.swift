import Foundation

/// Where the end-to-end tests find the package's files, and whether they may skip the kernel.
enum TestEnvironment {
    /// Kernel tests run unless SLUICE_SKIP_KERNEL_TESTS=1; without root or namespaces they fail.
    static let kernelTestsSkipped = ProcessInfo.processInfo.environment["SLUICE_SKIP_KERNEL_TESTS"] == "1"

    /// The package root: this file is `Tests/SluiceEndToEndTests/Support/TestEnvironment.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The absolute path of `Tests/Fixtures/NAME`.
    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/\(name)").path
    }

    /// The compiler tests' golden rulesets.
    static let goldenDirectory = packageRoot.appendingPathComponent("Tests/SluiceCompilerTests/Golden")

    /// The golden ruleset names (without extension) that have both an `.nft` and a `.json` file,
    /// and the files that lack their partner.
    static func goldenNames() -> (paired: [String], unpaired: [String]) {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: goldenDirectory.path)) ?? []
        let nft = Set(files.filter { $0.hasSuffix(".nft") }.map { String($0.dropLast(4)) })
        let json = Set(files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
        let unpaired = nft.symmetricDifference(json).sorted()
        return (nft.intersection(json).sorted(), unpaired)
    }

    /// The `sluice` executable that `swift build` put beside this test binary (or in
    /// `.build/debug`); a missing one fails the test that needs it rather than skipping it.
    static func sluiceExecutable() throws -> String {
        var candidates: [String] = []
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            // The test binary is `<build dir>/SluicePackageTests.xctest`; `sluice` sits beside it.
            candidates.append(URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("sluice").path)
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/sluice").path)
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw TestFailure("no sluice executable at \(candidates.joined(separator: " or ")); run `swift build --build-tests` first")
        }
        return found
    }
}
