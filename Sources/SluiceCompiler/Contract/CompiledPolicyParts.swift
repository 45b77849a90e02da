/// A compiled policy in its stored form (`CompiledPolicyCodec`), in two parts: the skeleton (JSON
/// with sorted keys: the model without its long address lists) and the records of those lists
/// (`AddressRecords`). The store keeps the parts in content-addressed chunks, so a version that
/// changes one prefix writes the few chunks around it; `blob` is the whole form in one piece.
public struct CompiledPolicyParts: Hashable, Sendable {
    /// The JSON skeleton; it names the format first.
    public var skeleton: [UInt8]
    /// The address lists, as fixed-width records in the skeleton's order.
    public var records: [UInt8]

    /// Parts as made by `CompiledPolicyCodec.parts(of:)` or read back from storage.
    public init(skeleton: [UInt8], records: [UInt8]) {
        self.skeleton = skeleton
        self.records = records
    }

    /// What starts a blob: the format line.
    static let header = Array((CompiledPolicyCodec.format + "\n").utf8)

    /// The parts in one piece: the format line, the skeleton's length (4 bytes, big-endian), the
    /// skeleton, the records.
    public var blob: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Self.header.count + 4 + skeleton.count + records.count)
        out += Self.header
        withUnsafeBytes(of: UInt32(skeleton.count).bigEndian) { out += $0 }
        out += skeleton
        out += records
        return out
    }

    /// The size of `blob` for parts of these sizes.
    public static func blobSize(skeleton: Int, records: Int) -> Int { header.count + 4 + skeleton + records }

    /// Splits a blob made by `blob`; nil when it is not one.
    public init?(blob: UnsafeRawBufferPointer) {
        let start = Self.header.count
        guard blob.count >= start + 4, blob.prefix(start).elementsEqual(Self.header) else { return nil }
        let length = Int(UInt32(bigEndian: blob.loadUnaligned(fromByteOffset: start, as: UInt32.self)))
        guard length <= blob.count - start - 4 else { return nil }
        skeleton = Array(blob[(start + 4)..<(start + 4 + length)])
        records = Array(blob[(start + 4 + length)...])
    }
}
