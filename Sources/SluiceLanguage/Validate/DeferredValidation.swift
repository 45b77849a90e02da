/// Every validation diagnostic but the shadowed-allow warnings, with the check that makes those,
/// to be run later (possibly on another thread) and put back where a whole validation puts them.
struct DeferredValidation: Sendable {
    /// The diagnostics of every other check, in the order a whole validation makes them.
    var diagnostics: [Diagnostic]
    /// Where in `diagnostics` the shadowed-allow warnings belong.
    var shadowPosition: Int
    /// The shadowed-allow check.
    var shadows: ShadowCheck

    /// Whether any check that ran found an error (the shadow check never does).
    var hasErrors: Bool { diagnostics.hasErrors }

    /// The diagnostics of a whole validation: runs the shadow check here and merges its warnings.
    func completed() -> [Diagnostic] {
        var all = diagnostics
        all.insert(contentsOf: shadows.run(), at: shadowPosition)
        return all
    }
}
