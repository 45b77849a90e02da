import SluiceLanguage

/// Checks a policy's `expect` lines against its compiled ruleset; a failed expectation is an error
/// at the `expect` line, with notes that point at the rules that decided.
public enum ExpectationChecker {
    /// The diagnostics of every failed expectation (empty when all hold).
    public static func check(_ policy: Policy, _ compiled: CompiledPolicy) -> [Diagnostic] {
        // The evaluator indexes every rule of the ruleset: a tenth of checking a large policy,
        // and nothing to index it for when no line asks.
        if policy.expectations.isEmpty { return [] }
        let evaluator = FlowEvaluator(compiled)
        var diagnostics: [Diagnostic] = []
        for expectation in policy.expectations {
            let query = FlowQuery(source: expectation.source, destination: expectation.destination,
                                  ports: ports(expectation.port, policy))
            let result = evaluator.evaluate(query)
            // Checked as enforced: an expectation holds whether its group audits or not, so moving
            // a group from audit to enforce changes no expect line.
            let summary = result.enforcedSummary
            let holds = expectation.verdict == .allow ? summary == .allow : summary == .deny
            if holds { continue }
            let flow = describe(expectation)
            let actual: String
            switch summary {
            case .allow: actual = "allowed"
            case .deny: actual = result.audited ? "denied (it passes only while its group audits)" : "denied"
            case .partial: actual = "only partly allowed"
            }
            var notes: [DiagnosticNote] = []
            for slice in result.slices where slice.outcome.enforcedVerdict != expectation.verdict || summary == .partial {
                let by = slice.outcome.rule?.origin
                let verb = slice.outcome.audited ? "denied (audited: allowed and recorded)"
                    : slice.outcome.verdict == .allow ? "allowed" : "denied"
                let subject = result.slices.count > 1 ? "\(slice) is \(verb)" : "\(verb)"
                if let by, by == policy.location, slice.outcome.verdict == .deny {
                    notes.append(DiagnosticNote(.note, "\(subject) by the default deny", at: by))
                } else if let by {
                    notes.append(DiagnosticNote(.note, "\(subject) by this rule", at: by))
                } else {
                    notes.append(DiagnosticNote(.note, subject))
                }
                if notes.count >= 4 { break }
            }
            if case .address(let source) = expectation.source, compiled.groupNames(containing: source).isEmpty,
               compiled.machineGroup == nil {
                notes.append(DiagnosticNote(.note, "\(source) is in no group, and a source outside every group can send nothing out"))
            }
            diagnostics.append(.error(.expectFailed, "expectation failed: \(flow) is \(actual)",
                                      at: expectation.location, notes: notes))
        }
        return diagnostics
    }

    /// The ports an expectation's `on` item covers (nil: every protocol and port).
    public static func ports(_ item: PortItem?, _ policy: Policy) -> [PortSpec]? {
        switch item {
        case nil: nil
        case .port(let spec): [spec]
        case .service(let name): policy.service(named: name)?.ports ?? []
        }
    }

    /// `10.20.3.4 to 192.0.2.10 on tcp/443`.
    static func describe(_ e: Expectation) -> String {
        var text = "\(e.source) to \(e.destination)"
        switch e.port {
        case .port(let spec): text += " on \(spec)"
        case .service(let name): text += " on \(name)"
        case nil: break
        }
        return text
    }
}
