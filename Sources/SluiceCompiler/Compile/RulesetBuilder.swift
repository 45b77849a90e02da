import SluiceLanguage

/// Accumulates the objects of one compilation in the order they are first needed, so the output
/// is deterministic; sets are deduplicated by name.
final class RulesetBuilder {
    let policy: Policy
    let table: String
    /// Where logged packets go, and their prefixes.
    let log: PacketLogChannels
    /// The conntrack mark bits of the replies accept.
    let marks: ConnectionMarks
    private(set) var sets: [NFTSet] = []
    private var setIndex: [String: Int] = [:]
    var quotas: [QuotaObject] = []
    var counters: [CounterObject] = []
    var chains: [Chain] = []
    /// The `ip`/`ip6` tables beside the `inet` one (the DNS answer queue).
    var familyTables: [FamilyTable] = []
    var bindings: [QuotaBinding] = []
    var diagnostics: [Diagnostic] = []
    /// The `audit` statements once `auditBinding()` has run, and the addresses they cover.
    var audit: AuditBinding?
    var auditedRanges: [AddressRange] = []
    /// The policy statement being compiled, for diagnostics raised deep inside.
    var currentLocation: SourceLocation?
    private var usedQuotaIDs: Set<String> = []
    /// Matches already built, by selector: a policy of 100,000 allows names far fewer distinct
    /// selectors, and rebuilding (normalizing addresses, naming sets) per allow dominated compiling.
    var sourceMatches: [SourceSelector: SourceMatch] = [:]
    var targetMatches: [TargetSelector: TargetMatch] = [:]
    var portClauseCache: [PortSelector: [PortClause]] = [:]
    private var relativeFiles: [String: String] = [:]

    /// Definitions by name: the policy's own lookups are linear, and a policy with 1,000 groups
    /// asks for them thousands of times.
    let groupsByName: [String: Group]
    let destinationsByName: [String: Destination]
    let servicesByName: [String: Service]
    /// The users sets resolved on this machine.
    let users: UserResolution

    init(policy: Policy, table: String, users: UserResolution = UserResolution()) {
        self.policy = policy
        self.table = table
        self.users = users
        diagnostics = users.diagnostics
        marks = ConnectionMarks(table: table)
        log = PacketLogChannels(table: table, logsDenied: policy.logDenied != nil, audits: !policy.auditedGroups.isEmpty)
        groupsByName = Dictionary(policy.groups.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        destinationsByName = Dictionary(policy.destinations.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        servicesByName = Dictionary(policy.services.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        // Sized once for the worst case (every allow distinct): growing them a doubling at a time
        // rehashed every key and was a twentieth of compiling 100,000 allows.
        let allows = policy.allows.count
        sourceMatches.reserveCapacity(allows)
        targetMatches.reserveCapacity(allows)
        portClauseCache.reserveCapacity(allows)
        setIndex.reserveCapacity(2 * allows)
    }

    /// Adds a set and returns its name. The same set asked for twice is added once. A different
    /// set under a name already taken gets the first free `NAME_2`, `NAME_3`, ...: names derive
    /// from policy names and 32-bit hashes of literals, and two lists that hash alike (or a
    /// destination named like a hash, or a users set named like a group's family set) must never
    /// share one set, which would let one rule reach the other's addresses.
    @discardableResult
    func addSet(_ set: NFTSet) -> String {
        var set = set
        set.comment = set.comment.map(KernelComment.clipEnd)
        let base = set.name
        var n = 2
        while let taken = setIndex[set.name] {
            if Self.sameContents(sets[taken], set) { return set.name }
            set.name = "\(base)_\(n)"
            n += 1
        }
        setIndex[set.name] = sets.count
        sets.append(set)
        return set.name
    }

    /// Whether two sets hold and do the same, whatever their comments say.
    private static func sameContents(_ a: NFTSet, _ b: NFTSet) -> Bool {
        var b = b
        b.name = a.name
        b.comment = a.comment
        return a == b
    }

    /// The set with this name, if added.
    func set(named name: String) -> NFTSet? { setIndex[name].map { sets[$0] } }

    /// An interval set of addresses of one family, or nil when there are none.
    func addressSet(_ baseName: String, family: AddressFamily, ranges: [AddressRange], comment: String) -> String? {
        let inFamily = AddressRange.normalize(ranges.filter { $0.family == family })
        guard !inFamily.isEmpty else { return nil }
        return addSet(NFTSet(name: baseName + KernelNames.suffix(family),
                             keyType: family == .ipv4 ? .ipv4Addr : .ipv6Addr,
                             flags: .interval,
                             elements: inFamily.map { SetElement(.address($0)) },
                             comment: comment))
    }

    /// `FILE:LINE` for kernel comments, with FILE relative to the root policy's directory.
    func place(_ location: SourceLocation) -> String {
        relativeFile(location.file) + ":\(location.line)"
    }

    /// Memoized per file: every rule's comment names its file, a policy has few files, and
    /// normalizing the path again for each of 100,000 rules was a tenth of a large compile.
    private func relativeFile(_ file: String) -> String {
        if let known = relativeFiles[file] { return known }
        let relative = KernelNames.relativeFile(file, root: policy.sources.first?.path ?? policy.location.file)
        relativeFiles[file] = relative
        return relative
    }

    /// A quota id not used before in this compilation: `base`, then `base_2`, `base_3`...
    func uniqueQuotaID(_ base: String) -> String {
        var id = base
        var n = 2
        while usedQuotaIDs.contains(id) {
            id = "\(base)_\(n)"
            n += 1
        }
        usedQuotaIDs.insert(id)
        return id
    }

    /// Appends a chain, or rules to an existing chain of that name.
    func append(_ rules: [Rule], to chainName: String) {
        if let i = chains.firstIndex(where: { $0.name == chainName }) {
            chains[i].rules += rules
        } else {
            chains.append(Chain(name: chainName, rules: rules))
        }
    }

    /// The finished ruleset.
    var ruleset: Ruleset {
        // Rule comments name the policy line relative to the root, like every other comment.
        let placed = chains.map { chain in
            var chain = chain
            chain.rules = chain.rules.map { rule in
                var rule = rule
                if let origin = rule.origin { rule.comment = KernelComment.clipStart(place(origin)) }
                return rule
            }
            return chain
        }
        return Ruleset(table: table, sets: sets, quotas: quotas, counters: counters, chains: placed, familyTables: familyTables)
    }
}
