extension Duration {
    /// The duration in seconds, with its fraction.
    var secondsValue: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
