/// FNV-1a, 64 bits: a hash that is the same on every run and machine (Swift's `Hasher` is seeded
/// per process), used where a name must be derived from content.
public enum StableHash {
    /// The FNV-1a hash of the UTF-8 bytes of `text`.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The first `length` hex digits of the hash of `text`.
    public static func hex(_ text: String, length: Int = 10) -> String {
        let digits = String(fnv1a(text), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - digits.count)) + digits
        return String(padded.prefix(length))
    }
}
