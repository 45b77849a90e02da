import ArgumentParser
import SluiceCompiler
import SluiceOperations

/// `sluice compile POLICY [--format nft|json]`: print the ruleset.
struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Print the nftables ruleset a policy compiles to.",
        discussion: """
            The nft form loads with `nft -f`, the JSON form (libnftables schema) with `nft -j -f`. \
            The same policy always gives the same bytes.

            Example: sluice compile policies/hpc-center.sluice > hpc.nft
            (add --gateway NAME for the ruleset gateway NAME of a fleet runs)
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case nft, json
    }

    @Argument(help: "The policy file.")
    var policy: String

    @Option(help: "nft (nft -f syntax) or json (libnftables JSON).")
    var format: Format = .nft

    @Option(help: "Compile as this gateway of a fleet runs it (its `gateway NAME { }` block; docs/fleet.md).")
    var gateway: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let build = PolicyBuild.build(path: policy, table: global.table, users: SystemUserDirectory(), gateway: gateway)
        ProcessLifetime.keep(build)
        if !build.diagnostics.isEmpty { Output.err(build.renderedDiagnostics) }
        guard let compiled = build.compiled else { throw SluiceExit.refused }
        switch format {
        case .nft: Output.out(NFTRenderer.render(compiled.ruleset))
        case .json: Output.out(NFTJSONRenderer.render(compiled.ruleset))
        }
    }
}
