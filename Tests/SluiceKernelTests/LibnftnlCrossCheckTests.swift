import CNetfilter
import CNetfilterShims
import SluiceCompiler
@testable import SluiceKernel
import SluiceLanguage
import Testing

/// Kernel-free checks of the Swift encoder against libnftnl: libnftnl parses the messages Sluice
/// builds, and prints the rules' expressions exactly as `nft --debug=netlink` prints the ones nft
/// 1.0.6 generates for the same rule text (the expected lines below are nft's own output).
struct LibnftnlCrossCheckTests {
    /// The messages of a plan's transaction, without BEGIN and END.
    static func messages(_ plan: ApplyPlan) throws -> [NetlinkMessage] {
        let bytes = try plan.encodedTransaction()
        let all = NetlinkMessage.parse(bytes[...])
        return Array(all.dropFirst().dropLast())
    }

    /// libnftnl's rendering of a NEWRULE message.
    static func render(rule message: NetlinkMessage) throws -> String {
        let rule = try #require(nftnl_rule_alloc())
        defer { nftnl_rule_free(rule) }
        let header = [UInt8](repeating: 0, count: NetlinkMessage.headerLength)
        var bytes = header
        bytes.replaceSubrange(0..<4, with: withUnsafeBytes(of: UInt32(NetlinkMessage.headerLength + message.payload.count).littleEndian, Array.init))
        bytes += message.payload
        let parsed = bytes.withUnsafeBytes { raw in
            nftnl_rule_nlmsg_parse(raw.baseAddress?.assumingMemoryBound(to: nlmsghdr.self), rule)
        }
        #expect(parsed == 0)
        var buffer = [CChar](repeating: 0, count: 8192)
        _ = nftnl_rule_snprintf(&buffer, buffer.count, rule, UInt32(NFTNL_OUTPUT_DEFAULT.rawValue), 0)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // Kept whole (over 60 lines): a table of cases, each rule beside the line nft prints for it.
    @Test func rulesPrintAsNftGeneratesThem() throws {
        var ruleset = Ruleset(table: "t")
        ruleset.sets = [
            NFTSet(name: "g", keyType: .ipv4Addr, flags: [.interval]),
            NFTSet(name: "p", keyType: .inetService, flags: [.interval]),
            NFTSet(name: "hq", keyType: .ipv4Addr, flags: [.dynamic], size: 16, stateful: .quotaOver(bytes: 1), runtimeElements: true),
        ]
        ruleset.quotas = [QuotaObject(name: "q", bytes: 10)]
        ruleset.chains = [Chain(name: "c", hook: ChainHook(hook: .forward), rules: [
            Rule([.match(Match(.ipSaddr, .set("g"))), .update(SetUpdate(.update, set: "hq", key: .ipSaddr)),
                  .verdict(.jump("c2"))], comment: "x.sluice:29"),
            Rule([.match(Match(.ctState, .ctState([.established, .related]))), .verdict(.accept)]),
            Rule([.match(Match(.ipSaddr, .set("g"), negated: true)), .match(Match(.tcpDport, .set("p"))),
                  .quota(name: "q"), .verdict(.drop)]),
            Rule([.limit(LimitStatement(RateLimit(count: 10, per: .minute))),
                  .log(LogStatement(prefix: "sluice-deny t", group: 5113))]),
            Rule([.match(Match(.oifname, .ifname("lo"))), .verdict(.accept)]),
            Rule([.match(Match(.ipSaddr, .set("g"))), .match(Match(.ctMark, .ctMarkBits(1 << 30))), .verdict(.accept)]),
            Rule([.setCtMarkBits(1 << 30), .limit(LimitStatement(RateLimit(count: 5, per: .second))),
                  .log(LogStatement(prefix: "sluice-audit t", group: 15114))]),
        ]), Chain(name: "c2")]
        let plan = try ApplyPlanner.plan(live: nil, target: ruleset)
        let rules = try Self.messages(plan).filter { $0.type & 0xff == NFT.newRule }.map(Self.render)
        #expect(rules == [
            """
            inet t c
              [ meta load nfproto => reg 1 ]
              [ cmp eq reg 1 0x00000002 ]
              [ payload load 4b @ network header + 12 => reg 1 ]
              [ lookup reg 1 set g ]
              [ payload load 4b @ network header + 12 => reg 1 ]
              [ dynset update reg_key 1 set hq ]
              [ immediate reg 0 jump -> c2 ]
              userdata = { \\x00\\x0cx.sluice:29\\x00 }
            """,
            """
            inet t c
              [ ct load state => reg 1 ]
              [ bitwise reg 1 = ( reg 1 & 0x00000006 ) ^ 0x00000000 ]
              [ cmp neq reg 1 0x00000000 ]
              [ immediate reg 0 accept ]

            """,
            """
            inet t c
              [ meta load nfproto => reg 1 ]
              [ cmp eq reg 1 0x00000002 ]
              [ payload load 4b @ network header + 12 => reg 1 ]
              [ lookup reg 1 set g 0x1 ]
              [ meta load l4proto => reg 1 ]
              [ cmp eq reg 1 0x00000006 ]
              [ payload load 2b @ transport header + 2 => reg 1 ]
              [ lookup reg 1 set p ]
              [ objref type 2 name q ]
              [ immediate reg 0 drop ]

            """,
            """
            inet t c
              [ limit rate 10/minute burst 5 type packets flags 0x0 ]
              [ log prefix sluice-deny t group 5113 snaplen 0 qthreshold 0 ]

            """,
            """
            inet t c
              [ meta load oifname => reg 1 ]
              [ cmp eq reg 1 0x00006f6c 0x00000000 0x00000000 0x00000000 ]
              [ immediate reg 0 accept ]

            """,
            """
            inet t c
              [ meta load nfproto => reg 1 ]
              [ cmp eq reg 1 0x00000002 ]
              [ payload load 4b @ network header + 12 => reg 1 ]
              [ lookup reg 1 set g ]
              [ ct load mark => reg 1 ]
              [ bitwise reg 1 = ( reg 1 & 0x40000000 ) ^ 0x00000000 ]
              [ cmp eq reg 1 0x40000000 ]
              [ immediate reg 0 accept ]

            """,
            """
            inet t c
              [ ct load mark => reg 1 ]
              [ bitwise reg 1 = ( reg 1 & 0xbfffffff ) ^ 0x40000000 ]
              [ ct set mark with reg 1 ]
              [ limit rate 5/second burst 5 type packets flags 0x0 ]
              [ log prefix sluice-audit t group 15114 snaplen 0 qthreshold 0 ]

            """,
        ])
    }

    @Test func headersMatchLibnftnl() throws {
        var writer = NetlinkWriter()
        let start = writer.beginMessage(type: NetlinkConstants.subsysNFTables << 8 | NFT.getSet,
                                        flags: NetlinkConstants.flagRequest | NetlinkConstants.flagDump, seq: 77,
                                        family: NFT.familyINet)
        writer.endMessage(start)
        var buffer = [UInt8](repeating: 0, count: sluice_mnl_socket_buffer_size())
        let length = buffer.withUnsafeMutableBytes { raw in
            sluice_nftnl_build_hdr(raw.baseAddress, NFT.getSet, UInt16(NFT.familyINet),
                                   NetlinkConstants.flagRequest | NetlinkConstants.flagDump, 77)
        }
        #expect(writer.bytes == Array(buffer.prefix(length)))
        #expect(sluice_nfnl_msg_type(NetlinkConstants.subsysNFTables << 8 | NFT.getSet) == NFT.getSet)
        #expect(sluice_nfnl_subsys_id(NetlinkConstants.subsysNFTables << 8 | NFT.getSet) == NetlinkConstants.subsysNFTables)
    }

    @Test func largeElementListsSplitBelowTheNestLimit() throws {
        let elements = (0..<20_000).map { i in
            SetElement(.address(AddressRange(prefix: IPAddress(family: .ipv4, value: UInt128(0x0A00_0000 + i * 512)), length: 24)))
        }
        let set = NFTSet(name: "big", keyType: .ipv4Addr, flags: [.interval], elements: elements)
        let plan = try ApplyPlanner.plan(live: nil, target: Ruleset(table: "t", sets: [set]))
        let messages = try Self.messages(plan).filter { $0.type & 0xff == NFT.newSetElem }
        #expect(messages.count > 1)
        var keys = 0
        for message in messages {
            let list = try #require(message.attributes.first { $0.type == NFT.elemListElements })
            #expect(list.value.count + 4 <= Int(UInt16.max))
            keys += list.nested.reduce(0) { n, _ in n + 1 }
            // libnftnl reads every message back.
            let parsedSet = try #require(nftnl_set_alloc())
            defer { nftnl_set_free(parsedSet) }
            var bytes = [UInt8](repeating: 0, count: NetlinkMessage.headerLength)
            bytes.replaceSubrange(0..<4, with: withUnsafeBytes(of: UInt32(NetlinkMessage.headerLength + message.payload.count).littleEndian, Array.init))
            bytes += message.payload
            let rc = bytes.withUnsafeBytes { nftnl_set_elems_nlmsg_parse($0.baseAddress?.assumingMemoryBound(to: nlmsghdr.self), parsedSet) }
            #expect(rc == 0)
        }
        // A start and an end per range, and nft's leading end element at zero.
        #expect(keys == 2 * elements.count + 1)
    }
}
