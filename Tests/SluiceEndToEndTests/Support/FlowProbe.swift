import SluiceCompiler
import SluiceLanguage

/// One packet-level check of a flow in the kernel: who sends what to whom. The same probe is
/// put to the kernel (real packets in the lab) and to `FlowEvaluator` (what `explain` and
/// `expect` use), and both answers must agree.
struct FlowProbe: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// What is sent: a TCP connection or a UDP datagram to a port, or an ICMP(v6) echo request.
    enum Traffic: Hashable, Sendable, Comparable, CustomStringConvertible {
        case tcp(UInt16)
        case udp(UInt16)
        case echo

        /// `tcp/443`, `udp/53`, `echo`.
        var description: String {
            switch self {
            case .tcp(let port): "tcp/\(port)"
            case .udp(let port): "udp/\(port)"
            case .echo: "echo"
            }
        }
    }

    /// The sender: an address a lab host owns, or `self` (the node in host mode).
    var source: FlowSource
    var destination: IPAddress
    var traffic: Traffic

    /// The port item naming exactly this traffic, as `explain` takes it (`tcp/443`, `icmp`).
    var portSpec: PortSpec {
        switch traffic {
        case .tcp(let port): PortSpec(.tcp, ports: port...port)
        case .udp(let port): PortSpec(.udp, ports: port...port)
        case .echo: PortSpec(destination.family == .ipv4 ? .icmp : .icmpv6)
        }
    }

    /// What `FlowEvaluator` says about exactly this traffic.
    func evaluatorVerdict(_ evaluator: FlowEvaluator) -> Verdict {
        evaluator.evaluate(FlowQuery(source: source, destination: destination, ports: [portSpec])).verdict
    }

    /// `10.20.1.5 to 192.0.2.10 tcp/443`.
    var description: String { "\(source) to \(destination) \(traffic)" }

    /// By source (`self` first), destination, then traffic: a stable order for reports.
    static func < (a: FlowProbe, b: FlowProbe) -> Bool {
        func key(_ source: FlowSource) -> (Int, IPAddress?) {
            if case .address(let address) = source { return (1, address) }
            return (0, nil)
        }
        let (ka, kb) = (key(a.source), key(b.source))
        if ka.0 != kb.0 { return ka.0 < kb.0 }
        if let x = ka.1, let y = kb.1, x != y { return x < y }
        if a.destination != b.destination { return a.destination < b.destination }
        return a.traffic < b.traffic
    }
}
