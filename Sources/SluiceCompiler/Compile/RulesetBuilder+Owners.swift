extension RulesetBuilder {
    /// A chain of the per-user rules that drop or count, keyed on the owner the connection
    /// recorded instead of `meta skuid`, for the packets that leave without an owner of their own:
    /// an orphaned socket's, which the kernel goes on sending (and retransmitting) after the account
    /// closed it. Returns the rule that jumps to it (nil when no rule is keyed on users).
    ///
    /// The chain returns at once for a packet that has an owner, so owned packets keep their rules
    /// keyed on `meta skuid` alone and no packet is counted twice. Allows get no twin: an ownerless
    /// packet belongs to a connection the owner's first packet opened, which the replies accept
    /// passes; one that opens nothing falls to `self`'s allows or default deny (fail closed).
    func ownerlessChain(_ name: String, twinning rules: [Rule]) -> Rule? {
        let twins = rules.compactMap(Self.ownerTwin)
        guard !twins.isEmpty else { return nil }
        let owned = Rule([.match(Match(.skuid, .present)), .verdict(.return)])
        chains.append(Chain(name: name, rules: [owned] + twins))
        return Rule([.verdict(.jump(name))])
    }

    /// The rule with every `meta skuid` replaced by `ct owner`; nil if it has none, or accepts.
    static func ownerTwin(_ rule: Rule) -> Rule? {
        var keyed = false
        var statements: [Statement] = []
        for statement in rule.statements {
            switch statement {
            case .match(let m) where m.key == .skuid:
                keyed = true
                statements.append(.match(Match(.owner, m.value, negated: m.negated)))
            case .update(var update) where update.key == .skuid:
                keyed = true
                update.key = .owner
                statements.append(.update(update))
            case .verdict(.accept), .queue:
                return nil
            case .match(let m) where m.key == .owner:
                return nil  // compares the packet's owner with the connection's: owned packets only
            default:
                statements.append(statement)
            }
        }
        guard keyed else { return nil }
        var twin = rule
        twin.statements = statements
        return twin
    }

    /// Host mode with users sets' allows: a packet with an owner, going the way its connection was
    /// opened, is dropped before the replies accept when the connection's recorded owner is in a
    /// users set that admits something and the packet's own uid is not in that set. Conntrack keys a
    /// connection on addresses and ports, not sockets: another account's socket bound to the same
    /// ones (a UDP socket after the owner's closed, while the entry lives) would otherwise send on
    /// the owner's admitted connection, and reach what only the owner's set may. An account in every
    /// set the owner is in could have opened the connection itself, so it is not stopped.
    func ridersOfUsersConnections() -> [Rule] {
        var sets: [String] = []
        for allow in policy.allows {
            if case .users(let set) = sourceMatch(allow.sources), !sets.contains(set) { sets.append(set) }
        }
        return sets.map { set in
            Rule([.match(Match(.ctState, .ctState([.established, .related]))),
                  .match(Match(.ctDirection, .ctDirection(.original))),
                  .match(Match(.owner, .set(set))), Self.userStatement(set, negated: true),
                  .counter(name: KernelNames.deniedCounter), .verdict(.drop)])
        }
    }

    /// Host mode with users sets: the rule that records each connection's owner, once, from its
    /// first packet that has one.
    func ownerRecording(_ containment: ContainmentBinding) -> [Rule] {
        containment.blockedUsers == nil ? [] : [Rule([.recordOwner])]
    }
}
