import SluiceCompiler

extension Rule {
    /// The comment prefix that marks a rule read from the kernel that Sluice could not turn back
    /// into statements. Such a rule has no statements, so it never equals a compiled rule: the
    /// planner replaces its chain's rules instead of silently keeping or dropping it.
    public static let undecodablePrefix = "sluice: undecodable rule: "

    /// A stand-in for a kernel rule Sluice cannot decode; `summary` describes its expressions.
    public static func undecodable(_ summary: String) -> Rule {
        Rule([], comment: undecodablePrefix + summary)
    }

    /// True for a stand-in made by `undecodable(_:)`.
    public var isUndecodable: Bool {
        statements.isEmpty && (comment?.hasPrefix(Rule.undecodablePrefix) ?? false)
    }
}
