import SluiceCompiler

extension ApplyPlan {
    /// Appends the plan's operations to a batch, in order. Sets created in the transaction get
    /// NFTA_SET_ID numbers that rules and element lists refer to, as nft does.
    func append(to batch: inout KernelBatch, elements encoder: ElementEncoder = .production) throws {
        var setIDs: [String: UInt32] = [:]
        var nextID: UInt32 = 1
        func definition(_ name: String) throws -> NFTSet {
            guard let d = definitions[name] else {
                throw KernelError.unsupported("internal: no definition of set \(name) in the plan")
            }
            return d
        }
        if let replacedTable { TableMessages.delete(table, handle: replacedTable, to: &batch) }
        for operation in operations {
            switch operation {
            case .addTable(let name):
                TableMessages.add(name, to: &batch)
            case .flushChain(let name):
                ChainMessages.flush(name, table: table, to: &batch)
            case .deleteChain(let name):
                ChainMessages.delete(name, table: table, to: &batch)
            case .deleteSet(let name):
                SetMessages.delete(name, table: table, to: &batch)
            case .deleteQuota(let name):
                ObjectMessages.delete(.quota, name, table: table, to: &batch)
            case .deleteCounter(let name):
                ObjectMessages.delete(.counter, name, table: table, to: &batch)
            case .deleteElements(let set, let elements):
                try encoder.append(.delete, elements, of: definition(set), table: table, setID: nil,
                                   firstSegment: false, to: &batch)
            case .addSet(let set):
                setIDs[set.name] = nextID
                try SetMessages.add(set, table: table, id: nextID, to: &batch)
                nextID += 1
            case .addElements(let set, let elements, let initial):
                try encoder.append(.add, elements, of: definition(set), table: table, setID: setIDs[set],
                                   firstSegment: initial, to: &batch)
            case .addQuota(let quota):
                try ObjectMessages.add(quota, table: table, exclusive: true, to: &batch)
            case .updateQuota(let quota):
                try ObjectMessages.add(quota, table: table, exclusive: false, operation: "update quota", to: &batch)
            case .addCounter(let counter):
                try ObjectMessages.add(counter, table: table, to: &batch)
            case .addChain(let chain):
                ChainMessages.add(chain, table: table, to: &batch)
            case .updateChain(let chain):
                ChainMessages.add(chain, table: table, operation: "update chain", to: &batch)
            case .addRule(let chain, let rule):
                try RuleMessages.add(rule, expressions: RuleLinearizer.linearize(rule), chain: chain, table: table,
                                     setIDs: setIDs, to: &batch)
            case .addFamilyTable(let familyTable):
                try FamilyTableMessages.add(familyTable, name: table, to: &batch)
            case .replaceFamilyTable(let familyTable):
                FamilyTableMessages.delete(familyTable.family, name: table, to: &batch)
                try FamilyTableMessages.add(familyTable, name: table, to: &batch)
            case .deleteFamilyTable(let family):
                FamilyTableMessages.delete(family, name: table, to: &batch)
            }
        }
    }

    /// The bytes the apply would send (sequence numbers from 1), for inspection and benchmarks;
    /// `elements` picks the element encoder.
    public func encodedTransaction(expectedGeneration: UInt32? = nil, dryRun: Bool = false,
                                   elements encoder: ElementEncoder = .production) throws -> [UInt8] {
        var batch = KernelBatch(firstSequence: 1, generation: expectedGeneration, capacity: capacityHint)
        try append(to: &batch, elements: encoder)
        batch.finish(commit: !dryRun)
        return batch.writer.bytes
    }

    /// Builds the transaction in memory and throws it away, returning its size: what building it
    /// costs, without the copy `encodedTransaction` makes (benchmarks).
    public func buildTransaction(elements encoder: ElementEncoder) throws -> Int {
        var batch = KernelBatch(firstSequence: 1, generation: nil, capacity: capacityHint)
        try append(to: &batch, elements: encoder)
        batch.finish(commit: true)
        return batch.byteCount
    }

    /// A first guess of the transaction's size, so the buffer rarely grows.
    var capacityHint: Int {
        var n = 4096
        for operation in operations {
            switch operation {
            case .addElements(_, let elements, _), .deleteElements(_, let elements): n += elements.count * 48
            default: n += 256
            }
        }
        return n
    }
}
