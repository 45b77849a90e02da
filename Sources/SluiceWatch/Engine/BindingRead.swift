import SluiceCompiler

/// The kernel reads of one binding in one poll.
struct BindingRead: Hashable, Sendable {
    /// The `QuotaBinding.id`.
    var id: String
    /// The binding's host sets (quota sets or attribution counter sets).
    var sets: [String]
    /// The binding's named quota object.
    var object: String?
    /// Read and reset (a window boundary passed), rather than only read.
    var reset: Bool
    /// The window the counters belonged to when the poll was planned.
    var window: QuotaWindow
    /// The window that begins after a reset.
    var nextWindow: QuotaWindow

    /// Reads the kernel. Never throws: failures are collected, so one broken set does not stop
    /// the others from being read.
    func perform(kernel: any WatchKernel, table: String) -> BindingReading {
        var reading = BindingReading(read: self)
        for set in sets {
            do {
                reading.sets[set] = reset
                    ? try kernel.readAndResetElements(table: table, set: set).compactMap(HostUsage.init(element:))
                    : try kernel.hostUsage(table: table, set: set)
            } catch {
                reading.failures.append("\(reset ? "read and reset" : "read") set \(set): \(error)")
            }
        }
        if let object {
            do {
                reading.objectUsed = try kernel.quota(table: table, name: object, reset: reset).used
            } catch {
                reading.failures.append("\(reset ? "read and reset" : "read") quota \(object): \(error)")
            }
        }
        return reading
    }
}
