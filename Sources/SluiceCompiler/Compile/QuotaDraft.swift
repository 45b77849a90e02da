import SluiceLanguage

/// One quota while its kernel objects are being made: what the accounting rules need to know.
struct QuotaDraft {
    var id: String
    var spec: QuotaSpec
    var selector: SourceSelector
    var location: SourceLocation
    var criteria: [Criterion]
    /// The families the criteria pin, IPv4 first.
    var families: [AddressFamily]
    /// The kernel comment: what the quota is and where it is written.
    var comment: String

    /// The jump to the quota's over-quota chain.
    var over: Statement { .verdict(.jump("over_\(id)")) }
}
