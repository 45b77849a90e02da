import Foundation
import SluiceCompiler
import SluiceLab
import SluiceLanguage
import Testing

/// Replays a policy lab's `expect` lines in the kernel and compares, packet by packet, three
/// answers: the `expect` line, the kernel, and `FlowEvaluator` (what `sluice explain` and
/// `sluice check` say).
struct ExpectationReplay: Sendable {
    let policyLab: PolicyLab
    /// Every probe, in a stable order.
    let probes: [FlowProbe]
    /// The `expect` lines each probe replays (empty for probes added by the test).
    let expectations: [FlowProbe: [SluiceLanguage.Expectation]]
    /// Probes the kernel must deny whatever the evaluator says, with the reason.
    let mustDeny: [FlowProbe: String]
    let report: KernelProbeReport

    /// Puts every expectation's probes, and `mustDeny`, to the kernel.
    static func run(_ policyLab: PolicyLab, mustDeny: [FlowProbe: String] = [:]) throws -> ExpectationReplay {
        let policy = policyLab.policy
        var expectations: [FlowProbe: [SluiceLanguage.Expectation]] = [:]
        for expectation in policy.expectations {
            for probe in FlowProbe.probes(for: expectation, in: policy) {
                expectations[probe, default: []].append(expectation)
            }
        }
        let probes = Set(expectations.keys).union(mustDeny.keys).sorted()
        let evaluator = policyLab.evaluator
        var believedAllowed = Set<FlowProbe>()
        for probe in probes {
            let expected = expectations[probe, default: []].map(\.verdict)
            if probe.evaluatorVerdict(evaluator) == .allow || expected.contains(.allow) { believedAllowed.insert(probe) }
        }
        let report = try KernelProbes.run(probes, in: policyLab, believedAllowed: believedAllowed)
        return ExpectationReplay(policyLab: policyLab, probes: probes, expectations: expectations, mustDeny: mustDeny, report: report)
    }

    /// The verdict the kernel gave a probe.
    func kernel(_ probe: FlowProbe) -> Verdict? { report.verdicts[probe] }

    /// `FILE:LINE: expect allow ...` as written.
    func text(of expectation: SluiceLanguage.Expectation) -> String {
        let line = policyLab.policy.sources.first { $0.path == expectation.location.file }?.line(expectation.location.line)
        return "\(expectation.location.fileLine): \(line.map { String($0).trimmingCharacters(in: .whitespaces) } ?? "")"
    }

    /// Records an issue for every disagreement: an `expect` line the kernel does not keep, a
    /// `mustDeny` probe the kernel admits, an evaluator verdict that differs from the kernel's, a
    /// denied TCP or UDP probe that still reached its listener, and an admitted one that did not
    /// arrive from its own source address.
    func checkAgreement(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let evaluator = policyLab.evaluator
        for probe in probes {
            guard let kernel = kernel(probe) else {
                Issue.record("no kernel verdict for \(probe)", sourceLocation: sourceLocation)
                continue
            }
            for expectation in expectations[probe, default: []] where expectation.verdict != kernel {
                Issue.record("""
                    \(text(of: expectation))
                      the kernel says \(kernel) for the packet \(probe)
                    """, sourceLocation: sourceLocation)
            }
            if let reason = mustDeny[probe], kernel != .deny {
                Issue.record("the kernel admits \(probe), but \(reason)", sourceLocation: sourceLocation)
            }
            let evaluated = probe.evaluatorVerdict(evaluator)
            if evaluated != kernel {
                Issue.record("""
                    FlowEvaluator (explain) says \(evaluated) for \(probe) (sluice explain \(policyLab.path) \
                    \(probe.source) \(probe.destination) \(probe.portSpec)), the kernel says \(kernel)
                    """, sourceLocation: sourceLocation)
            }
            if kernel == .deny, report.reachedListener[probe] == true {
                Issue.record("\(probe) was denied but left a connection or datagram at the listener", sourceLocation: sourceLocation)
            }
            if kernel == .allow, report.reachedListener[probe] == false {
                Issue.record("\(probe) got through, but the listener saw nothing from its source address", sourceLocation: sourceLocation)
            }
        }
    }

    /// A few probes for `sluice explain`: the first the evaluator allows and the first it denies
    /// of each family, plus the first `mustDeny` probe.
    func explainSample() -> [FlowProbe] {
        let evaluator = policyLab.evaluator
        var sample: [FlowProbe] = []
        for family in AddressFamily.allCases {
            for verdict in [Verdict.allow, .deny] {
                if let probe = probes.first(where: {
                    $0.destination.family == family && $0.evaluatorVerdict(evaluator) == verdict && $0.traffic != .echo
                }) {
                    sample.append(probe)
                }
            }
        }
        if let probe = mustDeny.keys.sorted().first { sample.append(probe) }
        return Array(Set(sample)).sorted()
    }
}
