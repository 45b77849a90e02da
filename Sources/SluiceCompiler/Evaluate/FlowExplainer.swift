import SluiceLanguage

/// Turns a flow evaluation into what `explain` prints: the verdict as the first word, then the
/// deciding rule as `FILE:LINE` with its source text, then the quotas the flow counts against.
public struct FlowExplainer: Sendable {
    private let compiled: CompiledPolicy
    /// Where the policy block starts: the default deny's location.
    private let defaultDeny: SourceLocation
    private let sources: [String: SourceFile]

    /// Creates an explainer for a policy, its compiled form and the files it was read from.
    public init(_ policy: Policy, _ compiled: CompiledPolicy) {
        self.compiled = compiled
        defaultDeny = policy.location
        sources = Dictionary(policy.sources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The explanation as text.
    public func text(_ query: FlowQuery, _ result: FlowResult) -> String {
        var first = result.verdict.rawValue
        if result.summary == .allow && result.audited {
            first += result.enforcedSummary == .deny ? " (audit: would deny)" : " (audit: would deny part of it)"
        }
        var lines = [first]
        let flow = "\(query.source) to \(query.destinationText)"
            + (query.ports.map { " on " + $0.map(\.description).joined(separator: ", ") } ?? "")
        if result.summary == .partial {
            lines.append("flow: \(flow) is only partly admitted")
            for slice in result.slices {
                let verdict = slice.outcome.audited ? "allow (audit: would deny)" : slice.outcome.verdict.rawValue
                lines.append("  \(slice): \(verdict) by \(ruleText(slice.outcome))")
            }
        } else {
            lines.append("flow: \(flow)")
            // Every slice decided the same way; name each distinct deciding rule once.
            var seen: Set<String> = []
            for slice in result.slices {
                let text = ruleText(slice.outcome)
                if seen.insert(text).inserted { lines.append("rule: \(text)") }
            }
        }
        // Denied packets count as well: the kernel counts every egress packet of a host before the
        // verdict, so a denied flow still spends the budget the JSON and the kernel show.
        let quotaIDs = result.slices.flatMap(\.outcome.quotas)
        var listed: Set<String> = []
        let quotas = quotaIDs.filter { listed.insert($0).inserted }.compactMap { id in compiled.quotas.first { $0.id == id } }
        if quotas.isEmpty {
            lines.append("quotas: none")
        } else {
            lines.append("quotas:")
            for q in quotas { lines.append("  \(Self.describe(q))") }
            if result.slices.contains(where: { $0.outcome.verdict == .deny && !$0.outcome.quotas.isEmpty }) {
                lines.append("note: denied packets count against these quotas too")
            }
        }
        if result.audited, let audit = compiled.audit {
            lines.append("note: the policy would deny this; it passes and is recorded as would-deny because "
                         + "\(audit.groups.count == 1 ? "group \(audit.groups[0]) audits" : "its group audits")")
        }
        if case .address(let a) = query.source, compiled.groupNames(containing: a).isEmpty,
           compiled.machineGroup == nil {
            lines.append("note: \(a) is in no group; a source outside every group can send nothing out")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The explanation as JSON.
    public func json(_ query: FlowQuery, _ result: FlowResult) -> JSONValue {
        .object([
            ("verdict", .string(result.verdict.rawValue)),
            ("summary", .string(result.summary.rawValue)),
            ("would_deny", .bool(result.audited)),
            ("source", .string(query.source.description)),
            ("destination", .string(query.destinationName ?? query.destination.description)),
            ("slices", .array(result.slices.map { slice in
                .object([
                    ("traffic", .string(slice.description)),
                    ("verdict", .string(slice.outcome.verdict.rawValue)),
                    ("would_deny", .bool(slice.outcome.audited)),
                    ("rule", slice.outcome.rule?.origin.map { .string($0.fileLine) } ?? .null),
                    ("text", .string(ruleText(slice.outcome))),
                    ("quotas", .array(slice.outcome.quotas.map { .string($0) })),
                ])
            })),
        ])
    }

    /// `FILE:LINE: source text` of the deciding rule, or what decided without one.
    func ruleText(_ outcome: FlowOutcome) -> String {
        guard let origin = outcome.rule?.origin else {
            return outcome.verdict == .allow ? "not egress (left alone)" : "containment"
        }
        if origin == defaultDeny && outcome.verdict == .deny {
            return "\(origin.fileLine): default deny (no allow admits this flow)"
        }
        let text = sources[origin.file]?.line(origin.line).map { $0.trimmingWhitespace() } ?? ""
        return text.isEmpty ? origin.fileLine : "\(origin.fileLine): \(text)"
    }

    /// `hq_compute_1d: 2 GiB per day per host (FILE:LINE)`, or `3x usual at least 200 MB per ...`.
    public static func describe(_ q: QuotaBinding) -> String {
        "\(q.id): \(q.sizeWords) per \(Units.window(q.window)) "
            + q.scope.words + " (\(q.location.fileLine))"
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
