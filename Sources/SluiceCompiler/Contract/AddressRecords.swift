import SluiceLanguage

/// Address ranges as fixed-width big-endian records, the form `CompiledPolicyCodec` stores long
/// address lists in: an IPv4 range is its lower then its upper address in 4 + 4 bytes, an IPv6
/// range 16 + 16 bytes. Written and read with whole-word loads and stores: 100,000 ranges are a
/// few milliseconds either way, where text or per-byte shifts took tens.
enum AddressRecords {
    /// Bytes per range of a family.
    static func width(_ family: AddressFamily) -> Int { family == .ipv4 ? 8 : 32 }

    /// Writes `ranges` (all of `family`) at `offset`, which must leave room for them.
    static func write(_ ranges: some Collection<AddressRange>, family: AddressFamily,
                      into buffer: UnsafeMutableRawBufferPointer, at offset: inout Int) {
        guard let base = buffer.baseAddress else { return }
        for range in ranges {
            if family == .ipv4 {
                base.storeBytes(of: UInt32(truncatingIfNeeded: range.lower.value).bigEndian, toByteOffset: offset, as: UInt32.self)
                base.storeBytes(of: UInt32(truncatingIfNeeded: range.upper.value).bigEndian, toByteOffset: offset + 4, as: UInt32.self)
            } else {
                base.storeBytes(of: range.lower.value.bigEndian, toByteOffset: offset, as: UInt128.self)
                base.storeBytes(of: range.upper.value.bigEndian, toByteOffset: offset + 16, as: UInt128.self)
            }
            offset += width(family)
        }
    }

    /// Reads `count` ranges of `family` from `offset` into `out`; false when the bytes run out or
    /// do not describe valid ranges (the upper address below the lower).
    static func read(_ buffer: UnsafeRawBufferPointer, at offset: inout Int, family: AddressFamily, count: Int,
                     into out: inout [AddressRange]) -> Bool {
        let size = width(family)
        guard count >= 0, count <= (buffer.count - offset) / size else { return false }
        for _ in 0..<count {
            let lower: UInt128, upper: UInt128
            if family == .ipv4 {
                lower = UInt128(UInt32(bigEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                upper = UInt128(UInt32(bigEndian: buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
            } else {
                lower = UInt128(bigEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt128.self))
                upper = UInt128(bigEndian: buffer.loadUnaligned(fromByteOffset: offset + 16, as: UInt128.self))
            }
            offset += size
            guard let range = AddressRange(lower: IPAddress(family: family, value: lower),
                                           upper: IPAddress(family: family, value: upper)) else { return false }
            out.append(range)
        }
        return true
    }
}
