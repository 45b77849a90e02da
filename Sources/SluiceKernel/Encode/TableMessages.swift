import CNetfilter

/// NEWTABLE/DELTABLE messages and table reads.
enum TableMessages {
    /// What the kernel says about a table.
    struct Info {
        var handle: UInt64
        var userData: [UInt8]
        var flags: UInt32 = 0

        /// A dormant table is in the kernel but filters nothing.
        var isDormant: Bool { flags & UInt32(NFT_TABLE_F_DORMANT.rawValue) != 0 }

        /// Whether Sluice created the table (see `TableMark`).
        var isMarked: Bool { TableMark.isMarked(userData) }
    }

    /// Appends `add table` (NLM_F_CREATE: a no-op when it exists) with Sluice's mark, which the
    /// kernel keeps only when this message creates the table.
    static func add(_ name: String, family: UInt8 = NFT.familyINet, to batch: inout KernelBatch) {
        batch.message(NFT.newTable, flags: NetlinkConstants.flagCreate, family: family,
                      entry: BatchEntry("add table", .init(.table, name))) { w in
            w.putString(NFT.tableName, name)
            w.putBE32(NFT.tableFlags, 0)
            w.put(NFT.tableUserdata, TableMark.userData)
        }
    }

    /// Appends `delete table` of the table with `handle`: if the name has come to stand for
    /// another table since it was read, the kernel refuses (ENOENT) rather than delete that one.
    /// The name goes along too: a DELTABLE with neither would flush the whole family.
    static func delete(_ name: String, handle: UInt64, family: UInt8 = NFT.familyINet, to batch: inout KernelBatch) {
        batch.message(NFT.delTable, family: family, entry: BatchEntry("delete table", .init(.table, name))) { w in
            w.putString(NFT.tableName, name)
            w.putBE64(NFT.tableHandle, handle)
        }
    }

    /// The name of the table a message describes, with what the kernel says about it.
    static func decodeAny(_ message: NetlinkMessage) -> (name: String, info: Info)? {
        let t = message.attributes.table(max: 10)
        guard let name = t[Int(NFT.tableName)]?.string else { return nil }
        return decode(message, name: name).map { (name, $0) }
    }

    static func decode(_ message: NetlinkMessage, name: String) -> Info? {
        let t = message.attributes.table(max: 10)
        guard t[Int(NFT.tableName)]?.string == name else { return nil }
        return Info(handle: t[Int(NFT.tableHandle)]?.be64 ?? 0, userData: t[Int(NFT.tableUserdata)].map { Array($0.value) } ?? [],
                    flags: t[Int(NFT.tableFlags)]?.be32 ?? 0)
    }
}
