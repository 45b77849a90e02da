import ArgumentParser
import SluiceSystem

/// `sluice drill`: the exfiltration drill. The drill and its lab are test tooling, so they live in
/// `sluice-drill` beside this binary rather than in the daemon; this command becomes that program.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Run an exfiltration drill in throwaway network namespaces and report what got out.",
        discussion: """
            Runs the drill program, `sluice-drill`, from the directory of this executable (or the one \
            $\(DrillCommand.overrideVariable) names) against this sluice: throwaway namespaces, the drill \
            policy applied with `sluice apply`, `sluice watch`, four exfiltration patterns at once, and a \
            report of what got out. Needs root. Exit 0 only when every pattern was contained within its \
            budget; 3 when `sluice-drill` is missing. `sluice-drill --help` says more.
            """)

    /// The environment variable that names another `sluice-drill` (for tests and packagers).
    static let overrideVariable = "SLUICE_DRILL"

    @Flag(help: "Also print the drill's policy.")
    var showPolicy = false

    @Option(help: "2 adds scenario (g): a host spreading its traffic over two gateways joined by etcd (needs etcd-server).")
    var gateways = 1

    func validate() throws {
        guard gateways == 1 || gateways == 2 else { throw ValidationError("--gateways must be 1 or 2") }
    }

    func run() throws {
        let own = Executable.current() ?? CommandLine.arguments[0]
        let drill = Self.drillProgram(beside: own)
        guard Executable.isRunnable(drill) else {
            Output.err("error: the drill program \(drill) is missing; build it with "
                       + "`swift build --product sluice-drill` (or name it in $\(Self.overrideVariable))\n")
            throw SluiceExit.system
        }
        let arguments = [drill, "--sluice", own] + (showPolicy ? ["--show-policy"] : [])
            + (gateways == 1 ? [] : ["--gateways", "\(gateways)"])
        do {
            try Executable.replaceProcess(with: drill, arguments: arguments)
        } catch {
            Output.err("error: \(error)\n")
            throw SluiceExit.system
        }
    }

    /// `$SLUICE_DRILL`, else `sluice-drill` in the directory of `executable`.
    static func drillProgram(beside executable: String) -> String {
        if let override = Executable.environmentValue(overrideVariable), !override.isEmpty { return override }
        let directory = executable.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (directory.isEmpty ? "." : directory) + "/sluice-drill"
    }
}
