/// The highest observed use behind a proposed quota: how much, by whom, in which window.
struct QuotaEvidence: Hashable {
    var bytes: UInt64 = 0
    var host: String = ""
    /// Unix seconds of the window's start.
    var window: Int64 = 0

    mutating func consider(_ bytes: UInt64, host: String, window: Int64) {
        if bytes > self.bytes || (bytes == self.bytes && (window, host) < (self.window, self.host)) {
            (self.bytes, self.host, self.window) = (bytes, host, window)
        }
    }
}
