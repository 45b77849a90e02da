#if canImport(Glibc)
import Glibc
#endif

/// Cuts bytes into content-defined chunks: whether a chunk ends at a place depends only on the few
/// bytes before it, so an edit changes the chunks around it and the cuts after it fall where they
/// fell before. The store keeps chunks by their SHA-256 (`ChunkedBytes`), and a version that
/// changes one prefix of a 2.4 MB policy writes a chunk or two instead of the whole text.
///
/// Cuts fall only at boundaries: after a delimiter byte (a line break in policy text, a comma in
/// the compiled policy's JSON), or every 8 bytes in binary records. A boundary ends a chunk with
/// a probability proportional to the bytes since the boundary before it (so short and long lines
/// weigh the same per byte), decided by a hash of the 24 bytes before it; no chunk is shorter than
/// `minimum` (except the last) or longer than `maximum`.
struct ContentChunker: Sendable {
    /// Where cuts may fall.
    enum Boundary: Sendable {
        /// After this byte.
        case after(UInt8)
        /// Every 8 bytes.
        case words
    }

    var boundary: Boundary
    var minimum = 4 << 10
    /// The expected bytes between `minimum` and the cut.
    var target = 12 << 10
    var maximum = 64 << 10

    /// Policy text: cuts after line breaks.
    static let text = ContentChunker(boundary: .after(0x0A))
    /// JSON: cuts after commas.
    static let json = ContentChunker(boundary: .after(UInt8(ascii: ",")))
    /// Fixed-width binary records: cuts between 8-byte words.
    static let records = ContentChunker(boundary: .words)

    /// The chunks of `bytes`, in order, covering all of it.
    func cuts(_ bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var previous = 0
        while start < bytes.count {
            let next = min(nextBoundary(bytes, after: previous) ?? bytes.count, bytes.count)
            if next - start > maximum {
                // Too long without a cut: end at the boundary before, when there is one far
                // enough in; only a stretch without any (a line longer than `maximum`) is cut
                // inside.
                if previous - start >= minimum {
                    out.append(start..<previous)
                    start = previous
                } else {
                    out += Self.split(start..<next, maximum: maximum)
                    start = next
                    previous = next
                }
                continue
            }
            if next == bytes.count {
                out.append(start..<next)
                break
            }
            if next - start >= minimum && Self.cuts(bytes, at: next, span: next - previous, target: target) {
                out.append(start..<next)
                start = next
            }
            previous = next
        }
        return out
    }

    /// The first boundary after `position`, or nil when there is none.
    private func nextBoundary(_ bytes: UnsafeRawBufferPointer, after position: Int) -> Int? {
        switch boundary {
        case .words:
            return position + 8 <= bytes.count ? position + 8 : nil
        case .after(let delimiter):
            guard position < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + position, Int32(delimiter), bytes.count - position) else { return nil }
            return UnsafeRawPointer(found) - base + 1
        }
    }

    /// Whether a boundary at `end`, `span` bytes after the previous one, ends a chunk.
    private static func cuts(_ bytes: UnsafeRawBufferPointer, at end: Int, span: Int, target: Int) -> Bool {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        for k in 1...3 where end - 8 * k >= 0 {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: end - 8 * k, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        // P(cut) = span / target, compared in 32-bit fixed point.
        let threshold = UInt64(min(span, target)) << 32 / UInt64(target)
        return h >> 32 < threshold
    }

    /// A range cut into pieces of at most `maximum` bytes.
    private static func split(_ range: Range<Int>, maximum: Int) -> [Range<Int>] {
        stride(from: range.lowerBound, to: range.upperBound, by: maximum).map { $0..<min($0 + maximum, range.upperBound) }
    }
}
