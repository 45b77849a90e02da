/// One address a name holds: until when its answers admitted it, and until when the watcher's
/// own question vouches for it (milliseconds of the learner's clock; `expiry` never passes
/// `confirmed`).
///
/// Both are needed because a held answer is only a reply to the client's query, which a client
/// the attacker owns can have a forger answer: were such a reply allowed to refresh an address
/// already learned, it could keep a name's old address admitted for good after the name moved
/// away from it (to an address that is now the attacker's). It may refresh only up to
/// `confirmed`; further takes a new question of the watcher's own.
struct LearnedAddress: Hashable, Sendable {
    var expiry: UInt64
    var confirmed: UInt64
}
