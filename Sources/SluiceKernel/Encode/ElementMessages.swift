import SluiceCompiler

/// NEWSETELEM/DELSETELEM messages and element dumps. Large lists are split over several messages
/// of the same batch, because an element list nests under a 16-bit length (nft's
/// `mnl_nft_attr_nest_overflow`).
enum ElementMessages {
    /// The operation a list of elements is sent for.
    enum Operation {
        case add
        case delete
        /// Delete, ignoring elements that are already gone (expired, released twice).
        case destroy

        var type: UInt16 {
            switch self {
            case .add: NFT.newSetElem
            case .delete: NFT.delSetElem
            case .destroy: NFT.destroySetElem
            }
        }
        var text: String { self == .add ? "add elements to set" : "delete elements from set" }
    }

    /// Appends the messages for `elements` of `set`. With `firstSegment` (an interval set that is
    /// new or empty), nft's leading end element at key zero goes first, as `nft -f` sends it.
    /// `setID` names a set created earlier in the same batch.
    static func append(_ operation: Operation, _ elements: [SetElement], of set: NFTSet, table: String,
                       setID: UInt32?, firstSegment: Bool, to batch: inout KernelBatch) throws {
        guard !elements.isEmpty else { return }
        var writer = ElementListWriter(operation: operation, set: set, table: table, setID: setID, elements: elements)
        if set.flags.contains(.interval) {
            try appendIntervals(operation, elements, of: set, firstSegment: firstSegment, writer: &writer, to: &batch)
        } else {
            try appendSingles(operation, elements, of: set, writer: &writer, to: &batch)
        }
        writer.close(&batch)
    }

    /// Interval elements: each range as its start and, unless it runs to the top of the type, an
    /// end element one past its last key, as nft sends them.
    private static func appendIntervals(_ operation: Operation, _ elements: [SetElement], of set: NFTSet, firstSegment: Bool,
                                        writer: inout ElementListWriter, to batch: inout KernelBatch) throws {
        guard ElementCodec.supportsIntervals(set.keyType) else {
            throw KernelError.unsupported("set \(set.name): interval sets of type \(set.keyType.rawValue)")
        }
        let length = set.keyType.length
        let top = ElementCodec.maxNumber(set.keyType)
        var first = true
        for (index, element) in elements.enumerated() {
            guard let (lower, upper) = ElementCodec.numbers(element.key, as: set.keyType) else {
                throw KernelError.unsupported("element \(element.key.nftText) in set \(set.name) of type \(set.keyType.rawValue)")
            }
            if first && operation == .add && firstSegment && lower != 0 {
                writer.element(index: 0, &batch) { w in
                    w.putBE32(NFT.elemFlags, NFT.elemFlagIntervalEnd)
                    putKey(&w, 0, length)
                }
            }
            first = false
            let open = upper == top
            writer.element(index: index, &batch) { w in
                putKey(&w, lower, length)
                if operation == .add && (element.comment != nil || open) {
                    var u = UserData()
                    if let comment = element.comment { u.putString(UserData.elemComment, comment) }
                    if open { u.putU32(UserData.elemFlags, UserData.elemFlagIntervalOpen) }
                    w.put(NFT.elemUserdata, u.bytes)
                }
            }
            if !open {
                writer.element(index: index, &batch) { w in
                    w.putBE32(NFT.elemFlags, NFT.elemFlagIntervalEnd)
                    putKey(&w, upper + 1, length)
                }
            }
        }
    }

