/// `audit` statements that repeat what an earlier one already audits (`duplicate-audit`): harmless,
/// but the author likely meant another group, or forgot that `audit any` covers it.
enum AuditCheck {
    /// The warnings for every group audited a second time.
    static func diagnostics(_ resolution: Resolution) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var first: [String: SourceLocation] = [:]
        var everything: SourceLocation?
        for (node, rule) in resolution.audits where rule != nil {
            switch node.sources {
            case .any(let location):
                if let everything {
                    out.append(warning("every group is already audited", at: location, earlier: everything))
                } else {
                    everything = location
                }
            case .items(let items):
                for item in items {
                    if let earlier = everything ?? first[item.value] {
                        out.append(warning("group '\(DisplayText.quoted(item.value))' is already audited", at: item.location, earlier: earlier))
                    } else {
                        first[item.value] = item.location
                    }
                }
            }
        }
        return out
    }

    private static func warning(_ message: String, at location: SourceLocation, earlier: SourceLocation) -> Diagnostic {
        .warning(.duplicateAudit, message, at: location,
                 notes: [DiagnosticNote(.note, "it is audited here first", at: earlier),
                         DiagnosticNote(.help, "remove the repeated name")])
    }
}
