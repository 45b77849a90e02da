import SluiceLanguage

/// The matches that select one slice of traffic (one family, one protocol clause), shared by the
/// accounting rules and the verdict rule of an allow, so both count exactly the same packets.
struct Criterion {
    /// The address family the matches pin, or nil when they pin none (host mode `self` to `any`).
    var family: AddressFamily?
    var statements: [Statement]
}
