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
    }

    /// Appends `add table` (NLM_F_CREATE: a no-op when it exists).
    static func add(_ name: String, userData: [UInt8]? = nil, to batch: inout KernelBatch) {
        batch.message(NFT.newTable, flags: NetlinkConstants.flagCreate, entry: BatchEntry("add table", .init(.table, name))) { w in
            w.putString(NFT.tableName, name)
            w.putBE32(NFT.tableFlags, 0)
            if let userData { w.put(NFT.tableUserdata, userData) }
        }
    }

    /// Appends `delete table` (a rollback to "no Sluice table").
    static func delete(_ name: String, to batch: inout KernelBatch) {
        batch.message(NFT.delTable, entry: BatchEntry("delete table", .init(.table, name))) { w in
            w.putString(NFT.tableName, name)
        }
    }

    static func decode(_ message: NetlinkMessage, name: String) -> Info? {
        let t = message.attributes.table(max: 10)
        guard t[Int(NFT.tableName)]?.string == name else { return nil }
        return Info(handle: t[Int(NFT.tableHandle)]?.be64 ?? 0, userData: t[Int(NFT.tableUserdata)].map { Array($0.value) } ?? [],
                    flags: t[Int(NFT.tableFlags)]?.be32 ?? 0)
    }
}
