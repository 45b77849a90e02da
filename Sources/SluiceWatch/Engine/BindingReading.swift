import SluiceCompiler

/// What the kernel said about one binding.
struct BindingReading: Sendable {
    var read: BindingRead
    /// Elements per host set that could be read.
    var sets: [String: [SetElement]] = [:]
    /// The named object's used bytes (capped at its budget by the kernel).
    var objectUsed: UInt64?
    /// What could not be read, in words.
    var failures: [String] = []

    init(read: BindingRead) {
        self.read = read
    }

    /// Per-host (per-user) figures from the host sets: quota used, or attribution counter bytes.
    func hostFigures(counters: Bool) -> [HostID: UInt64] {
        var out: [HostID: UInt64] = [:]
        for elements in sets.values {
            for element in elements {
                guard let host = HostID(element: element.key) else { continue }
                let bytes = counters ? (element.counter?.bytes ?? 0) : (element.quotaUsed ?? 0)
                out[host, default: 0] += bytes
            }
        }
        return out
    }
}
