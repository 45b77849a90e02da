import SluiceCompiler
import SluiceLanguage

/// Which packets replay an `expect` line.
extension FlowProbe {
    /// The probes for one expectation: for a port range both ends, for a bare `tcp`/`udp` ports
    /// 1 and 65535, for ICMP an echo request, and for a line without a port one TCP port, one UDP
    /// port (the lowest the policy names for that protocol, or 443 and 53) and an echo request.
    static func probes(for expectation: Expectation, in policy: Policy) -> [FlowProbe] {
        let family = expectation.destination.family
        var traffic: [Traffic] = []
        if let specs = ExpectationChecker.ports(expectation.port, policy) {
            for spec in specs {
                switch spec.transport {
                case .tcp, .udp:
                    let range = spec.ports ?? 1...65535
                    for port in Set([range.lowerBound, range.upperBound]).sorted() {
                        traffic.append(spec.transport == .tcp ? .tcp(port) : .udp(port))
                    }
                case .icmp, .icmpv6:
                    if spec.transport.family == family { traffic.append(.echo) }
                }
            }
        } else {
            traffic = [.tcp(lowestPort(.tcp, in: policy) ?? 443), .udp(lowestPort(.udp, in: policy) ?? 53), .echo]
        }
        return traffic.map { FlowProbe(source: expectation.source, destination: expectation.destination, traffic: $0) }
    }

    /// The lowest port the policy's services name for `transport`.
    static func lowestPort(_ transport: Transport, in policy: Policy) -> UInt16? {
        policy.services.flatMap(\.ports).filter { $0.transport == transport }.compactMap { $0.ports?.lowerBound }.min()
    }

    /// One port of every TCP and UDP port item the policy's services name (its lowest), and an
    /// echo request: traffic that some allow admits for some source.
    static func admittedSomewhere(in policy: Policy) -> [Traffic] {
        var traffic = Set<Traffic>([.echo])
        for spec in policy.services.flatMap(\.ports) {
            let port = spec.ports?.lowerBound ?? 1
            switch spec.transport {
            case .tcp: traffic.insert(.tcp(port))
            case .udp: traffic.insert(.udp(port))
            case .icmp, .icmpv6: break
            }
        }
        return traffic.sorted()
    }
}
