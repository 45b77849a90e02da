/// The shadowed-allow analysis of a validated policy, kept apart from the other checks because it
/// only ever warns: the build runs it beside the compiler, which does not need its answer.
struct ShadowCheck: Sendable {
    /// Every allow's footprint in policy order (nil for incomplete allows).
    let footprints: [AllowFootprint?]
    /// Which allows may shadow later ones: those that can match and are not errors.
    let eligible: [Bool]
    /// Where each allow is, and whether it has an inline quota (for the warning's notes).
    let allows: [(location: SourceLocation, hasQuota: Bool)]

    /// The `shadowed-allow` warnings, in policy order.
    func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, shadower) in ShadowAnalysis.firstShadowers(footprints, eligible: eligible).enumerated() {
            guard let shadower else { continue }
            var notes = [DiagnosticNote(.note, "this earlier allow admits everything it does",
                                        at: allows[shadower].location)]
            if allows[index].hasQuota {
                notes.append(DiagnosticNote(.note, "its inline quota never counts anything"))
            }
            notes.append(DiagnosticNote(.help, "remove it, or narrow the earlier allow"))
            diagnostics.append(.warning(.shadowedAllow, "this allow is shadowed by an earlier allow and never matches",
                                        at: allows[index].location, notes: notes))
        }
        return diagnostics
    }
}
