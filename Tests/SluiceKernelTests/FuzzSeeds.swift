import CNetfilterShims
import Foundation
import SluiceCompiler
@testable import SluiceKernel
import SluiceLanguage
import Testing

/// Writes the netlink fuzzer's seed corpus (`Fuzz/netlink/seeds`): real replies of the kernel to
/// every request Sluice makes, over tables that hold every kind of object and element Sluice
/// creates, and the error replies of a refused transaction. Runs only when asked:
/// `SLUICE_FUZZ_SEEDS=Fuzz/netlink/seeds swift test --filter FuzzSeeds`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SLUICE_FUZZ_SEEDS"] != nil && !TestNamespace.skipKernelTests))
struct FuzzSeeds {
    /// Sends one request as `NetfilterConnection.request` does and returns the datagrams of the
    /// answer as the kernel sent them.
    static func datagrams(_ c: NetfilterConnection, _ type: UInt16, family: UInt8 = NFT.familyINet, dump: Bool,
                          build: (inout NetlinkWriter) -> Void = { _ in }) throws -> [[UInt8]] {
        let seq = c.socket.nextSequence()
        var writer = NetlinkWriter(capacity: 256)
        let flags = NetlinkConstants.flagRequest | (dump ? NetlinkConstants.flagDump : NetlinkConstants.flagAck)
        let start = writer.beginMessage(type: sluice_nfnl_type(NetlinkConstants.subsysNFTables, type), flags: flags,
                                        seq: seq, family: family)
        build(&writer)
        writer.endMessage(start)
        try writer.withUnsafeBytes { try c.socket.send($0, "request for a seed") }
        return try collect(c, seq: seq)
    }

    /// Datagrams until the one that ends the answer to `seq` (NLMSG_DONE or an error/ack).
    static func collect(_ c: NetfilterConnection, seq: UInt32) throws -> [[UInt8]] {
        var out: [[UInt8]] = []
        while true {
            guard let datagram = try c.socket.receive("answer for a seed") else { continue }
            out.append(Array(datagram))
            if NetlinkMessage.parse(datagram).contains(where: {
                $0.seq >= seq && ($0.type == NetlinkConstants.nlmsgDone || $0.errorReport != nil)
            }) { return out }
        }
    }

    @Test func writeSeeds() throws {
        let directory = try #require(ProcessInfo.processInfo.environment["SLUICE_FUZZ_SEEDS"])
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let ns = try TestNamespace()
        defer { ns.remove() }
        let c = try NetfilterConnection(namespace: ns.namespace)
        try IncrementalApplyTests.apply(Fixtures.gateway(), c)
        try IncrementalApplyTests.apply(Fixtures.host(table: "host"), c)
        try c.addElements([SetElement(Fixtures.address("10.20.0.9"), timeout: 3_600_000, comment: "EDR alert")],
                          table: "sluice", set: "isolated_v4")
        try c.addElements([SetElement(Fixtures.address("10.20.0.5"), quotaUsed: 4242)], table: "sluice", set: "hq_compute_1d_v4")
        try c.addElements([SetElement(Fixtures.address("10.20.0.6"), counter: CounterState(packets: 3, bytes: 300))],
                          table: "sluice", set: "tq_compute_1d_v4")

        var seeds: [String: [[UInt8]]] = [:]
        seeds["generation"] = try Self.datagrams(c, NFT.getGen, family: NFT.familyUnspec, dump: false)
        seeds["table"] = try Self.datagrams(c, NFT.getTable, dump: false) { $0.putString(NFT.tableName, "sluice") }
        seeds["table-missing"] = try Self.datagrams(c, NFT.getTable, dump: false) { $0.putString(NFT.tableName, "none") }
        for table in ["sluice", "host"] {
            seeds["\(table)-sets"] = try Self.datagrams(c, NFT.getSet, dump: true) { $0.putString(NFT.setTable, table) }
            seeds["\(table)-objects"] = try Self.datagrams(c, NFT.getObj, dump: true) { $0.putString(NFT.objTable, table) }
            seeds["\(table)-chains"] = try Self.datagrams(c, NFT.getChain, dump: true) { $0.putString(NFT.chainTable, table) }
            seeds["\(table)-rules"] = try Self.datagrams(c, NFT.getRule, dump: true) { $0.putString(NFT.ruleTable, table) }
            for (set, _) in try c.setDefinitions(table: table) {
                seeds["\(table)-elements-\(set.name)"] = try Self.datagrams(c, NFT.getSetElem, dump: true) { w in
                    w.putString(NFT.elemListTable, table)
                    w.putString(NFT.elemListSet, set.name)
                }
            }
        }
        // A transaction the kernel refuses: an error with the failing message and ext-ack TLVs.
        var plan = try ApplyPlanner.plan(live: c.readTable("sluice"), target: Fixtures.gateway(computeV4: ["10.21.0.0/16"]))
        plan.operations.append(.addRule(chain: "egress", rule: Rule([.verdict(.jump("nowhere"))])))
        var batch = KernelBatch(firstSequence: c.socket.nextSequence(count: 64), generation: nil)
        try plan.append(to: &batch)
        batch.finish(commit: false)
        try batch.writer.withUnsafeBytes { try c.socket.send($0, "a refused batch for a seed") }
        seeds["refusal"] = try Self.collect(c, seq: batch.beginSequence)

        for (name, datagrams) in seeds {
            for (i, datagram) in datagrams.enumerated() where !datagram.isEmpty {
                let path = directory + "/\(name)\(datagrams.count > 1 ? "-\(i)" : "").bin"
                try Data(datagram).write(to: URL(fileURLWithPath: path))
            }
        }
        #expect(seeds.count > 20)
    }
}
