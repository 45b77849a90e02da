extension UInt32 {
    /// The bits rotated right by `count` (0 < count < 32).
    func rotatedRight(_ count: UInt32) -> UInt32 {
        (self >> count) | (self << (32 - count))
    }
}
