import SluiceCompiler
import SluiceLab
import SluiceLanguage

/// A flow between two addresses of a lab, what must happen to it, and why: for checks that are
/// not `expect` lines (lateral, inbound, loopback, containment).
struct LabFlowCheck: Sendable, CustomStringConvertible {
    var source: LabAddress
    var destination: LabAddress
    var proto: LabTransport
    var port: UInt16
    /// Whether the flow must get through.
    var passes: Bool
    var why: String

    /// Creates a check from address texts the test knows to be valid.
    init(_ source: String, _ destination: String, _ proto: LabTransport, _ port: UInt16, passes: Bool, _ why: String) throws {
        self.source = try LabAddress(parsing: source)
        self.destination = try LabAddress(parsing: destination)
        self.proto = proto
        self.port = port
        self.passes = passes
        self.why = why
    }

    /// `10.20.1.5 to 10.20.2.15 tcp/7000 (lateral)`.
    var description: String { "\(source) to \(destination) \(proto)/\(port) (\(why))" }

    /// What `FlowEvaluator` says about the exchange in a gateway lab: the first packet at the
    /// forward hook, arriving from the source's side and leaving by the interface towards the
    /// destination, and for TCP the reply (established, with the mark the first packet left on the
    /// connection), going back. The flow passes only if both do.
    func evaluatorVerdict(_ evaluator: FlowEvaluator, gateway lab: Lab) throws -> Verdict {
        var request = Packet(family: try destination.ipAddress.family, source: try source.ipAddress, destination: try destination.ipAddress,
                             l4proto: proto == .tcp ? 6 : 17, destinationPort: port,
                             outputInterface: try Self.interface(towards: destination, in: lab))
        request.inputInterface = try Self.interface(towards: source, in: lab)
        let opened = evaluator.evaluate(request)
        guard opened.verdict == .allow else { return .deny }
        guard proto == .tcp else { return .allow }
        var reply = Packet(family: request.family, source: try destination.ipAddress, destination: try source.ipAddress,
                           l4proto: 6, destinationPort: 40000, outputInterface: request.inputInterface,
                           ctState: .established, ctMark: opened.mark)
        reply.inputInterface = request.outputInterface
        reply.ctDirection = .reply
        return evaluator.evaluate(reply).verdict
    }

    /// The gateway's interface that leads to `address`: a host's link, or `wan0` for the outside.
    static func interface(towards address: LabAddress, in lab: Lab) throws -> String {
        if let host = lab.spec.hosts.first(where: { $0.addresses.contains(address) }) {
            return try lab.gatewayInterface(forHost: host.name)
        }
        return "wan0"
    }
}
