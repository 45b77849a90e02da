import ArgumentParser

/// `sluice isolate HOST [--for D] [--reason TEXT]`.
struct IsolateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isolate",
        abstract: "Cut a host off from everything but the management group, on an outside trigger.",
        discussion: "Example (an EDR playbook): sluice isolate 10.20.3.4 --for 24h --reason \"EDR alert 4711\"")

    @OptionGroup var options: ContainOptions
    @OptionGroup var cluster: ClusterOptions
    @OptionGroup var global: GlobalOptions

    func run() throws { try ContainCommand.run(.isolate, options, global, cluster) }
}
