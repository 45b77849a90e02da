import SluiceCompiler

/// Every decoder Sluice runs over what the kernel sends, run over one datagram: the entry point of
/// the netlink fuzzer (`Fuzz/netlink`). A decoder may refuse what it reads (nil, an error, a rule
/// kept as undecodable), but must never trap, whatever the bytes: a kernel newer than Sluice, or
/// anything else on the socket, can send what Sluice never expected.
public enum KernelReplyDecoding {
    /// Splits `datagram` into messages and decodes each as every kind of reply (table, set, set
    /// elements for each key type, object, chain, rule, error report, generation); returns how
    /// many messages it held.
    @discardableResult
    public static func decodeAll(_ datagram: [UInt8]) -> Int {
        let messages = NetlinkMessage.parse(datagram[...])
        for message in messages {
            decode(message)
        }
        return messages.count
    }

    private static func decode(_ message: NetlinkMessage) {
        _ = (message.family, message.resID, message.errorReport)
        // Attribute 1 names the table in every nf_tables object message: decoding for that name
        // gets past each decoder's "another table" check.
        let table = message.attributes.first { $0.type == 1 }?.string ?? ""
        _ = TableMessages.decode(message, name: table)
        _ = try? SetMessages.decode(message, table: table)
        _ = ObjectMessages.decode(message, table: table)
        _ = try? ChainMessages.decode(message, table: table)
        if let rule = RuleMessages.decode(message, table: table) {
            _ = RuleMessages.rule(from: rule)
        }
        for a in message.attributes where a.type == NFT.genID { _ = a.be32 }
        var raw: [ElementMessages.RawElement] = []
        ElementMessages.decode(message, into: &raw)
        guard !raw.isEmpty else { return }
        for keyType: SetKeyType in [.ipv4Addr, .ipv6Addr, .inetService, .inetProto, .ifname, .nfproto, .uid] {
            for flags: SetFlags in [[], [.interval]] {
                _ = try? ElementMessages.assemble(raw, of: NFTSet(name: "fuzz", keyType: keyType, flags: flags))
            }
        }
    }
}
