import SluiceCompiler
import SluiceLab
import SluiceLanguage

/// A lab policy compiled, and a lab built to replay it: every address its `expect` lines use is
/// owned by some namespace of the lab, and the compiled ruleset is loaded (`nft -f`) where the
/// policy's mode puts it, the gateway or the node.
struct PolicyLab: Sendable {
    /// The policy file.
    let path: String
    /// What `PolicyBuild` made of it (nil for a policy built by hand, past the validator).
    let build: PolicyBuild?
    let compiled: CompiledPolicy
    /// The policy the lab was built from.
    let policy: Policy
    let lab: Lab
    /// The namespace that holds the ruleset: the gateway, or the node in host mode.
    let router: LabNamespace

    /// The node's addresses in a host-mode lab (its traffic is `self`).
    static let nodeAddresses = ["10.40.0.5", "fd00:40::5"]

    /// Compiles `path`; throws with the rendered diagnostics when it does not compile.
    static func compile(_ path: String) throws -> PolicyBuild {
        let build = PolicyBuild.build(path: path)
        guard build.compiled != nil else {
            throw TestFailure("\(path) does not compile:\n\(build.renderedDiagnostics)")
        }
        return build
    }

    /// Compiles `path`, builds its lab (with `extraSources` as more inside hosts and
    /// `extraOutside` as more outside addresses) and loads the ruleset. On failure nothing is
    /// left behind; on success the caller must `destroy()`.
    static func start(_ path: String, extraSources: [IPAddress] = [], extraOutside: [IPAddress] = []) throws -> PolicyLab {
        let build = try compile(path)
        guard let compiled = build.compiled, let policy = build.policy else { throw TestFailure("\(path) does not compile") }
        return try start(path: path, build: build, policy: policy, compiled: compiled, extraSources: extraSources,
                         extraOutside: extraOutside)
    }

    /// Like `start(_:)`, for a policy changed by hand after validation: what the kernel does with a
    /// ruleset the language would refuse (defence in depth).
    static func start(unvalidated policy: Policy, extraSources: [IPAddress] = [], extraOutside: [IPAddress] = []) throws -> PolicyLab {
        let result = PolicyCompiler().compile(policy)
        guard let compiled = result.compiled else { throw TestFailure("\(policy.name) does not compile: \(result.diagnostics)") }
        return try start(path: policy.location.file, build: nil, policy: policy, compiled: compiled,
                         extraSources: extraSources, extraOutside: extraOutside)
    }

    private static func start(path: String, build: PolicyBuild?, policy: Policy, compiled: CompiledPolicy,
                              extraSources: [IPAddress], extraOutside: [IPAddress]) throws -> PolicyLab {
        let spec = try labSpec(for: policy, extraSources: extraSources, extraOutside: extraOutside)
        let lab = try Lab.create(spec)
        do {
            let router = try compiled.mode == .gateway ? lab.gateway() : lab.node()
            try lab.run(in: router, ["nft", "-f", "-"], input: NFTRenderer.render(compiled.ruleset))
            return PolicyLab(path: path, build: build, compiled: compiled, policy: policy, lab: lab, router: router)
        } catch {
            lab.destroy()
            throw error
        }
    }

    /// The lab a policy's expectations need. Gateway mode: one inside host per source address
    /// (named `s0`, `s1`, ... in address order) and the destinations outside, every second one
    /// behind `wan1` when the policy names that uplink too. Host mode: the node (`nodeAddresses`
    /// plus any literal source), destinations that are not documentation addresses on the
    /// management host, the rest outside. The policy's egress interfaces must be the lab's.
    static func labSpec(for policy: Policy, extraSources: [IPAddress] = [], extraOutside: [IPAddress] = []) throws -> LabSpec {
        var sources = Set(extraSources)
        var destinations = Set(extraOutside)
        for expectation in policy.expectations {
            if case .address(let address) = expectation.source { sources.insert(address) }
            destinations.insert(expectation.destination)
        }
        let uplinks: Set<String> = policy.mode == .gateway ? ["wan0", "wan1"] : ["wan0", "mgmt0"]
        guard Set(policy.egressInterfaces).isSubset(of: uplinks) else {
            throw TestFailure("\(policy.name) names egress \(policy.egressInterfaces); the lab's are \(uplinks.sorted())")
        }
        switch policy.mode {
        case .gateway:
            let hosts = try sources.sorted().enumerated().map { index, address in
                LabHostSpec(name: "s\(index)", addresses: [try LabAddress(address)])
            }
            let outside = try destinations.sorted().map { try outsideAddress($0) }
            guard policy.egressInterfaces.contains("wan1") else { return .gateway(hosts: hosts, outside: outside) }
            let split = outside.enumerated()
            return .gateway(hosts: hosts, outside: split.filter { $0.offset % 2 == 0 }.map(\.element),
                            wan1Outside: split.filter { $0.offset % 2 == 1 }.map(\.element))
        case .host:
            var node = try nodeAddresses.map { try LabAddress(parsing: $0) }
            for address in try sources.sorted().map({ try LabAddress($0) }) where !node.contains(address) {
                node.append(address)
            }
            var managementAddresses: [LabAddress] = []
            var outside: [LabAddress] = []
            for destination in destinations.sorted() {
                let address = try LabAddress(destination)
                if address.isDocumentation {
                    outside.append(address)
                } else {
                    managementAddresses.append(address)
                }
            }
            return .host(node: node, outside: outside,
                         management: managementAddresses.isEmpty ? nil : LabHostSpec(name: "mgmt", addresses: managementAddresses))
        }
    }

    private static func outsideAddress(_ address: IPAddress) throws -> LabAddress {
        let converted = try LabAddress(address)
        guard converted.isDocumentation else {
            throw TestFailure("\(address) is an expect destination but not a documentation address the lab can put outside")
        }
        return converted
    }

    /// The evaluator `explain` and `expect` use.
    var evaluator: FlowEvaluator { FlowEvaluator(compiled) }

    /// The address a probe's packets leave from: the source itself, or the node's address of the
    /// destination's family for `self`.
    func sourceAddress(_ probe: FlowProbe) throws -> LabAddress {
        if case .address(let address) = probe.source { return try LabAddress(address) }
        let wanted = try LabAddress(probe.destination).family
        guard let address = lab.spec.nodeAddresses.first(where: { $0.family == wanted }) else {
            throw TestFailure("the node has no \(wanted) address for \(probe)")
        }
        return address
    }

    /// Removes the lab.
    func destroy() {
        lab.destroy()
    }
}
