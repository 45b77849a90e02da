import ArgumentParser

/// `sluice baseline`: the learned quotas' history and limits.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Show learned quotas' limits and hour-of-week profiles, or import usage history.",
        subcommands: [BaselineShowCommand.self, BaselineImportCommand.self])
}
