import ArgumentParser
import SluiceCompiler
import SluiceLanguage

/// `sluice explain POLICY SRC DST [PORT]`: what the compiled ruleset does with one flow.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Say whether a flow is allowed or denied, by which rule, and which quotas it counts against.",
        discussion: """
            The first word printed is the verdict: allow or deny. SRC is an address (or `self` in host mode), \
            DST an address, PORT a port item (tcp/443, udp/53, tcp, icmp) or a service name of the policy. \
            Without PORT the flow means every protocol and port: it is allowed only when all of it is.

            Example: sluice explain policies/hpc-center.sluice 10.20.3.4 192.0.2.10 tcp/443
            """
    )

    @Argument(help: "The policy file.")
    var policy: String

    @Argument(help: "The source address, or self.")
    var source: String

    @Argument(help: "The destination address.")
    var destination: String

    @Argument(help: "tcp/PORT, udp/PORT, a range, a bare protocol, or a service name.")
    var port: String?

    @Flag(help: "Print the explanation as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard source == Group.selfName || IPAddress(source) != nil else {
            throw ValidationError("SRC must be an IP address or self, not '\(source)'")
        }
        guard IPAddress(destination) != nil else {
            throw ValidationError("DST must be an IP address, not '\(destination)'")
        }
    }

    func run() throws {
        let build = PolicyBuild.build(path: policy, table: global.table)
        let errors = build.diagnostics.filter { $0.severity == .error }
        guard let compiled = build.compiled, let validated = build.policy else {
            Output.err(DiagnosticRenderer.render(errors, sources: build.sources))
            throw SluiceExit.refused
        }
        // An IPv4-mapped IPv6 address is the IPv4 host it stands for, as the kernel sees it.
        guard let destinationAddress = IPAddress(destination)?.unmapped else { throw SluiceExit.refused }
        let flowSource: FlowSource
        if let address = IPAddress(source)?.unmapped {
            guard address.family == destinationAddress.family else {
                Output.err("error: \(source) and \(destination) are of different IP versions\n")
                throw SluiceExit.refused
            }
            flowSource = .address(address)
        } else {
            guard compiled.mode == .host else {
                Output.err("error: self is only meaningful for a host-mode policy\n")
                throw SluiceExit.refused
            }
            flowSource = .machine
        }
        var ports: [PortSpec]?
        if let port {
            if let spec = PortSpec(parsing: port) {
                ports = [spec]
            } else if let service = validated.service(named: port) {
                ports = service.ports
            } else {
                Output.err("error: '\(port)' is neither a port (tcp/443, udp/53, tcp, icmp) nor a service of the policy\n")
                throw SluiceExit.refused
            }
        }
        let query = FlowQuery(source: flowSource, destination: destinationAddress, ports: ports)
        let result = FlowEvaluator(compiled).evaluate(query)
        let explainer = FlowExplainer(validated, compiled)
        Output.out(json ? explainer.json(query, result).pretty() + "\n" : explainer.text(query, result))
    }
}
