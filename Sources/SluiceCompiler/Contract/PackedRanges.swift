import Foundation
import SluiceLanguage

/// A long list of address ranges as raw bytes: each range is its lower then its upper address in
/// network order, IPv4 ranges (4 + 4 bytes) in `v4`, IPv6 ranges (16 + 16 bytes) in `v6`. JSON
/// writes each as one base64 string, which decodes in a fraction of the time 100,000 range strings
/// (or nested element objects) take to parse.
struct PackedRanges: Codable, Hashable {
    var v4: Data
    var v6: Data

    /// Packs ranges listed IPv4 first, then IPv6 (as normalized lists are); nil for any other
    /// order, which could not be restored exactly.
    init?(_ ranges: [AddressRange]) {
        // Bytes gathered in arrays, which append far faster than Data.
        var v4: [UInt8] = []
        var v6: [UInt8] = []
        v4.reserveCapacity(ranges.count * 8)
        var seenV6 = false
        for range in ranges {
            switch range.family {
            case .ipv4:
                if seenV6 { return nil }
                PackedRanges.append(range, width: 4, to: &v4)
            case .ipv6:
                seenV6 = true
                PackedRanges.append(range, width: 16, to: &v6)
            }
        }
        self.v4 = Data(v4)
        self.v6 = Data(v6)
    }

    /// The ranges again, IPv4 first; nil when the bytes do not describe valid ranges.
    func ranges() -> [AddressRange]? {
        guard v4.count % 8 == 0, v6.count % 32 == 0 else { return nil }
        var out: [AddressRange] = []
        out.reserveCapacity(v4.count / 8 + v6.count / 32)
        guard PackedRanges.read(v4, family: .ipv4, width: 4, into: &out),
              PackedRanges.read(v6, family: .ipv6, width: 16, into: &out) else { return nil }
        return out
    }

    private static func append(_ range: AddressRange, width: Int, to bytes: inout [UInt8]) {
        for value in [range.lower.value, range.upper.value] {
            for i in stride(from: width - 1, through: 0, by: -1) {
                bytes.append(UInt8(truncatingIfNeeded: value >> UInt128(8 * i)))
            }
        }
    }

    private static func read(_ data: Data, family: AddressFamily, width: Int, into out: inout [AddressRange]) -> Bool {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            var offset = 0
            while offset + 2 * width <= buffer.count {
                var lower: UInt128 = 0
                var upper: UInt128 = 0
                for i in 0..<width { lower = (lower << 8) | UInt128(buffer[offset + i]) }
                for i in width..<(2 * width) { upper = (upper << 8) | UInt128(buffer[offset + i]) }
                offset += 2 * width
                guard let range = AddressRange(lower: IPAddress(family: family, value: lower),
                                               upper: IPAddress(family: family, value: upper)) else { return false }
                out.append(range)
            }
            return true
        }
    }
}
