import SluiceCompiler

/// NEWSET messages and set dumps, with the attributes and user data nft 1.0.6 uses, so `nft list`
/// prints Sluice's sets exactly as it prints its own.
enum SetMessages {
    /// nft's datatype numbers (`enum datatypes` in nftables' datatype.h), as the kernel stores them
    /// in NFTA_SET_KEY_TYPE, and the byte order nft records in the set's user data.
    static func kernelType(_ type: SetKeyType) -> (type: UInt32, byteOrder: UInt32) {
        // byte order: 0 invalid (nft's integer subtypes of one byte), 1 host, 2 big-endian
        switch type {
        case .nfproto: (2, 0)
        case .ipv4Addr: (7, 2)
        case .ipv6Addr: (8, 2)
        case .inetProto: (12, 0)
        case .inetService: (13, 2)
        case .ifname: (41, 1)
        case .uid: (24, 1)
        }
    }

    static func keyType(kernelType: UInt32, length: UInt32) -> SetKeyType? {
        let all: [SetKeyType] = [.nfproto, .ipv4Addr, .ipv6Addr, .inetProto, .inetService, .ifname, .uid]
        return all.first { self.kernelType($0).type == kernelType && UInt32($0.length) == length }
    }

    /// The kernel flags of a set: `timeout` is implied by a default timeout, as nft implies it.
    static func flags(_ set: NFTSet) -> UInt32 {
        var f: UInt32 = 0
        if set.flags.contains(.interval) { f |= NFT.setFlagInterval }
        if set.flags.contains(.timeout) || set.timeout != nil { f |= NFT.setFlagTimeout }
        if set.flags.contains(.dynamic) { f |= NFT.setFlagEval }
        return f
    }

    /// Checks what the kernel would take differently from what the model says.
    static func validate(_ set: NFTSet) throws {
        if set.flags.contains(.interval) && !ElementCodec.supportsIntervals(set.keyType) {
            throw KernelError.unsupported("set \(set.name): interval sets of type \(set.keyType.rawValue)")
        }
        if set.stateful != nil && !set.flags.contains(.dynamic) {
            throw KernelError.unsupported("set \(set.name): a per-element quota or counter needs `flags dynamic`")
        }
        if set.flags.contains(.interval) && set.flags.contains(.dynamic) {
            throw KernelError.unsupported("set \(set.name): dynamic interval sets")
        }
        if let comment = set.comment, comment.utf8.count > 127 {
            throw KernelError.unsupported("set \(set.name): comment longer than 127 bytes")
        }
    }

    static func userData(_ set: NFTSet) -> UserData {
        var u = UserData()
        u.putU32(UserData.setKeyByteOrder, kernelType(set.keyType).byteOrder)
        if let comment = set.comment { u.putString(UserData.setComment, comment) }
        return u
    }

    /// Appends `add set` (NLM_F_CREATE, no NLM_F_EXCL: as `nft -f` does for a table block).
    static func add(_ set: NFTSet, table: String, id: UInt32, to batch: inout KernelBatch) throws {
        try validate(set)
        let kernel = kernelType(set.keyType)
        batch.message(NFT.newSet, flags: NetlinkConstants.flagCreate, entry: BatchEntry("add set", .init(.set, set.name))) { w in
            w.putString(NFT.setTable, table)
            w.putString(NFT.setName, set.name)
            w.putBE32(NFT.setFlags, flags(set))
            w.putBE32(NFT.setKeyType, kernel.type)
            w.putBE32(NFT.setKeyLen, UInt32(set.keyType.length))
            w.putBE32(NFT.setID, id)
            if let size = set.size {
                let desc = w.beginNest(NFT.setDesc)
                w.putBE32(NFT.setDescSize, size)
                w.endNest(desc)
            }
            if let timeout = set.timeout { w.putBE64(NFT.setTimeout, timeout) }
            w.put(NFT.setUserdata, userData(set).bytes)
            if let stateful = set.stateful {
                let nest = w.beginNest(NFT.setExpr)
                StatefulExpression(template: stateful).encodeBody(into: &w)
                w.endNest(nest)
            }
        }
    }

    /// Appends `delete set`.
    static func delete(_ name: String, table: String, to batch: inout KernelBatch) {
        batch.message(NFT.delSet, entry: BatchEntry("delete set", .init(.set, name))) { w in
            w.putString(NFT.setTable, table)
            w.putString(NFT.setName, name)
        }
    }

    /// A dumped set, without its elements; throws for sets Sluice never makes (maps, concatenations,
    /// other key types), which it will not pretend to understand.
    static func decode(_ message: NetlinkMessage, table: String) throws -> (set: NFTSet, handle: UInt64)? {
        let t = message.attributes.table(max: 20)
        guard t[Int(NFT.setTable)]?.string == table, let name = t[Int(NFT.setName)]?.string else { return nil }
        let flags = t[Int(NFT.setFlags)]?.be32 ?? 0
        let known = NFT.setFlagInterval | NFT.setFlagTimeout | NFT.setFlagEval
        guard flags & ~known == 0,
              let keyType = keyType(kernelType: t[Int(NFT.setKeyType)]?.be32 ?? 0,
                                    length: t[Int(NFT.setKeyLen)]?.be32 ?? 0) else {
            throw KernelError.unsupported("set \(name) in table \(table) is a kind Sluice never creates (flags \(flags))")
        }
        var set = NFTSet(name: name, keyType: keyType)
        if flags & NFT.setFlagInterval != 0 { set.flags.insert(.interval) }
        if flags & NFT.setFlagTimeout != 0 { set.flags.insert(.timeout) }
        if flags & NFT.setFlagEval != 0 { set.flags.insert(.dynamic) }
        if let desc = t[Int(NFT.setDesc)] {
            for a in desc.nested where a.type == NFT.setDescSize { set.size = a.be32 }
        }
        if let timeout = t[Int(NFT.setTimeout)]?.be64, timeout > 0 { set.timeout = timeout }
        if let u = t[Int(NFT.setUserdata)] { set.comment = UserData(u.value).string(UserData.setComment) }
        var statefuls: [StatefulExpression] = []
        if let e = t[Int(NFT.setExpr)] { statefuls.append(StatefulExpression(body: e.value)) }
        if let list = t[Int(NFT.setExpressions)] {
            for element in list.nested { statefuls.append(StatefulExpression(body: element.value)) }
        }
        if statefuls.count > 1 {
            throw KernelError.unsupported("set \(name) in table \(table) has \(statefuls.count) stateful expressions")
        }
        if let s = statefuls.first {
            guard let template = s.template else {
                throw KernelError.unsupported("set \(name) in table \(table) has a stateful expression Sluice never creates")
            }
            set.stateful = template
        }
        // Elements of dynamic and timeout sets come and go at runtime (the packet path, the
        // watcher); the kernel keeps no record of the model's flag, so it is inferred.
        set.runtimeElements = set.flags.contains(.dynamic) || set.flags.contains(.timeout)
        let handle = t[Int(NFT.setHandle)]?.be64 ?? 0
        return (set, handle)
    }
}
