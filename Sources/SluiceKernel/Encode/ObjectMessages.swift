import SluiceCompiler

/// NEWOBJ/DELOBJ messages and object dumps for named quotas and counters.
enum ObjectMessages {
    /// A named object read from the kernel.
    enum Object {
        case quota(QuotaObject, depleted: Bool)
        case counter(CounterObject)
    }

    private static func userData(_ comment: String?) -> [UInt8]? {
        guard let comment else { return nil }
        var u = UserData()
        u.putString(UserData.objComment, comment)
        return u.bytes
    }

    /// Appends `add quota`. With `exclusive: false` on an existing quota this is the kernel's
    /// update path: limit and flags change, consumed bytes stay (the consumed value sent is then
    /// ignored).
    static func add(_ quota: QuotaObject, table: String, exclusive: Bool, operation: String = "add quota",
                    to batch: inout KernelBatch) throws {
        if let comment = quota.comment, comment.utf8.count > 127 {
            throw KernelError.unsupported("quota \(quota.name): comment longer than 127 bytes")
        }
        guard quota.bytes > 0 else { throw KernelError.unsupported("quota \(quota.name) of 0 bytes") }
        let flags = NetlinkConstants.flagCreate | (exclusive ? NetlinkConstants.flagExclusive : 0)
        batch.message(NFT.newObj, flags: flags, entry: BatchEntry(operation, .init(.quota, quota.name))) { w in
            w.putString(NFT.objTable, table)
            w.putString(NFT.objName, quota.name)
            w.putBE32(NFT.objType, NFT.objectQuota)
            let data = w.beginNest(NFT.objData)
            w.putBE64(NFT.quotaBytes, quota.bytes)
            // The kernel refuses consumed > quota.
            w.putBE64(NFT.quotaConsumed, min(quota.used, quota.bytes))
            w.putBE32(NFT.quotaFlags, quota.over ? NFT.quotaFlagInvert : 0)
            w.endNest(data)
            if let u = userData(quota.comment) { w.put(NFT.objUserdata, u) }
        }
    }

    /// Appends `add counter` with its values (a new counter starts from them); `exclusive` makes
    /// the kernel refuse it when the counter exists, instead of silently keeping the old values.
    static func add(_ counter: CounterObject, table: String, exclusive: Bool = true, to batch: inout KernelBatch) throws {
        if let comment = counter.comment, comment.utf8.count > 127 {
            throw KernelError.unsupported("counter \(counter.name): comment longer than 127 bytes")
        }
        let flags = NetlinkConstants.flagCreate | (exclusive ? NetlinkConstants.flagExclusive : 0)
        batch.message(NFT.newObj, flags: flags, entry: BatchEntry("add counter", .init(.counter, counter.name))) { w in
            w.putString(NFT.objTable, table)
            w.putString(NFT.objName, counter.name)
            w.putBE32(NFT.objType, NFT.objectCounter)
            let data = w.beginNest(NFT.objData)
            w.putBE64(NFT.counterBytes, counter.value.bytes)
            w.putBE64(NFT.counterPackets, counter.value.packets)
            w.endNest(data)
            if let u = userData(counter.comment) { w.put(NFT.objUserdata, u) }
        }
    }

    /// Appends `delete quota` / `delete counter`.
    static func delete(_ kind: KernelObjectRef.Kind, _ name: String, table: String, to batch: inout KernelBatch) {
        let type = kind == .quota ? NFT.objectQuota : NFT.objectCounter
        batch.message(NFT.delObj, entry: BatchEntry("delete \(kind.rawValue)", .init(kind, name))) { w in
            w.putString(NFT.objTable, table)
            w.putString(NFT.objName, name)
            w.putBE32(NFT.objType, type)
        }
    }

    /// A dumped object of `table`; nil for other tables and other object types.
    static func decode(_ message: NetlinkMessage, table: String) -> Object? {
        let t = message.attributes.table(max: 12)
        guard t[Int(NFT.objTable)]?.string == table, let name = t[Int(NFT.objName)]?.string,
              let type = t[Int(NFT.objType)]?.be32, let data = t[Int(NFT.objData)] else { return nil }
        let comment = t[Int(NFT.objUserdata)].flatMap { UserData($0.value).string(UserData.objComment) }
        let d = data.nested.table(max: 8)
        switch type {
        case NFT.objectQuota:
            let flags = d[Int(NFT.quotaFlags)]?.be32 ?? 0
            let quota = QuotaObject(name: name, bytes: d[Int(NFT.quotaBytes)]?.be64 ?? 0,
                                    over: flags & NFT.quotaFlagInvert != 0,
                                    used: d[Int(NFT.quotaConsumed)]?.be64 ?? 0, comment: comment)
            return .quota(quota, depleted: flags & NFT.quotaFlagDepleted != 0)
        case NFT.objectCounter:
            return .counter(CounterObject(name: name,
                                          value: CounterState(packets: d[Int(NFT.counterPackets)]?.be64 ?? 0,
                                                              bytes: d[Int(NFT.counterBytes)]?.be64 ?? 0),
                                          comment: comment))
        default:
            return nil
        }
    }
}
