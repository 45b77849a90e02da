import SluiceLanguage

extension NetworkNamespace {
    /// The namespace's neighbour table, both families: the entries that have a link-layer address
    /// (reachable, stale, delayed, probing or permanent; not ones still resolving or failed).
    /// One rtnetlink dump (`RTM_GETNEIGH`), as `ip neigh show` makes.
    public func neighbours() throws -> [Neighbour] {
        let socket = try NetlinkSocket(family: NetlinkConstants.familyRoute, namespace: self)
        let seq = socket.nextSequence()
        let operation = "read the neighbour table"
        // nlmsghdr, then an ndmsg of AF_UNSPEC: every family.
        var request = [UInt8](repeating: 0, count: NetlinkMessage.headerLength + Self.ndmsgLength)
        func put<T: FixedWidthInteger>(_ value: T, at offset: Int) {
            withUnsafeBytes(of: value.littleEndian) { for (i, byte) in $0.enumerated() { request[offset + i] = byte } }
        }
        put(UInt32(request.count), at: 0)
        put(NetlinkConstants.getNeighbours, at: 4)
        put(NetlinkConstants.flagRequest | NetlinkConstants.flagDump, at: 6)
        put(seq, at: 8)
        try request.withUnsafeBytes { try socket.send($0, operation) }
        var found: [Neighbour] = []
        while true {
            // Never held up for long: the watcher reads this in its poll, which also flushes usage.
            guard try socket.wait(timeout: 1000) else {
                throw KernelError.malformed(operation: operation, detail: "no end of the neighbour dump within 1 s")
            }
            guard let datagram = try socket.receive(nonBlocking: true, operation) else { continue }
            for message in NetlinkMessage.parse(datagram) where message.seq == seq {
                if message.type == NetlinkConstants.nlmsgDone { return found }
                if let report = message.errorReport, report.errno != 0 {
                    throw KernelError.system(operation: operation, errno: report.errno)
                }
                if message.type == NetlinkConstants.newNeighbour, let entry = Self.neighbour(message.payload) { found.append(entry) }
            }
        }
    }

    /// The size of `struct ndmsg`: family, two pad bytes, ifindex, state, flags, type.
    private static let ndmsgLength = 12
    /// Neighbour states whose link-layer address is known (`NUD_VALID`).
    private static let validStates: UInt16 = 0x02 | 0x04 | 0x08 | 0x10 | 0x80

    private static func neighbour(_ payload: ArraySlice<UInt8>) -> Neighbour? {
        guard payload.count >= ndmsgLength else { return nil }
        let s = payload.startIndex
        let interface = Int32(bitPattern: UInt32(payload[s + 4]) | UInt32(payload[s + 5]) << 8
                              | UInt32(payload[s + 6]) << 16 | UInt32(payload[s + 7]) << 24)
        let state = UInt16(payload[s + 8]) | UInt16(payload[s + 9]) << 8
        guard state & validStates != 0 else { return nil }
        var address: IPAddress?
        var link: [UInt8]?
        for attribute in NetlinkAttributes(payload[(s + ndmsgLength)...]) {
            switch attribute.type {
            case NetlinkConstants.neighbourDestination: address = IPAddress(bytes: attribute.value)
            case NetlinkConstants.neighbourLinkAddress: link = Array(attribute.value)
            default: break
            }
        }
        guard let address, let link, !link.isEmpty, !link.allSatisfy({ $0 == 0 }) else { return nil }
        return Neighbour(address: address, interfaceIndex: interface, linkAddress: link)
    }
}
