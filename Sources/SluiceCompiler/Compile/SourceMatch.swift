/// How a rule recognizes the senders a selector names.
enum SourceMatch {
    /// This machine's own traffic (host mode `self`): no address match at all.
    case machine
    /// Source addresses in these sets, per family; nil where the selector has no address of it.
    case sets(v4: String?, v6: String?)
    /// Host mode `users`: sockets owned by the uids of this set (`meta skuid @SET`).
    case users(String)
}
