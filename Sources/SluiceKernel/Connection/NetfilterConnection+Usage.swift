import Glibc
import SluiceCompiler

extension NetfilterConnection {
    /// The usage of every element of a per-host (per-user) set, in the kernel's order: what the
    /// watcher's sweep needs of `readSet`, read without building `SetElement`s or sorting them.
    /// One generation's picture, as `readSet` is.
    public func hostUsage(table: String, set name: String) throws -> [HostUsage] {
        try consistently("read set \(name) of table inet \(table)") {
            let keyType = try setKeyType(table: table, set: name)
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

    /// One set's key type, from its definition alone (GETSET of that set, not a dump of all).
    private func setKeyType(table: String, set name: String) throws -> SetKeyType {
        var found: SetKeyType?
        var failure: Error?
        do {
            try request(NFT.getSet, family: NFT.familyINet, operation: "read set \(name) of table inet \(table)",
                        build: { w in
                            w.putString(NFT.setTable, table)
                            w.putString(NFT.setName, name)
                        }) { message in
                do {
                    if let decoded = try SetMessages.decode(message, table: table), decoded.set.name == name {
                        found = decoded.set.keyType
                    }
                } catch {
                    failure = failure ?? error
                }
            }
        } catch KernelError.system(_, ENOENT) {
            throw KernelError.noSuchSet(table: table, set: name)
        }
        if let failure { throw failure }
        guard let found else { throw KernelError.noSuchSet(table: table, set: name) }
        return found
    }
}
