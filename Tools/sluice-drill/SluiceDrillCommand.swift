import ArgumentParser
import Foundation
import SluiceDrill

/// `sluice-drill`: the exfiltration drill, as its own program so that the `sluice` binary (which
/// is also the daemon) does not carry the lab. `sluice drill` runs it with `--sluice` naming
/// itself.
@main
struct SluiceDrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-drill",
        abstract: "Run an exfiltration drill against a sluice binary in throwaway network namespaces.",
        discussion: """
            Builds a gateway, inside hosts and an outside network in namespaces of its own, applies a \
            drill policy with `sluice apply`, starts `sluice watch`, and replays four patterns at once: \
            a bulk burst, low-and-slow, a spread over many hosts, and repeated attempts to an unapproved \
            destination; with `--gateways 2`, also a host alternating between two gateways that share \
            one budget through etcd. Prints what was sent, what got out and when each host was contained, then \
            removes everything (also when interrupted). Needs root. Exit 0 only when every pattern was \
            contained within its budget, 1 when one was not, 3 when the drill could not run.
            """)

    @Option(help: "The sluice binary to drill (`sluice drill` passes its own).")
    var sluice: String

    @Flag(help: "Also print the drill's policy.")
    var showPolicy = false

    @Option(help: "2 adds scenario (g): a host spreading its traffic over two gateways joined by etcd (needs etcd-server).")
    var gateways = 1

    func validate() throws {
        guard gateways == 1 || gateways == 2 else { throw ValidationError("--gateways must be 1 or 2") }
    }

    func run() throws {
        guard getuid() == 0 else {
            FileHandle.standardError.write(Data("error: the drill builds network namespaces and needs root\n".utf8))
            throw ExitCode(1)
        }
        let report: DrillReport
        do {
            report = try Drill(executable: sluice, gateways: gateways, progress: { line in
                FileHandle.standardError.write(Data("drill: \(line)\n".utf8))
            }).run()
        } catch {
            FileHandle.standardError.write(Data("error: the drill could not run: \(error)\n".utf8))
            throw ExitCode(3)
        }
        if showPolicy { print(report.policy) }
        print(report.text(), terminator: "")
        if !report.passed { throw ExitCode(1) }
    }
}
