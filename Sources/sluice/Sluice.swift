import ArgumentParser
import Foundation
import SluiceCompiler
import SluiceStore
import SluiceSystem

/// The `sluice` command: a thin front end over the libraries, one subcommand per file.
@main
struct Sluice: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice",
        abstract: "A default-deny egress firewall with per-host byte budgets and automatic containment.",
        discussion: """
            Exit codes: 0 success; 1 the policy or the request is refused (diagnostics say why); \
            3 a kernel or system error; 64 a usage error.
            """,
        version: SluiceRelease.version,
        subcommands: [
            CheckCommand.self, CompileCommand.self, ExplainCommand.self,
            ApplyCommand.self, ConfirmCommand.self, DiffCommand.self, HistoryCommand.self, RollbackCommand.self,
            StatusCommand.self, WatchCommand.self, IsolateCommand.self, BlockCommand.self, ReleaseCommand.self,
            IncidentsCommand.self, ReportCommand.self, LearnCommand.self, FmtCommand.self, DrillCommand.self,
            ConfirmTimerCommand.self, BaselineCommand.self,
        ]
    )

    /// Runs the command, then makes a failed write to standard output an error (exit 3) rather
    /// than a success nobody could read. A closed pipe is such a failure too: SIGPIPE is ignored,
    /// so the write reports it and the command finishes what it was doing first.
    /// The short commands that build a whole policy, where the allocator's page faults cost
    /// a tenth of the run; the daemon keeps glibc's defaults (its memory is bounded elsewhere).
    static let policyCommands: Set<String> = ["check", "compile", "apply", "diff", "explain", "rollback", "learn", "report"]

    static func main() async {
        signal(SIGPIPE, SIG_IGN)
        if let command = CommandLine.arguments.dropFirst().first, policyCommands.contains(command) { Malloc.keepFreedMemory() }
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            CompileCache.finishAllWrites()
            Output.finish()
            exit(withError: error)
        }
        CompileCache.finishAllWrites()
        Output.finish()
    }
}
