extension Duration {
    /// The duration in seconds, as Foundation and GRDB take it.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
