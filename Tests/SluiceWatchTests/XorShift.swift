/// A seeded xorshift64 generator: the seeded fuzz tests try the same inputs on every run.
struct XorShift {
    var state: UInt64

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}
