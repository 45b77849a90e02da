import Glibc
import SluiceCompiler
import SluiceLanguage

extension NetfilterConnection {
    /// Reads table `inet NAME` back into a `Ruleset`, or nil when it does not exist: sets with their
    /// elements (intervals as ranges, timeouts, expiry, per-element quota used and counters,
    /// comments), quota and counter objects with their values, chains with hooks, and rules as
    /// statements. A rule that does not decode into Sluice's statements is kept as
    /// `Rule.undecodable(_:)`, never dropped. Sets and chains come in the kernel's order (creation
    /// order).
    ///
    /// The dumps are retried when a transaction commits while they run, so the result is one
    /// generation's picture (runtime values such as counters keep moving regardless).
    public func readTable(_ name: String) throws -> Ruleset? {
        try consistently("read table inet \(name)") {
            guard try tableInfo(name) != nil else { return nil }
            var ruleset = try structure(of: name)
            for i in ruleset.sets.indices {
                ruleset.sets[i].elements = try elements(table: name, of: ruleset.sets[i])
            }
            ruleset.familyTables = try familyTables(of: name).compactMap { $0.isMarked ? $0.table : nil }
            return ruleset
        }
    }

    /// The table's sets without elements, its quota and counter objects, and its chains with
    /// their rules; the caller makes the reads one generation's picture (`consistently`).
    func structure(of table: String) throws -> Ruleset {
        var r = Ruleset(table: table)
        r.sets = try setDefinitions(table: table).map(\.set)
        for object in try objects(table: table) {
            switch object {
            case .quota(let q, _): r.quotas.append(q)
            case .counter(let c): r.counters.append(c)
            }
        }
        r.chains = try chains(table: table, withRules: true)
        return r
    }

    /// The inet tables of this network namespace that Sluice created (`TableMark`), by name.
    public func markedTables() throws -> [String] {
        try consistently("list the tables") {
            var names: [String] = []
            try request(NFT.getTable, family: NFT.familyINet, dump: true, operation: "list the tables") { message in
                if let (name, info) = TableMessages.decodeAny(message), info.isMarked { names.append(name) }
            }
            return names.sorted()
        }
    }

    /// Whether table `name` (inet) exists, whoever made it.
    public func tableExists(_ name: String) throws -> Bool {
        try consistently("look for table inet \(name)") { try tableInfo(name) != nil }
    }

    /// Reads one set with its elements.
    public func readSet(table: String, name: String) throws -> NFTSet {
        try consistently("read set \(name) of table inet \(table)") {
            guard let set = try setDefinitions(table: table).first(where: { $0.set.name == name })?.set else {
                throw KernelError.noSuchSet(table: table, set: name)
            }
            var full = set
            full.elements = try elements(table: table, of: set)
            return full
        }
    }

    /// Runs `body` until no transaction commits while it runs. Busy hosts commit in bursts (a
    /// container starting, fail2ban banning a subnet): a few tries at once, then with pauses
    /// growing to 100 ms, until `budget` is spent. A read changes nothing, so trying again is
    /// always safe.
    func consistently<T>(_ operation: String, budget: Duration = .seconds(5), _ body: () throws -> T) throws -> T {
        let deadline = ContinuousClock.now + budget
        var pause: UInt32 = 1_000
        var attempts = 0
        while true {
            attempts += 1
            let before = try generation()
            do {
                let result = try body()
                if try generation() == before { return result }
            } catch KernelError.inconsistentDump {
                // Interrupted by a commit: as when the generation moved.
            }
            guard ContinuousClock.now < deadline else { throw KernelError.inconsistentDump(operation: operation) }
            if attempts >= 5 {
                usleep(pause)
                pause = min(pause * 2, 100_000)
            }
        }
    }

    /// The table's handle and user data, or nil when it does not exist.
    func tableInfo(_ name: String, family: AddressFamily? = nil) throws -> TableMessages.Info? {
        var info: TableMessages.Info?
        do {
            try request(NFT.getTable, family: FamilyTableMessages.family(family), operation: "read table \(family.map(FamilyTable.keyword) ?? "inet") \(name)",
                        build: { $0.putString(NFT.tableName, name) }) { message in
                if let i = TableMessages.decode(message, name: name) { info = i }
            }
        } catch KernelError.system(_, ENOENT) {
            return nil
        }
        return info
    }

