import CNetfilter
import SluiceCompiler

/// The kernel elements of one element list, as libnftnl objects are made of them: for interval
/// sets nft's leading end element at zero (for a new or empty set), then a start element and an
/// end element at `upper + 1` per range (none for a range that runs to the top of its type);
/// otherwise one element per key, with its timeout, expiry, comment and quota or counter.
/// Everything that can be refused is checked when the list is made, so `make` only allocates.
struct LibnftnlElementParts {
    enum Kind: UInt8 {
        case zero, start, end, single
    }

    let operation: ElementMessages.Operation
    let set: NFTSet
    private let elements: [SetElement]
    private var parts: [(index: Int32, kind: Kind)] = []

    init(_ operation: ElementMessages.Operation, _ elements: [SetElement], of set: NFTSet, firstSegment: Bool) throws {
        self.operation = operation
        self.set = set
        self.elements = elements
        parts.reserveCapacity(elements.count * 2 + 1)
        if set.flags.contains(.interval) {
            guard ElementCodec.supportsIntervals(set.keyType) else {
                throw KernelError.unsupported("set \(set.name): interval sets of type \(set.keyType.rawValue)")
            }
            let top = ElementCodec.maxNumber(set.keyType)
            for (index, element) in elements.enumerated() {
                guard let (lower, upper) = ElementCodec.numbers(element.key, as: set.keyType) else {
                    throw KernelError.unsupported("element \(element.key.nftText) in set \(set.name) of type \(set.keyType.rawValue)")
                }
                if index == 0 && operation == .add && firstSegment && lower != 0 { parts.append((0, .zero)) }
                parts.append((Int32(index), .start))
                if upper != top { parts.append((Int32(index), .end)) }
            }
        } else {
            let timeouts = set.flags.contains(.timeout) || set.timeout != nil
            for (index, element) in elements.enumerated() {
                guard ElementCodec.single(element.key, as: set.keyType) != nil else {
                    throw KernelError.unsupported("element \(element.key.nftText) in set \(set.name) of type \(set.keyType.rawValue)")
                }
                if operation == .add && (element.timeout != nil || element.expires != nil) && !timeouts {
                    throw KernelError.unsupported("element \(element.key.nftText) with a timeout in set \(set.name), which has no timeout flag")
                }
                parts.append((Int32(index), .single))
            }
        }
    }

    var count: Int { parts.count }

    /// The `SetElement` kernel element `i` comes from.
    func owner(_ i: Int) -> Int { Int(parts[i].index) }

    /// Kernel element `i` as a new `nftnl_set_elem` (the caller frees it); nil when out of memory.
    func make(_ i: Int) -> OpaquePointer? {
        guard let e = nftnl_set_elem_alloc() else { return nil }
        let element = elements[Int(parts[i].index)]
        let length = set.keyType.length
        switch parts[i].kind {
        case .zero:
            nftnl_set_elem_set_u32(e, UInt16(NFTNL_SET_ELEM_FLAGS), NFT.elemFlagIntervalEnd)
            Self.key(e, 0, length)
        case .start:
            guard let (lower, upper) = ElementCodec.numbers(element.key, as: set.keyType) else { break }
            Self.key(e, lower, length)
            let open = upper == ElementCodec.maxNumber(set.keyType)
            if operation == .add && (element.comment != nil || open) {
                var u = UserData()
                if let comment = element.comment { u.putString(UserData.elemComment, comment) }
                if open { u.putU32(UserData.elemFlags, UserData.elemFlagIntervalOpen) }
                Self.userData(e, u.bytes)
            }
        case .end:
            guard let (_, upper) = ElementCodec.numbers(element.key, as: set.keyType) else { break }
            nftnl_set_elem_set_u32(e, UInt16(NFTNL_SET_ELEM_FLAGS), NFT.elemFlagIntervalEnd)
            Self.key(e, upper + 1, length)
        case .single:
            fillSingle(e, element)
        }
        return e
    }

    private func fillSingle(_ e: OpaquePointer, _ element: SetElement) {
        ElementCodec.single(element.key, as: set.keyType)?.withUnsafeBytes {
            _ = nftnl_set_elem_set(e, UInt16(NFTNL_SET_ELEM_KEY), $0.baseAddress, UInt32($0.count))
        }
        guard operation == .add else { return }
        let timeout = element.timeout ?? (element.expires != nil ? set.timeout : nil)
        if let timeout { nftnl_set_elem_set_u64(e, UInt16(NFTNL_SET_ELEM_TIMEOUT), timeout) }
        if let expires = element.expires {
            nftnl_set_elem_set_u64(e, UInt16(NFTNL_SET_ELEM_EXPIRATION), timeout.map { min(expires, $0) } ?? expires)
        }
        if let comment = element.comment {
            var u = UserData()
            u.putString(UserData.elemComment, comment)
            Self.userData(e, u.bytes)
        }
        if let stateful = ElementMessages.state(of: element, in: set), let expression = Self.expression(stateful) {
            nftnl_set_elem_add_expr(e, expression)
        }
    }

    private static func key(_ e: OpaquePointer, _ value: UInt128, _ length: Int) {
        ElementCodec.withBigEndianBytes(of: value, count: length) {
            _ = nftnl_set_elem_set(e, UInt16(NFTNL_SET_ELEM_KEY), $0.baseAddress, UInt32($0.count))
        }
    }

    private static func userData(_ e: OpaquePointer, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { _ = nftnl_set_elem_set(e, UInt16(NFTNL_SET_ELEM_USERDATA), $0.baseAddress, UInt32($0.count)) }
    }

    /// A quota or counter as an nftnl expression, with the attributes `StatefulExpression` writes.
    private static func expression(_ stateful: StatefulExpression) -> OpaquePointer? {
        switch stateful {
        case .quota(let bytes, let consumed, let flags):
            guard let x = nftnl_expr_alloc("quota") else { return nil }
            nftnl_expr_set_u64(x, UInt16(NFTNL_EXPR_QUOTA_BYTES), bytes)
            nftnl_expr_set_u64(x, UInt16(NFTNL_EXPR_QUOTA_CONSUMED), consumed)
            nftnl_expr_set_u32(x, UInt16(NFTNL_EXPR_QUOTA_FLAGS), flags)
            return x
        case .counter(let packets, let bytes):
            guard let x = nftnl_expr_alloc("counter") else { return nil }
            if packets != 0 { nftnl_expr_set_u64(x, UInt16(NFTNL_EXPR_CTR_PACKETS), packets) }
            if bytes != 0 { nftnl_expr_set_u64(x, UInt16(NFTNL_EXPR_CTR_BYTES), bytes) }
            return x
        case .other:
            return nil
        }
    }
}
