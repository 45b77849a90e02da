import SluiceCompiler
import SluiceLanguage

/// An `expect deny` line of the base policy, as a proposal must keep it: no allow it writes may
/// admit any part of the flow the line names. Allows are written per group, so the line binds
/// every group its source is in, whichever host of the group was seen.
struct ExpectedDenial {
    /// The groups of the line's source.
    let groups: Set<String>
    let destination: IPAddress
    /// The protocols and ports the line denies; nil for every one.
    let ports: [PortSpec]?
    /// `FILE:LINE` of the line.
    let location: String

    /// The `expect deny` lines of `policy` that name an address (a line that names a DNS name
    /// speaks of addresses no proposal writes).
    static func all(in policy: Policy, compiled: CompiledPolicy) -> [ExpectedDenial] {
        policy.expectations.compactMap { expectation in
            guard expectation.verdict == .deny, expectation.name == nil else { return nil }
            let groups: [String]
            switch expectation.source {
            case .address(let address): groups = compiled.groupNames(of: .address(address.unmapped))
            case .machine: groups = compiled.groupNames(of: .machine)
            case .user(.uids(let uids)): groups = compiled.groupNames(of: .user(uids.lowerBound))
            case .user(.name(let name)): groups = compiled.uid(named: name).map { compiled.groupNames(of: .user($0)) } ?? []
            }
            return ExpectedDenial(groups: Set(groups), destination: expectation.destination.unmapped,
                                  ports: ExpectationChecker.ports(expectation.port, policy), location: expectation.location.fileLine)
        }
    }

    /// Whether allowing `flow` to its group would admit part of what this line denies.
    func forbids(_ flow: ObservedFlow, group: String) -> Bool {
        guard groups.contains(group), flow.key.destination.unmapped == destination else { return false }
        guard let ports else { return true }
        return ports.contains { spec in
            spec.transport.protocolNumber == flow.key.transport && (!spec.transport.hasPorts || spec.portRange.contains(flow.key.port))
        }
    }
}
