/// How a rule recognizes the destinations an allow names.
enum TargetMatch {
    /// Every destination: no address match.
    case any
    /// Destination addresses in these sets, per family; nil where the targets have no address of it.
    case sets(v4: String?, v6: String?)
    /// Also addresses learned from DNS answers, in these sets per family (destinations with names).
    indirect case learning(TargetMatch, v4: [String], v6: [String])
}
