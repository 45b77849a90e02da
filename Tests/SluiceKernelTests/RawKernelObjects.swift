@testable import SluiceKernel

/// The kernel's own encoding of a table's objects, without handles and use counts, so two tables
/// loaded different ways can be compared byte for byte (set user data, element flags, the
/// leading zero element of interval sets, expression attributes).
enum RawKernelObjects {
    static let dropped: [UInt16: Set<UInt16>] = [
        NFT.getSet: [NFT.setHandle],
        NFT.getObj: [NFT.objHandle, 6 /* NFTA_OBJ_USE */],
        NFT.getChain: [NFT.chainHandle, 8 /* NFTA_CHAIN_USE */],
        NFT.getRule: [NFT.ruleHandle, 6 /* NFTA_RULE_POSITION */],
    ]

    static func dump(_ connection: NetfilterConnection, table: String) throws -> [String] {
        var out: [String] = []
        for (type, tableAttribute) in [(NFT.getSet, NFT.setTable), (NFT.getObj, NFT.objTable),
                                       (NFT.getChain, NFT.chainTable), (NFT.getRule, NFT.ruleTable)] {
            try connection.request(type, family: NFT.familyINet, dump: true, operation: "raw dump",
                                   build: { $0.putString(tableAttribute, table) }) { message in
                let kept = message.attributes.filter { !(dropped[type]?.contains($0.type) ?? false) }
                out.append("\(type): " + kept.map { "\($0.type)=\(hex($0.value))" }.joined(separator: " "))
            }
        }
        for (set, _) in try connection.setDefinitions(table: table) {
            var elements: [String] = []
            try connection.request(NFT.getSetElem, family: NFT.familyINet, dump: true, operation: "raw elements",
                                   build: { w in
                                       w.putString(NFT.elemListTable, table)
                                       w.putString(NFT.elemListSet, set.name)
                                   }) { message in
                for list in message.attributes where list.type == NFT.elemListElements {
                    for e in list.nested { elements.append(hex(e.value)) }
                }
            }
            out.append("elements of \(set.name): " + elements.sorted().joined(separator: " | "))
        }
        return out
    }

    static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
