import ArgumentParser

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
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, CompileCommand.self, ExplainCommand.self,
            ApplyCommand.self, ConfirmCommand.self, DiffCommand.self, HistoryCommand.self, RollbackCommand.self,
            StatusCommand.self, WatchCommand.self, IsolateCommand.self, BlockCommand.self, ReleaseCommand.self,
            IncidentsCommand.self, DrillCommand.self, ConfirmTimerCommand.self,
        ]
    )
}
