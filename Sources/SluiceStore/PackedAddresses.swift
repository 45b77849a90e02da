import Foundation
import SluiceCompiler
import SluiceLanguage

/// The elements of a large address set as raw bytes: each range is its lower then its upper
/// address in network order (4 or 16 bytes each). JSON writes the bytes as one base64 string,
/// which decodes in a fraction of the time 100,000 nested element objects take.
struct PackedAddresses: Codable, Hashable {
    var family: AddressFamily
    var ranges: Data

    /// Packs plain address elements of one family; nil when some element carries anything else
    /// (a timeout, a counter, a comment...) or the families differ, so the caller keeps them as
    /// they are.
    init?(_ elements: [SetElement]) {
        guard let first = elements.first, case .address(let firstRange) = first.key else { return nil }
        let family = firstRange.family
        let width = family == .ipv4 ? 4 : 16
        var bytes = Data(capacity: elements.count * width * 2)
        for element in elements {
            guard case .address(let range) = element.key, range.family == family,
                  element == SetElement(element.key) else { return nil }
            PackedAddresses.append(range.lower, width: width, to: &bytes)
            PackedAddresses.append(range.upper, width: width, to: &bytes)
        }
        self.family = family
        self.ranges = bytes
    }

    /// The elements again, or nil when the bytes do not describe valid ranges.
    func elements() -> [SetElement]? {
        let width = family == .ipv4 ? 4 : 16
        guard ranges.count % (2 * width) == 0 else { return nil }
        var out: [SetElement] = []
        out.reserveCapacity(ranges.count / (2 * width))
        let ok = ranges.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            var offset = 0
            while offset < buffer.count {
                let lower = PackedAddresses.read(buffer, at: offset, width: width)
                let upper = PackedAddresses.read(buffer, at: offset + width, width: width)
                offset += 2 * width
                guard let range = AddressRange(lower: IPAddress(family: family, value: lower),
                                               upper: IPAddress(family: family, value: upper)) else { return false }
                out.append(SetElement(.address(range)))
            }
            return true
        }
        return ok ? out : nil
    }

    private static func append(_ address: IPAddress, width: Int, to bytes: inout Data) {
        for i in stride(from: width - 1, through: 0, by: -1) {
            bytes.append(UInt8(truncatingIfNeeded: address.value >> UInt128(8 * i)))
        }
    }

    private static func read(_ buffer: UnsafeRawBufferPointer, at offset: Int, width: Int) -> UInt128 {
        var value: UInt128 = 0
        for i in 0..<width { value = (value << 8) | UInt128(buffer[offset + i]) }
        return value
    }
}
