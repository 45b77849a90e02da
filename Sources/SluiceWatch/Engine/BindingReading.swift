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

    /// The same figures as a list, without building a dictionary when one set was read (the
    /// common sweep: a set holds each host once); several sets go through `hostFigures`, which
    /// adds up a host that two of them hold.
    func hostFigureList(counters: Bool) -> [(HostID, UInt64)] {
        guard sets.count == 1, let elements = sets.values.first else {
            return hostFigures(counters: counters).map { ($0.key, $0.value) }
        }
        return elements.map { ($0.host, counters ? ($0.counterBytes ?? 0) : ($0.quotaUsed ?? 0)) }
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
