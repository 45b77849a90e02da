import Foundation
import Testing

/// `sluice drill`, the README's first command, runs in CI and passes: every pattern contained
/// within its budget, nothing left behind.
@Suite(.serialized) struct DrillTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test(.timeLimit(.minutes(10)))
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
        for scenario in ["(a) bulk burst", "(b) low and slow", "(c) spread", "(d) unapproved destination", "(e) ramp",
                         "(f) stolen account"] {
            #expect(report.contains("PASS  \(scenario)"), "\(scenario) did not pass:\n\(report)")
        }
        #expect(report.contains("by hq_compute_1d"), "low and slow must be caught by the long window")
        #expect(report.contains("by tq_farm_1d"), "the spread must be caught by the group total")
        #expect(!report.contains("FAIL"))
        // Other tests create namespaces concurrently: look only at the drill's own tag.
        let tag = try #require(report.firstMatch(of: /namespaces sl-([a-z0-9]+)-\*/)?.1, "no lab tag in:\n\(report)")
        let leftover = try Self.namespaces().filter { $0.hasPrefix("sl-\(tag)-") }
        #expect(leftover.isEmpty, "the drill left namespaces behind: \(leftover)")
        #expect(report.contains("by uq_staff_1d"), "the stolen account must be caught by its per-user budget")
        #expect(report.contains("by hq_ramp_10s"), "the ramp must be caught by its learned quota")
        // Scenario (e)'s and (f)'s labs, and (f)'s accounts, are gone too.
        let tags = report.matches(of: /sl-([a-z0-9]+)-\*/).map { String($0.1) }
        #expect(tags.count == 3, "\(report)")
        let namespaces = try Self.namespaces()
        #expect(!namespaces.contains { name in tags.contains { name.hasPrefix("sl-\($0)-") } }, "\(namespaces)")
        let accounts = try #require(report.firstMatch(of: /accounts (slu[0-9a-f]+), (slu[0-9a-f]+) removed/), "\(report)")
        let passwd = try String(contentsOfFile: "/etc/passwd", encoding: .utf8)
        for name in [accounts.1, accounts.2] { #expect(!passwd.contains("\n\(name):") && !passwd.hasPrefix("\(name):"), "\(name) left behind") }
    }

    /// `sluice drill` becomes `sluice-drill` (here a stand-in named by SLUICE_DRILL): it passes
    /// its own path as the sluice to drill and its flags, and the drill's exit status is its own.
    @Test func drillRunsTheDrillProgramWithItsOwnPath() throws {
        let binary = try TestEnvironment.sluiceExecutable()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-drill-stub-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let stub = directory + "/sluice-drill"
        try "#!/bin/sh\necho \"$@\"\nexit 7\n".write(toFile: stub, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stub)
        let run = try Self.run(binary, ["drill", "--show-policy"], environment: ["SLUICE_DRILL": stub])
        #expect(run.status == 7, "\(run)")
        #expect(run.output == "--sluice \(binary) --show-policy\n", "\(run)")
        let fleet = try Self.run(binary, ["drill", "--gateways", "2"], environment: ["SLUICE_DRILL": stub])
        #expect(fleet.output == "--sluice \(binary) --gateways 2\n", "\(fleet)")
        let three = try Self.run(binary, ["drill", "--gateways", "3"], environment: ["SLUICE_DRILL": stub])
        #expect(three.status == 64 && three.errors.contains("--gateways must be 1 or 2"), "\(three)")
    }

    /// Without the drill program, `sluice drill` says where it looked and exits 3.
    @Test func aMissingDrillProgramIsASystemError() throws {
        let missing = "/nonexistent/sluice-drill"
        let run = try Self.run(try TestEnvironment.sluiceExecutable(), ["drill"], environment: ["SLUICE_DRILL": missing])
        #expect(run.status == 3, "\(run)")
        #expect(run.errors.contains("the drill program \(missing) is missing"), "\(run)")
    }

    /// Runs `binary ARGUMENTS` with `environment` added to ours; its status, output and errors.
    static func run(_ binary: String, _ arguments: [String], environment: [String: String]) throws
        -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
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
