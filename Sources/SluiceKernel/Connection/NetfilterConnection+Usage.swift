import Glibc
import SluiceCompiler

extension NetfilterConnection {
    /// The usage of every element of a per-host (per-user) set, in the kernel's order: what the
    /// watcher's sweep needs of `readSet`, read without building `SetElement`s or sorting them.
    /// One generation's picture, as `readSet` is.
    public func hostUsage(table: String, set name: String) throws -> [HostUsage] {
        try consistently("read set \(name) of table inet \(table)") {
            // One set's definition (GETSET of that set, not a dump of all), for its key type.
            let keyType = try setDefinition(table: table, name: name).keyType
            var out: [HostUsage] = []
            do {
                try request(NFT.getSetElem, family: NFT.familyINet, dump: true,
                            operation: "read the elements of set \(name) in table inet \(table)",
                            build: { w in
                                w.putString(NFT.elemListTable, table)
                                w.putString(NFT.elemListSet, name)
                            }) { message in
                    ElementMessages.decodeUsage(message, keyType: keyType, into: &out)
                }
            } catch KernelError.system(_, ENOENT) {
                throw KernelError.noSuchSet(table: table, set: name)
            }
            return out
        }
    }
}
