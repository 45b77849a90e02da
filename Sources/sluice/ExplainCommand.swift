import Foundation
import ArgumentParser
import SluiceCompiler
import SluiceOperations
import SluiceLanguage

/// `sluice explain POLICY SRC DST [PORT]`: what the compiled ruleset does with one flow.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Say whether a flow is allowed or denied, by which rule, and which quotas it counts against.",
        discussion: """
            The first word printed is the verdict: allow or deny. SRC is an address (or `self` in host mode), \
            DST an address or a DNS name (a flow to an address an answer for the name teaches, \
            in the source's family; IPv4 from self or a user), PORT a port item (tcp/443, udp/53, tcp, icmp) or a service name of the policy. \
            Without PORT the flow means every protocol and port: it is allowed only when all of it is. \
            A flow that passes only because its group audits reads `allow (audit: would deny)`. \
            Failed expect lines are printed on standard error and the flow is explained all the same.

            Example: sluice explain policies/hpc-center.sluice 10.20.3.4 192.0.2.10 tcp/443
            """
    )

    @Argument(help: "The policy file.")
    var policy: String

    @Argument(help: "The source address, self, or user:NAME / user:UID (host mode with a users set).")
    var source: String

    @Argument(help: "The destination address, or a DNS name.")
    var destination: String

    @Argument(help: "tcp/PORT, udp/PORT, a range, a bare protocol, or a service name.")
    var port: String?

    @Flag(help: "Print the explanation as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let build = PolicyBuild.build(path: policy, table: global.table, users: SystemUserDirectory())
        // Failed `expect` lines are said, and the flow still explained: it may be one of theirs.
        if build.compiled == nil, build.compiledDespiteExpectations != nil {
            Output.err(DiagnosticRenderer.render(build.diagnostics.filter { $0.severity == .error }, sources: build.sources))
        }
        guard let compiled = build.compiled ?? build.compiledDespiteExpectations, let validated = build.policy else {
            let errors = build.diagnostics.filter { $0.severity == .error }
            Output.err(DiagnosticRenderer.render(errors, sources: build.sources))
            if json {
                Output.out(JSONValue.object([("error", .object([
                    ("message", .string("\(policy) does not compile")), ("exit", .int(1)),
                    ("diagnostics", .array(errors.map(DiagnosticJSON.value))),
                ]))]).pretty() + "\n")
            }
            throw SluiceExit.refused
        }
        let query = try flow(compiled, validated)
        let result = FlowEvaluator(compiled).evaluate(query)
        let explainer = FlowExplainer(validated, compiled)
        // The history adds what holds now (containments, learned limits); without a state
        // directory, or one this user cannot open, explain speaks of the policy alone.
        let operations = FileManager.default.fileExists(atPath: global.stateDirectory)
            ? try? TableOperations(table: global.table, stateDirectory: global.stateDirectory) : nil
        let learned = ExplainLearned.standings(compiled, result, source: query.source, operations: operations)
        let contained = ExplainContained.records(compiled, source: query.source,
                                                 destination: IPAddress(destination), operations: operations)
        Output.out(json ? ExplainContained.json(ExplainLearned.json(explainer.json(query, result), learned), contained).pretty() + "\n"
                   : explainer.text(query, result) + ExplainLearned.text(learned) + ExplainContained.text(contained))
    }

    /// The flow the arguments name, refused (exit 1, JSON too with --json) when it cannot exist:
    /// `self` outside host mode, addresses of two IP versions, a protocol of the other version
    /// (`icmpv6` toward an IPv4 address), a port that is neither a port nor a service.
    private func flow(_ compiled: CompiledPolicy, _ validated: Policy) throws -> FlowQuery {
        func refuse(_ message: String) -> ExitCode {
            OperationFailure.report(message: message, code: SluiceExit.refused, json: json)
        }
        // An IPv4-mapped IPv6 address is the IPv4 host it stands for, as the kernel sees it.
        // A DNS name stands for an address an answer for it teaches, of the source's family.
        let name = IPAddress(destination) == nil ? DomainPattern(destination) : nil
        let nameFamily = IPAddress(source).map(\.unmapped.family) ?? .ipv4
        guard let destinationAddress = IPAddress(destination)?.unmapped
                ?? name.map({ _ in Expectation.namePlaceholder(nameFamily) }), name?.isWildcard != true else {
            throw refuse("DST must be an IP address or a DNS name, not '\(destination)'")
        }
        func query(_ ports: [PortSpec]?) -> FlowQuery {
            guard let name else { return FlowQuery(source: flowSource, destination: destinationAddress, ports: ports) }
            return FlowQuery.toName(name, family: nameFamily, source: flowSource, ports: ports, compiled)
        }
        let flowSource: FlowSource
        if let address = IPAddress(source)?.unmapped {
            guard address.family == destinationAddress.family else {
                let name = { (f: AddressFamily) in f == .ipv4 ? "IPv4" : "IPv6" }
                throw refuse("the source is \(name(address.family)) but the destination is \(name(destinationAddress.family)) (mixed-families)")
            }
            flowSource = .address(address)
        } else if let user = source.hasPrefix("user:") ? String(source.dropFirst(5)) : nil {
            // `user:alice` or `user:1001`: a flow from a socket that account owns (host mode).
            guard compiled.users != nil else { throw refuse("user: needs a host-mode policy with a users set") }
            if let uid = UInt32(user), uid <= UserItem.maximumUID {
                flowSource = .user(.uids(uid...uid))
            } else {
                if compiled.uid(named: user) != nil {
                    flowSource = .user(.name(user))
                } else if let uid = SystemUserDirectory().uid(named: user) {
                    // An account in no users set, by its name as `block --user` takes it: the same flow as user:UID.
                    flowSource = .user(.uids(uid...uid))
                } else {
                    throw refuse("there is no user '\(user)' on this machine")
                }
            }
        } else {
            guard source == Group.selfName else { throw refuse("SRC must be an IP address, self or user:NAME, not '\(source)'") }
            guard compiled.mode == .host else { throw refuse("self is only meaningful for a host-mode policy") }
            flowSource = .machine
        }
        guard let port else { return query(nil) }
        let ports: [PortSpec]
        if let spec = PortSpec(parsing: port) {
            ports = [spec]
        } else if let service = validated.service(named: port) {
            ports = service.ports
        } else {
            throw refuse("'\(port)' is neither a port (tcp/443, udp/53, tcp, icmp) nor a service of the policy")
        }
        let usable = ports.filter { $0.transport.family.map { $0 == destinationAddress.family } ?? true }
        guard !usable.isEmpty else {
            let mine = destinationAddress.family == .ipv4 ? "IPv4" : "IPv6", other = mine == "IPv4" ? "IPv6" : "IPv4"
            throw refuse("'\(port)' is \(other) only, but the destination is \(mine) (mixed-families)")
        }
        return query(ports)
    }
}