    /// The table's sets without elements, with their kernel handles.
    func setDefinitions(table: String) throws -> [(set: NFTSet, handle: UInt64)] {
        var out: [(NFTSet, UInt64)] = []
        var failure: Error?
        try request(NFT.getSet, family: NFT.familyINet, dump: true, operation: "list the sets of table inet \(table)",
                    build: { $0.putString(NFT.setTable, table) }) { message in
            do {
                if let decoded = try SetMessages.decode(message, table: table) { out.append(decoded) }
            } catch {
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
        return out
    }

    /// The elements of a set (GETSETELEM dump), or with `reset` read and reset in one step
    /// (GETSETELEM_RESET, kernel 6.5): each element's counter and quota lose exactly what was read.
    func elements(table: String, of set: NFTSet, reset: Bool = false) throws -> [SetElement] {
        var raw: [ElementMessages.RawElement] = []
        let operation = "\(reset ? "read and reset" : "read") the elements of set \(set.name) in table inet \(table)"
        do {
            try request(reset ? NFT.getSetElemReset : NFT.getSetElem, family: NFT.familyINet, dump: true,
                        operation: operation,
                        build: { w in
                            w.putString(NFT.elemListTable, table)
                            w.putString(NFT.elemListSet, set.name)
                        }) { message in
                ElementMessages.decode(message, into: &raw)
            }
        } catch KernelError.system(_, ENOENT) {
            throw KernelError.noSuchSet(table: table, set: set.name)
        }
        return try ElementMessages.assemble(raw, of: set)
    }

    /// The table's quota and counter objects; with `reset`, read and reset (GETOBJ_RESET).
    /// `name` limits the read to one object.
    func objects(table: String, name: String? = nil, type: UInt32? = nil, reset: Bool = false) throws -> [ObjectMessages.Object] {
        var out: [ObjectMessages.Object] = []
        let operation = "\(reset ? "read and reset" : "read") the objects of table inet \(table)"
        do {
            try request(reset ? NFT.getObjReset : NFT.getObj, family: NFT.familyINet, dump: name == nil,
                        operation: operation,
                        build: { w in
                            w.putString(NFT.objTable, table)
                            if let name { w.putString(NFT.objName, name) }
                            if let type { w.putBE32(NFT.objType, type) }
                        }) { message in
                if let object = ObjectMessages.decode(message, table: table) { out.append(object) }
            }
        } catch KernelError.system(_, ENOENT) where name != nil {
            throw KernelError.noSuchObject(table: table, name: name ?? "")
        }
        return out
    }

    /// The table's chains, with their rules decoded when `withRules`.
    func chains(table: String, family: AddressFamily? = nil, withRules: Bool) throws -> [Chain] {
        var chains: [Chain] = []
        var failure: Error?
        try request(NFT.getChain, family: FamilyTableMessages.family(family), dump: true,
                    operation: "list the chains of table \(family.map(FamilyTable.keyword) ?? "inet") \(table)",
                    build: { $0.putString(NFT.chainTable, table) }) { message in
            do {
                if let chain = try ChainMessages.decode(message, table: table) { chains.append(chain) }
            } catch {
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
        guard withRules else { return chains }
        var index: [String: Int] = [:]
        for (i, c) in chains.enumerated() { index[c.name] = i }
        for dumped in try rules(table: table, family: family) {
            guard let i = index[dumped.chain] else { continue }
            chains[i].rules.append(RuleMessages.rule(from: dumped, family: family))
        }
        return chains
    }

    /// The table's rules as dumped, in chain order.
    func rules(table: String, family: AddressFamily? = nil) throws -> [RuleMessages.Dumped] {
        var out: [RuleMessages.Dumped] = []
        try request(NFT.getRule, family: FamilyTableMessages.family(family), dump: true,
                    operation: "list the rules of table \(family.map(FamilyTable.keyword) ?? "inet") \(table)",
                    build: { $0.putString(NFT.ruleTable, table) }) { message in
            if let rule = RuleMessages.decode(message, table: table) { out.append(rule) }
        }
        return out
    }
}
