extension Duration {
    /// The duration in seconds, with its fraction, as Foundation, Dispatch and GRDB take it.
    public var secondsValue: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    /// The duration as a `poll` timeout in milliseconds: rounded up, so that a wait never ends
    /// early, 0 when not positive, and capped at `Int32.max`.
    public var pollMilliseconds: Int32 {
        let (seconds, attoseconds) = components
        if seconds < 0 || (seconds == 0 && attoseconds <= 0) { return 0 }
        let total = seconds.multipliedReportingOverflow(by: 1000)
        if total.overflow { return Int32.max }
        return Int32(clamping: total.partialValue + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }
}
