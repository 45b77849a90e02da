import SluiceCompiler
import SluiceLanguage

/// The NFQUEUE target as nft_compat takes it: `xt_NFQUEUE` revision 3, whose info is
/// `struct xt_NFQ_info_v3 { __u16 queuenum; __u16 queues_total; __u16 flags; }` in host byte
/// order, padded by the kernel to 8 bytes (XT_ALIGN); flags bit 0 is NFQ_FLAG_BYPASS. What
/// `iptables-nft -j NFQUEUE --queue-num N --queue-bypass` sends; nft lists it as
/// `queue num N bypass`. (The native `queue` expression needs CONFIG_NFT_QUEUE, which kernels
/// may lack; the xtables target is there wherever iptables-nft works.)
enum QueueTarget {
    static let name = "NFQUEUE"
    static let revision: UInt32 = 3
    static let flagBypass: UInt16 = 0x01

    /// The target expression of a queue statement: one queue (queues_total 1).
    static func expression(_ queue: QueueStatement) -> KernelExpression {
        let words: [UInt16] = [queue.num, 1, queue.bypass ? flagBypass : 0, 0]
        return .target(name: name, revision: revision, info: words.flatMap { word in withUnsafeBytes(of: word) { Array($0) } })
    }

    /// The queue statement a target expression stands for; nil for any other target or options
    /// Sluice never sends (several queues, CPU fanout).
    static func statement(name: String, revision: UInt32, info: [UInt8]) -> QueueStatement? {
        guard name == Self.name, revision == Self.revision, info.count == 8 else { return nil }
        let words = stride(from: 0, to: 8, by: 2).map { i in info[i..<i + 2].withUnsafeBytes { $0.loadUnaligned(as: UInt16.self) } }
        guard words[1] == 1, words[2] & ~flagBypass == 0, words[3] == 0 else { return nil }
        return QueueStatement(num: words[0], bypass: words[2] & flagBypass != 0)
    }
}
