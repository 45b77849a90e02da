/// The 16-bit groups of an IPv6 address as they are read, before and after its `::`, kept as two
/// numbers so that parsing allocates nothing.
struct IPv6Groups {
    private var head: UInt128 = 0
    private var headCount = 0
    private var tail: UInt128 = 0
    private var tailCount = 0
    /// Whether the `::` has been read.
    private(set) var compressed = false

    /// Groups read so far, on both sides of the `::`.
    var count: Int { headCount + tailCount }

    /// Appends `groups` groups (1, or 2 for an embedded IPv4 address) holding `value`.
    mutating func append(_ value: UInt128, groups: Int) {
        if compressed {
            tail = tail << UInt128(16 * groups) | value
            tailCount += groups
        } else {
            head = head << UInt128(16 * groups) | value
            headCount += groups
        }
    }

    /// Records the `::`; false when the address already had one.
    mutating func compress() -> Bool {
        guard !compressed else { return false }
        compressed = true
        return true
    }

    /// The address, or nil when the groups do not make one: 8 without `::`, at most 7 with it.
    var address: UInt128? {
        guard compressed ? count <= 7 : count == 8 else { return nil }
        // The head moves up past the zero groups and the tail.
        let shift = 16 * (8 - headCount)
        let high: UInt128 = shift >= 128 ? 0 : head << UInt128(shift)
        return high | tail
    }
}
