import CNetfilter
import SluiceCompiler

/// NEWSETELEM/DELSETELEM messages built by libnftnl as nft 1.0.6 builds them
/// (`mnl_nft_setelem_batch`): one `nftnl_set_elem` at a time, built into the message in a nest of
/// its own and freed; when the list nest would pass its 16-bit length, the element is taken back
/// and the next message of the same batch starts with it. The same elements, in the same order and
/// split at the same places as `ElementMessages`, Sluice's own encoder, which the tests and the
/// apply benchmark keep as the reference (docs/architecture.md, "Kernel encoding").
enum LibnftnlElementMessages {
    /// Appends the messages for `elements` of `set` (see `ElementMessages.append`).
    static func append(_ operation: ElementMessages.Operation, _ elements: [SetElement], of set: NFTSet, table: String,
                       setID: UInt32?, firstSegment: Bool, to batch: inout KernelBatch) throws {
        guard !elements.isEmpty else { return }
        let parts = try LibnftnlElementParts(operation, elements, of: set, firstSegment: firstSegment)
        var entry = BatchEntry(operation.text, .init(.set, set.name))
        entry.elements = elements
        try write(parts, table: table, setID: setID, entry: entry, to: &batch)
    }

    /// Room for one message: a full element list and the element that overflows it.
    private static let room = 2 << 16

    /// The most one element takes in a message, with margin: its key and key end (64 bytes
    /// each at most), data or a verdict with a chain name (256), flags, timeout, expiration,
    /// user data (256), an object reference (256) and two expressions, with their nests.
    private static let elementRoom = 2_048

    /// Room for the message that starts at element `next`: no more than its elements can take,
    /// so that a runtime write of one element (a learned address, a containment) zeroes a few
    /// kilobytes, not 128.
    private static func room(for parts: LibnftnlElementParts, from next: Int) -> Int {
        min(room, 4_096 + (parts.count - next) * elementRoom)
    }

    private static func flags(_ operation: ElementMessages.Operation) -> UInt16 {
        NetlinkConstants.flagRequest | (operation == .add ? NetlinkConstants.flagCreate : 0)
    }

    private static func write(_ parts: LibnftnlElementParts, table: String, setID: UInt32?, entry: BatchEntry,
                              to batch: inout KernelBatch) throws {
        var next = 0
        var starts: [(offset: Int, index: Int)] = []
        var failed = false
        while next < parts.count && !failed {
            starts.removeAll(keepingCapacity: true)
            let (_, seq) = batch.externalMessage(entry: entry, room: room(for: parts, from: next)) { buffer, seq in
                guard let nlh = nftnl_nlmsg_build_hdr(buffer.assumingMemoryBound(to: CChar.self), parts.operation.type,
                                                      UInt16(NFT.familyINet), flags(parts.operation), seq) else { return 0 }
                mnl_attr_put_strz(nlh, NFT.elemListTable, table)
                mnl_attr_put_strz(nlh, NFT.elemListSet, parts.set.name)
                if let setID { mnl_attr_put_u32(nlh, NFT.elemListSetID, setID.bigEndian) }
                let list = mnl_attr_nest_start(nlh, NFT.elemListElements)
                var count = 0
                while next < parts.count {
                    guard let e = parts.make(next) else {
                        failed = true
                        break
                    }
                    count += 1
                    // NFTA_LIST_ELEM, as the kernel dumps elements and libnftnl's parser wants
                    // them (nft numbers the nests 1, 2, 3...; the kernel ignores the number).
                    let nest = mnl_attr_nest_start(nlh, NFT.listElem)
                    nftnl_set_elem_nlmsg_build_payload(nlh, e)
                    mnl_attr_nest_end(nlh, nest)
                    nftnl_set_elem_free(e)
                    guard let list, let nest else { break }
                    let listLength = UnsafeRawPointer(nest) - UnsafeRawPointer(list) + Int(nest.pointee.nla_len)
                    if listLength > Int(UInt16.max) && count > 1 {
                        // nft's mnl_nft_attr_nest_overflow: this element opens the next message.
                        nlh.pointee.nlmsg_len -= UInt32(nest.pointee.nla_len)
                        break
                    }
                    starts.append((UnsafeRawPointer(nest) - UnsafeRawPointer(nlh), parts.owner(next)))
                    next += 1
                }
                mnl_attr_nest_end(nlh, list)
                return Int(nlh.pointee.nlmsg_len)
            }
            for start in starts { batch.noteElement(seq: seq, offset: start.offset, index: start.index) }
        }
        if failed { throw KernelError.unsupported("libnftnl: out of memory") }
    }
}
