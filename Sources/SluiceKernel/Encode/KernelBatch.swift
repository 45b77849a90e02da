import CNetfilterShims
import SluiceCompiler

/// One nf_tables transaction: `NFNL_MSG_BATCH_BEGIN` (with the expected generation), the messages,
/// and `NFNL_MSG_BATCH_END` (left out for a dry run), in one contiguous buffer.
struct KernelBatch {
    private(set) var writer: NetlinkWriter
    /// The entries by sequence number.
    private(set) var entries: [UInt32: BatchEntry] = [:]
    let beginSequence: UInt32
    /// The generation BEGIN asks the kernel to check.
    let expectedGeneration: UInt32?
    private(set) var nextSequence: UInt32
    private(set) var messageCount = 0

    /// Starts a batch whose BEGIN carries `firstSequence`; with `generation`, the kernel refuses
    /// the batch (ERESTART) if the ruleset has changed since that generation.
    init(firstSequence: UInt32, generation: UInt32?, capacity: Int = 1 << 16) {
        writer = NetlinkWriter(capacity: capacity)
        beginSequence = firstSequence
        expectedGeneration = generation
        nextSequence = firstSequence &+ 1
        let start = writer.beginMessage(type: NetlinkConstants.batchBegin, flags: NetlinkConstants.flagRequest,
                                        seq: firstSequence, family: NFT.familyUnspec,
                                        resID: NetlinkConstants.subsysNFTables)
        if let generation { writer.putBE32(NetlinkConstants.batchGenID, generation) }
        writer.endMessage(start)
    }

    /// True when nothing but BEGIN is in the batch.
    var isEmpty: Bool { messageCount == 0 }

    /// The size of the batch so far.
    var byteCount: Int { writer.count }

    /// Starts an nf_tables message; returns its offset for `endMessage`. Requests carry no
    /// NLM_F_ACK: the kernel reports errors anyway, and 100k acks would overflow the receive
    /// buffer.
    mutating func beginMessage(_ type: UInt16, flags: UInt16 = 0, family: UInt8 = NFT.familyINet,
                               entry: BatchEntry) -> (start: Int, seq: UInt32) {
        let seq = nextSequence
        nextSequence &+= 1
        messageCount += 1
        entries[seq] = entry
        let start = writer.beginMessage(type: sluice_nfnl_type(NetlinkConstants.subsysNFTables, type),
                                        flags: NetlinkConstants.flagRequest | flags, seq: seq, family: family)
        return (start, seq)
    }

    /// Finishes the message started at `start`.
    mutating func endMessage(_ start: Int) {
        writer.endMessage(start)
    }

    /// Appends a whole message built by `body`.
    mutating func message(_ type: UInt16, flags: UInt16 = 0, family: UInt8 = NFT.familyINet, entry: BatchEntry,
                          _ body: (inout NetlinkWriter) -> Void) {
        let (start, _) = beginMessage(type, flags: flags, family: family, entry: entry)
        body(&writer)
        endMessage(start)
    }

    /// Appends one nf_tables message that `build` writes whole at the given address, in at most
    /// `room` bytes, with the sequence number it is given (messages built by libnftnl); `build`
    /// returns the message's length. Returns where the message starts and its sequence number.
    mutating func externalMessage(entry: BatchEntry, room: Int,
                                  _ build: (UnsafeMutableRawPointer, UInt32) -> Int) -> (start: Int, seq: UInt32) {
        let seq = nextSequence
        nextSequence &+= 1
        messageCount += 1
        entries[seq] = entry
        let start = writer.count
        writer.appendInPlace(room: room) { build($0, seq) }
        return (start, seq)
    }

    /// Gives direct access to the writer for messages built piecewise (element lists).
    mutating func withWriter<T>(_ body: (inout NetlinkWriter) throws -> T) rethrows -> T {
        try body(&writer)
    }

    /// Where each element of the element messages starts: message sequence number, offset from
    /// the message's start, and index into that message's `BatchEntry.elements`. Kept apart from
    /// the entries so recording 100k of them is an append, not a dictionary update.
    private(set) var elementStarts: [(seq: UInt32, offset: Int32, index: Int32)] = []

    /// Records where an element starts in the message with sequence `seq`.
    mutating func noteElement(seq: UInt32, offset: Int, index: Int) {
        elementStarts.append((seq, Int32(truncatingIfNeeded: offset), Int32(truncatingIfNeeded: index)))
    }

    /// Drops the element start recorded last (an element taken back).
    mutating func forgetLastElement() {
        elementStarts.removeLast()
    }

    /// The element of message `seq` at or before an ext-ack offset.
    func element(seq: UInt32, offset: Int) -> SetElement? {
        guard let entry = entries[seq],
              let start = elementStarts.last(where: { $0.seq == seq && Int($0.offset) <= offset }),
              Int(start.index) < entry.elements.count else { return nil }
        return entry.elements[Int(start.index)]
    }

    /// Appends END (unless `commit` is false: the kernel then validates and aborts); the writer
    /// then holds the bytes to send.
    mutating func finish(commit: Bool) {
        if commit {
            let seq = nextSequence
            nextSequence &+= 1
            // NLM_F_ACK on END: kernels since 6.0 answer it only after a successful commit, a
            // positive confirmation on top of "no error came back".
            let start = writer.beginMessage(type: NetlinkConstants.batchEnd,
                                            flags: NetlinkConstants.flagRequest | NetlinkConstants.flagAck,
                                            seq: seq, family: NFT.familyUnspec,
                                            resID: NetlinkConstants.subsysNFTables)
            writer.endMessage(start)
        }
    }
}
