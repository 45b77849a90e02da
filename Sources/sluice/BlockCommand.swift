import ArgumentParser

/// `sluice block HOST [--for D] [--reason TEXT]`.
struct BlockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "block",
        abstract: "Drop every egress packet of a host, on an outside trigger.",
        discussion: "Example: sluice block 10.20.3.4 --for 6h --reason \"suspicious upload\"")

    @OptionGroup var options: ContainOptions
    @OptionGroup var cluster: ClusterOptions
    @OptionGroup var global: GlobalOptions

    func run() throws { try ContainCommand.run(.block, options, global, cluster) }
}
