/// What `sluice learn` proposes: statements to add to a policy, each with a comment giving its
/// evidence, checked before they are shown.
public struct LearnProposal: Hashable, Sendable, Codable {
    /// The policy the additions are for: a path, or `live version N`.
    public var base: String
    /// The additions, as policy text (empty when nothing is lacking).
    public var text: String
    /// Observed flows (host, destination, service) the base policy already admits.
    public var alreadyAdmitted: Int
    /// Observed flows the additions admit.
    public var admitted: Int
    /// Observed flows nothing proposed admits, with the reason.
    public var uncovered: [UncoveredFlow]
    /// The diagnostics of checking the base with the additions (warnings; errors make learn fail).
    public var warnings: [String]
}
