import SluiceLanguage

/// The conntrack mark bits a table's rules set so that `ct state established,related` lets by only
/// what the table saw open the way it should.
///
/// Conntrack calls a packet established when it belongs to a connection, whoever opened it and
/// however. Trusted as such, that let a host send anything anywhere: forge a packet from an outside
/// address to itself (over loopback, or routed back in by the gateway), and its real packets to
/// that address become the connection's replies; reach the gateway itself, then source-route the
/// next packet of that connection out. So the replies accept asks two questions of the connection:
/// - going the way it was opened: did one of this table's allows admit it (`admitted`)?
/// - going back: was it opened from outside (`openedInside` unset)? Sluice sets that bit on the
///   first packet of every connection opened from inside: in gateway mode one that arrived on an
///   interface that is not an `egress` interface, in host mode one this machine sent. And on every
///   connection that ends at this machine (the input hook) that could otherwise seem to: in gateway
///   mode all of them, since their replies come from the gateway itself and never cross the
///   forward hook (a forged one, or one an outside host opened to the gateway, would let an inside
///   host send its "replies" or ICMP errors quoting it); in host mode those that arrive over
///   loopback (a frame injected there with `CAP_NET_RAW` never passes the output hook).
///
/// Connections older than the table carry neither bit: their replies still leave (an admin's SSH
/// session survives the first apply), and what they send the way they were opened meets the allows.
///
/// Two tables in one network namespace must not share bits: a connection one table admitted would
/// pass the other's replies accept. `sluice apply` refuses a table whose bits another Sluice
/// table of the namespace has (`TableOperations`).
public struct ConnectionMarks: Sendable, Equatable {
    /// Set by every allow's accept.
    public let admitted: UInt32
    /// Set on the first packet of a connection opened from inside.
    public let openedInside: UInt32

    /// The table's bits: 31 and 15 for `sluice`, otherwise a pair among bits 3-14 by a stable hash
    /// of the name, so that tables in one namespace keep their own (two names that hash alike share
    /// a pair, as they would share an NFLOG group). None is an audit mark (`AuditBinding.mark`:
    /// bits 16-30).
    public init(table: String) {
        if table == Ruleset.defaultTable {
            admitted = 1 << 31
            openedInside = 1 << 15
        } else {
            let pair = UInt32(StableHash.fnv1a(table) % 6)
            admitted = 1 << (3 + 2 * pair)
            openedInside = 1 << (4 + 2 * pair)
        }
    }

    /// `ct state new [iifname ...] ct mark set ct mark | openedInside`, for the first packet of a
    /// connection that arrived as `arrival` says (any way when nil).
    func markOpenedInside(arrivingOn arrival: Match? = nil) -> Rule {
        Rule([.match(Match(.ctState, .ctState(.new)))] + (arrival.map { [.match($0)] } ?? []) + [.setCtMarkBits(openedInside)])
    }

    /// The input chain: marks the connections that end at this machine and whose replies must never
    /// pass as from outside (all in gateway mode, those over loopback in host mode).
    func inputChain(gateway: Bool) -> Chain {
        Chain(name: "input", hook: ChainHook(hook: .input, priority: 0, policy: .accept),
              rules: [markOpenedInside(arrivingOn: gateway ? nil : Match(.iifname, .ifname("lo")))])
    }

    /// The replies accept: a connection's packets the way it was opened when an allow admitted it,
    /// and its packets back when it was not opened from inside. In gateway mode only established
    /// packets: an ICMP error is related to the connection it quotes whoever sends it, so there it
    /// passes by its sender's own allows (`RulesetBuilder.relatedRules`). In host mode every packet
    /// is this machine's, and only root can forge an error.
    func repliesAccept(gateway: Bool) -> [Rule] {
        let state = Statement.match(Match(.ctState, .ctState(gateway ? [.established] : [.established, .related])))
        return [
            Rule([state, .match(Match(.ctDirection, .ctDirection(.original))),
                  .match(Match(.ctMark, .ctMarkBits(admitted))), .verdict(.accept)]),
            Rule([state, .match(Match(.ctDirection, .ctDirection(.reply))),
                  .match(Match(.ctMark, .ctMarkBits(openedInside), negated: true)), .verdict(.accept)]),
        ]
    }
}
