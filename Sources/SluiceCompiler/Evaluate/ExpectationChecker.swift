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
            // Checked as enforced: an expectation holds whether its group audits or not, so moving
            // a group from audit to enforce changes no expect line. A name's flow in each family
            // it can have; the first that fails is reported.
            let results = queries(expectation, policy, compiled).map(evaluator.evaluate)
            guard let result = results.first(where: { !holds(expectation, $0) }) else { continue }
            let summary = result.enforcedSummary
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

    private static func holds(_ expectation: Expectation, _ result: FlowResult) -> Bool {
        expectation.verdict == .allow ? result.enforcedSummary == .allow : result.enforcedSummary == .deny
    }

    /// The flows an expectation speaks of: one, or for a name one per family it can have, to the
    /// placeholder address taken to be in the learned sets of the destinations that admit it.
    public static func queries(_ e: Expectation, _ policy: Policy, _ compiled: CompiledPolicy) -> [FlowQuery] {
        let ports = ports(e.port, policy)
        guard let name = e.name else { return [FlowQuery(source: e.source, destination: e.destination, ports: ports)] }
        return e.families.map { FlowQuery.toName(name, family: $0, source: e.source, ports: ports, compiled) }
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
        var text = "\(e.source) to " + (e.name.map { "\"\($0)\" (an address learned for it)" } ?? "\(e.destination)")
        switch e.port {
        case .port(let spec): text += " on \(spec)"
        case .service(let name): text += " on \(name)"
        case nil: break
        }
        return text
    }
}
