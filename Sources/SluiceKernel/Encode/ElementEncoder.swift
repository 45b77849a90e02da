import SluiceCompiler

/// Which code writes the set element messages of a transaction: libnftnl, as nft does
/// (`LibnftnlElementMessages`, production), or Sluice's own encoder (`ElementMessages`), kept as
/// the reference the tests check libnftnl's messages against and the apply benchmark measures it
/// against. Both write the same elements in the same order and split them the same way;
/// docs/architecture.md ("Kernel encoding") has the measurements behind the choice.
public enum ElementEncoder: String, Sendable, CaseIterable {
    /// Sluice's own, written by hand.
    case hand
    /// libnftnl, one `nftnl_set_elem` at a time, as nft 1.0.6 builds element lists.
    case libnftnl

    /// What production uses.
    public static let production: ElementEncoder = .libnftnl

    /// Appends the messages for `elements` of `set` (see `ElementMessages.append`).
    func append(_ operation: ElementMessages.Operation, _ elements: [SetElement], of set: NFTSet, table: String,
                setID: UInt32?, firstSegment: Bool, to batch: inout KernelBatch) throws {
        switch self {
        case .hand:
            try ElementMessages.append(operation, elements, of: set, table: table, setID: setID,
                                       firstSegment: firstSegment, to: &batch)
        case .libnftnl:
            try LibnftnlElementMessages.append(operation, elements, of: set, table: table, setID: setID,
                                               firstSegment: firstSegment, to: &batch)
        }
    }
}
