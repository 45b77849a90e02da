/// The shadowed-allow analysis of a validated policy, kept apart from the other checks because it
/// only ever warns: the build runs it beside the compiler, which does not need its answer.
struct ShadowCheck: Sendable {
    /// Every allow's footprint in policy order (nil for incomplete allows).
    let footprints: [AllowFootprint?]
    /// Which allows may shadow later ones: those that can match and are not errors.
    let eligible: [Bool]
    /// Where each allow is, and whether it has an inline quota (for the warning's notes).
    let allows: [(location: SourceLocation, hasQuota: Bool)]

    /// The `shadowed-allow` warnings, in policy order. The ruleset matches the allows without an
    /// inline quota first (`RulesetBuilder`: an inline quota counts and stops only what no other
    /// allow admits), so an allow with one is shadowed by any allow without one that covers it,
    /// earlier or later in the file.
    func run() -> [Diagnostic] {
        let order = allows.indices.filter { !allows[$0].hasQuota } + allows.indices.filter { allows[$0].hasQuota }
        var found: [(index: Int, shadower: Int)] = []
        for (position, shadower) in ShadowAnalysis.firstShadowers(order.map { footprints[$0] },
                                                                    eligible: order.map { eligible[$0] }).enumerated() {
            if let shadower { found.append((order[position], order[shadower])) }
        }
        var diagnostics: [Diagnostic] = []
        for (index, shadower) in found.sorted(by: { $0.index < $1.index }) {
            let earlier = shadower < index
            var notes = [DiagnosticNote(.note, earlier ? "this earlier allow admits everything it does"
                                                       : "this allow admits everything it does, and has no quota of its own, so it is matched first",
                                        at: allows[shadower].location)]
            if allows[index].hasQuota {
                notes.append(DiagnosticNote(.note, "its inline quota never counts anything"))
            }
            notes.append(DiagnosticNote(.help, earlier ? "remove it, or narrow the earlier allow" : "remove it, or narrow the other allow"))
            diagnostics.append(.warning(.shadowedAllow, earlier ? "this allow is shadowed by an earlier allow and never matches"
                                                                : "this allow is shadowed by an allow without a quota of its own and never matches",
                                        at: allows[index].location, notes: notes))
        }
        return diagnostics
    }
}