    /// Single-key elements, with their timeout, expiry, comment and per-element quota or counter.
    private static func appendSingles(_ operation: Operation, _ elements: [SetElement], of set: NFTSet,
                                      writer: inout ElementListWriter, to batch: inout KernelBatch) throws {
        let timeouts = set.flags.contains(.timeout) || set.timeout != nil
        for (index, element) in elements.enumerated() {
            guard let key = ElementCodec.single(element.key, as: set.keyType) else {
                throw KernelError.unsupported("element \(element.key.nftText) in set \(set.name) of type \(set.keyType.rawValue)")
            }
            if operation == .add && (element.timeout != nil || element.expires != nil) && !timeouts {
                throw KernelError.unsupported("element \(element.key.nftText) with a timeout in set \(set.name), which has no timeout flag")
            }
            let stateful = operation == .add ? state(of: element, in: set) : nil
            writer.element(index: index, &batch) { w in
                if operation == .add {
                    let timeout = element.timeout ?? (element.expires != nil ? set.timeout : nil)
                    if let timeout { w.putBE64(NFT.elemTimeout, timeout) }
                    if let expires = element.expires {
                        w.putBE64(NFT.elemExpiration, timeout.map { min(expires, $0) } ?? expires)
                    }
                }
                let nest = w.beginNest(NFT.elemKey)
                w.put(NFT.dataValue, key)
                w.endNest(nest)
                if operation == .add, let comment = element.comment {
                    var u = UserData()
                    u.putString(UserData.elemComment, comment)
                    w.put(NFT.elemUserdata, u.bytes)
                }
                if let stateful {
                    let nest = w.beginNest(NFT.elemExpr)
                    stateful.encodeBody(into: &w)
                    w.endNest(nest)
                }
            }
        }
    }

    /// Writes element list messages, starting a new message whenever the list nest would pass
    /// its 16-bit length.
    private struct ElementListWriter {
        let operation: Operation
        let set: NFTSet
        let table: String
        let setID: UInt32?
        let entry: BatchEntry
        var current: (start: Int, seq: UInt32, list: Int)?

        init(operation: Operation, set: NFTSet, table: String, setID: UInt32?, elements: [SetElement]) {
            self.operation = operation
            self.set = set
            self.table = table
            self.setID = setID
            var entry = BatchEntry(operation.text, .init(.set, set.name))
            entry.elements = elements
            self.entry = entry
        }

        mutating func open(_ batch: inout KernelBatch) {
            let flags = operation == .add ? NetlinkConstants.flagCreate : 0
            let (start, seq) = batch.beginMessage(operation.type, flags: flags, entry: entry)
            let list = batch.withWriter { w -> Int in
                w.putString(NFT.elemListTable, table)
                w.putString(NFT.elemListSet, set.name)
                if let setID { w.putBE32(NFT.elemListSetID, setID) }
                return w.beginNest(NFT.elemListElements)
            }
            current = (start, seq, list)
        }

        mutating func close(_ batch: inout KernelBatch) {
            guard let c = current else { return }
            batch.withWriter { w in _ = w.endNest(c.list) }
            batch.endMessage(c.start)
            current = nil
        }

        /// Writes one element with `body`; when the list nest overflows, takes it back and writes
        /// it again at the start of a new message.
        mutating func element(index: Int, _ batch: inout KernelBatch, _ body: (inout NetlinkWriter) -> Void) {
            if current == nil { open(&batch) }
            for attempt in 0..<2 {
                guard let c = current else { return }
                let before = batch.byteCount
                batch.noteElement(seq: c.seq, offset: before - c.start, index: index)
                batch.withWriter { w in
                    let e = w.beginNest(NFT.listElem)
                    body(&w)
                    w.endNest(e)
                }
                if batch.byteCount - c.list <= Int(UInt16.max) || attempt == 1 { return }
                batch.forgetLastElement()
                batch.withWriter { w in w.truncate(to: before) }
                close(&batch)
                open(&batch)
            }
        }
    }

    /// The element's own quota or counter, carrying its limit (its own, or the set's) and used
    /// bytes (clamped to the limit: the kernel refuses consumed > quota) or counter values; nil
    /// to let the kernel copy the set's template.
    static func state(of element: SetElement, in set: NFTSet) -> StatefulExpression? {
        switch set.stateful {
        case .quotaOver(let setLimit)?:
            guard element.quotaUsed != nil || element.quotaLimit != nil else { return nil }
            let limit = element.quotaLimit ?? setLimit
            return .quota(bytes: limit, consumed: min(element.quotaUsed ?? 0, limit), flags: NFT.quotaFlagInvert)
        case .counter?:
            guard let counter = element.counter, counter.packets != 0 || counter.bytes != 0 else { return nil }
            return .counter(packets: counter.packets, bytes: counter.bytes)
        case nil:
            return nil
        }
    }

    private static func putKey(_ w: inout NetlinkWriter, _ value: UInt128, _ length: Int) {
        let nest = w.beginNest(NFT.elemKey)
        w.putBigEndian(NFT.dataValue, value, length: length)
        w.endNest(nest)
    }
}
