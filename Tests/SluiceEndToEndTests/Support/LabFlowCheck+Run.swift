import SluiceCompiler
import SluiceLab
import Testing

/// Running flow checks against the kernel.
extension LabFlowCheck {
    /// Whether each check's flow gets through, side by side; a flow that must pass but does not is
    /// tried once more with time to spare, since a loaded machine is not a firewall. Listeners
    /// are started first, one per endpoint: two checks that each started their own on the same
    /// endpoint would collide.
    static func kernelOutcomes(_ checks: [LabFlowCheck], in lab: Lab) -> [Result<Bool, any Error>] {
        var tcp: [LabEndpoint: TCPListener] = [:]
        var udp: [LabEndpoint: UDPListener] = [:]
        defer {
            tcp.values.forEach { $0.stop() }
            udp.values.forEach { $0.stop() }
        }
        do {
            for check in checks {
                let endpoint = LabEndpoint(address: check.destination, port: check.port)
                switch check.proto {
                case .tcp where tcp[endpoint] == nil: tcp[endpoint] = try lab.tcpListener(on: check.destination, port: check.port)
                case .udp where udp[endpoint] == nil: udp[endpoint] = try lab.udpListener(on: check.destination, port: check.port)
                default: break
                }
            }
        } catch {
            return checks.map { _ in .failure(error) }
        }
        return Concurrently.map(checks) { check in
            var passed = try lab.canConnect(from: check.source, to: check.destination, port: check.port, proto: check.proto,
                                            timeout: .milliseconds(800))
            if check.passes && !passed {
                passed = try lab.canConnect(from: check.source, to: check.destination, port: check.port, proto: check.proto,
                                            timeout: .seconds(3))
            }
            return passed
        }
    }

    /// Runs the checks and records every flow the kernel treats otherwise than the check says,
    /// and, in a gateway lab given its `evaluator`, every flow `FlowEvaluator` judges otherwise
    /// than the kernel did.
    static func run(_ checks: [LabFlowCheck], in lab: Lab, evaluator: FlowEvaluator? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation) {
        for (check, result) in zip(checks, kernelOutcomes(checks, in: lab)) {
            switch result {
            case .success(let passed):
                #expect(passed == check.passes, "\(check) \(passed ? "passed" : "was dropped")", sourceLocation: sourceLocation)
                guard let evaluator else { continue }
                do {
                    let evaluated = try check.evaluatorVerdict(evaluator, gateway: lab)
                    #expect(evaluated == (passed ? .allow : .deny),
                            "FlowEvaluator says \(evaluated) for \(check), the kernel \(passed ? "passed it" : "dropped it")",
                            sourceLocation: sourceLocation)
                } catch {
                    Issue.record(error, "evaluating \(check)", sourceLocation: sourceLocation)
                }
            case .failure(let error):
                Issue.record(error, "\(check)", sourceLocation: sourceLocation)
            }
        }
    }
}
