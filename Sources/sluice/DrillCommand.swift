import ArgumentParser
import Foundation
import SluiceDrill

/// `sluice drill`: the self-contained exfiltration drill.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Run an exfiltration drill in throwaway network namespaces and report what got out.",
        discussion: """
            Builds a gateway, inside hosts and an outside network in namespaces of its own, applies a \
            drill policy with `sluice apply`, starts `sluice watch`, and replays four patterns at once: \
            a bulk burst, low-and-slow, a spread over many hosts, and repeated attempts to an unapproved \
            destination. Prints what was sent, what got out and when each host was contained, then \
            removes everything (also when interrupted). Needs root. Exit 0 only when every pattern was \
            contained within its budget.
            """)

    @Flag(help: "Also print the drill's policy.")
    var showPolicy = false

    func run() throws {
        guard getuid() == 0 else {
            Output.err("error: the drill builds network namespaces and needs root\n")
            throw SluiceExit.refused
        }
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let report: DrillReport
        do {
            report = try Drill(executable: executable, progress: { Output.err("drill: \($0)\n") }).run()
        } catch {
            Output.err("error: the drill could not run: \(error)\n")
            throw SluiceExit.system
        }
        if showPolicy { Output.out(report.policy + "\n") }
        Output.out(report.text())
        if !report.passed { throw SluiceExit.refused }
    }
}
