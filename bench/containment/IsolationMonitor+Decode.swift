import BenchSupport

/// Decoding NEWSETELEM notifications: just enough netlink to find the IPv4 keys added to one set.
extension IsolationMonitor {
    // <linux/netfilter/nf_tables.h> and <linux/netlink.h>.
    private static let newSetElementType: UInt16 = 10 << 8 | 12   // NFNL_SUBSYS_NFTABLES, NFT_MSG_NEWSETELEM
    private static let headerSize = 16                              // struct nlmsghdr
    private static let genericHeaderSize = 4                        // struct nfgenmsg
    private static let listTable: UInt16 = 1                        // NFTA_SET_ELEM_LIST_TABLE
    private static let listSet: UInt16 = 2                          // NFTA_SET_ELEM_LIST_SET
    private static let listElements: UInt16 = 3                     // NFTA_SET_ELEM_LIST_ELEMENTS
    private static let listElement: UInt16 = 1                      // NFTA_LIST_ELEM
    private static let elementKey: UInt16 = 1                       // NFTA_SET_ELEM_KEY
    private static let dataValue: UInt16 = 1                        // NFTA_DATA_VALUE

    /// The IPv4 keys that NEWSETELEM messages in `datagram` add to `table`'s `set`.
    static func addedElements(_ datagram: ArraySlice<UInt8>, table: String, set: String) -> [IPv4] {
        var out: [IPv4] = []
        var offset = datagram.startIndex
        while offset + headerSize <= datagram.endIndex {
            let length = Int(readUInt32(datagram, at: offset))
            let type = readUInt16(datagram, at: offset + 4)
            guard length >= headerSize, offset + length <= datagram.endIndex else { break }
            if type == newSetElementType, length >= headerSize + genericHeaderSize {
                let attributes = parse(datagram[(offset + headerSize + genericHeaderSize)..<(offset + length)])
                if string(attributes[listTable]) == table, string(attributes[listSet]) == set,
                   let elements = attributes[listElements] {
                    for element in parseAll(elements) where element.type == listElement {
                        if let key = parse(element.value)[elementKey], let value = parse(key)[dataValue],
                           let address = IPv4(networkBytes: value) {
                            out.append(address)
                        }
                    }
                }
            }
            offset += align(length)
        }
        return out
    }

    /// The attributes in `bytes` by type (the first of each type).
    private static func parse(_ bytes: ArraySlice<UInt8>) -> [UInt16: ArraySlice<UInt8>] {
        var out: [UInt16: ArraySlice<UInt8>] = [:]
        for attribute in parseAll(bytes) where out[attribute.type] == nil { out[attribute.type] = attribute.value }
        return out
    }

    /// Every attribute in `bytes`, in order; the nested and byte-order flags are masked off.
    private static func parseAll(_ bytes: ArraySlice<UInt8>) -> [(type: UInt16, value: ArraySlice<UInt8>)] {
        var out: [(type: UInt16, value: ArraySlice<UInt8>)] = []
        var offset = bytes.startIndex
        while offset + 4 <= bytes.endIndex {
            let length = Int(readUInt16(bytes, at: offset))
            let type = readUInt16(bytes, at: offset + 2) & 0x3fff
            guard length >= 4, offset + length <= bytes.endIndex else { break }
            out.append((type, bytes[(offset + 4)..<(offset + length)]))
            offset += align(length)
        }
        return out
    }

    private static func string(_ bytes: ArraySlice<UInt8>?) -> String? {
        bytes.map { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    private static func align(_ length: Int) -> Int { (length + 3) & ~3 }

    // Netlink headers are in the host's byte order.
    private static func readUInt16(_ bytes: ArraySlice<UInt8>, at offset: Int) -> UInt16 {
        bytes[offset..<(offset + 2)].withUnsafeBytes { $0.loadUnaligned(as: UInt16.self) }
    }

    private static func readUInt32(_ bytes: ArraySlice<UInt8>, at offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
    }
}
