import Foundation
import Testing

/// `sluice drill`, the README's first command, runs in CI and passes: every pattern contained
/// within its budget, nothing left behind.
@Suite(.serialized) struct DrillTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test(.timeLimit(.minutes(3)))
    func drillPasses() throws {
        if ProcessInfo.processInfo.environment["SLUICE_SKIP_KERNEL_TESTS"] == "1" { return }
        let binary = Self.root.appendingPathComponent(".build/debug/sluice").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build sluice first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["drill"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(report)")
        for scenario in ["(a) bulk burst", "(b) low and slow", "(c) spread", "(d) unapproved destination"] {
            #expect(report.contains("PASS  \(scenario)"), "\(scenario) did not pass:\n\(report)")
        }
        #expect(report.contains("by hq_compute_1d"), "low and slow must be caught by the long window")
        #expect(report.contains("by tq_farm_1d"), "the spread must be caught by the group total")
        #expect(!report.contains("FAIL"))
        // Other tests create namespaces concurrently: look only at the drill's own tag.
        let tag = try #require(report.firstMatch(of: /namespaces sl-([a-z0-9]+)-\*/)?.1, "no lab tag in:\n\(report)")
        let leftover = try Self.namespaces().filter { $0.hasPrefix("sl-\(tag)-") }
        #expect(leftover.isEmpty, "the drill left namespaces behind: \(leftover)")
    }

    static func namespaces() throws -> Set<String> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
        process.arguments = ["netns", "list"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Set(text.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
    }
}
