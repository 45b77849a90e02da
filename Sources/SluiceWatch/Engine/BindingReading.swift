import SluiceCompiler

/// What the kernel said about one binding.
struct BindingReading: Sendable {
    var read: BindingRead
    /// The host (user) elements of each host set that could be read.
    var sets: [String: [HostUsage]] = [:]
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
        out.reserveCapacity(sets.values.reduce(0) { $0 + $1.count })
        for elements in sets.values {
            for element in elements {
                out[element.host, default: 0] += counters ? (element.counterBytes ?? 0) : (element.quotaUsed ?? 0)
            }
        }
        return out
    }
}
