import SluiceLanguage

/// Asks a trusted `dns` server again, from the watcher itself, which addresses a name has. A held
/// answer is a reply to a query the client sent, so a client the attacker owns can tell a forger
/// outside its port and query id, and a forged reply can arrive before the real one; the
/// watcher's own question has a port and id nobody else knows. The real one is
/// `ResolverConfirmer`; tests use fakes.
public protocol NameConfirmer: Sendable {
    /// The addresses `server` gives now for `name` (records of `type` at the end of its CNAME
    /// chain; none for NXDOMAIN), or nil when it gave no readable answer in time or refused the
    /// question (any response code but NOERROR and NXDOMAIN).
    func confirm(name: String, type: NameQuery.RecordType, server: IPAddress) -> NameConfirmation?
    /// Held answers read from the queue while waiting that were not the confirmer's own: the
    /// caller handles them next, in the order read.
    func takeDeferred() -> [(id: UInt32, packet: [UInt8])]
}
