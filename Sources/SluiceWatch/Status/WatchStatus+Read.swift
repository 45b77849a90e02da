import Foundation
import SluiceCompiler

extension WatchStatus {
    /// The status from the kernel and the store alone, for `sluice status` without a running
    /// watcher. Reads only; changes nothing. A quota's usage is the larger of the kernel's and the
    /// store's figure for the current window; the kernel's counts are left out when they still
    /// belong to an earlier window (no watcher has rolled the window over).
    public static func read(compiled: CompiledPolicy, table: String, at time: Date, kernel: any WatchKernel,
                            store: any WatchStore) throws -> WatchStatus {
        let index = PolicyIndex(compiled: compiled, table: table)
        let stored = try store.currentUsage(table: table, at: time)
        let marks = try store.windowMarks(table: table)
        let learned = index.bindings.contains { $0.learned != nil } ? try store.baselineLimits(table: table) : [:]
        var quotas: [QuotaStatus] = []
        for binding in index.bindings {
            let window = QuotaWindow(containing: time, length: binding.window)
            var usage: [HostID: UInt64] = [:]
            for record in stored where record.quotaID == binding.id && record.window == window {
                usage[record.host] = max(usage[record.host] ?? 0, record.bytes)
            }
            if kernelCounts(window, mark: marks[binding.id]) {
                for (host, bytes) in kernelFigures(of: binding, window: window, kernel: kernel, table: table) {
                    usage[host] = max(usage[host] ?? 0, bytes)
                }
            }
            // Limits recorded for another window (no watcher has started this one) are not this window's.
            let limits = learned[binding.id].flatMap { $0.window == window ? $0.baselines : nil } ?? []
            quotas.append(quota(binding, window: window, usage: usage,
                                baselines: Dictionary(limits.map { ($0.host, $0) }, uniquingKeysWith: { a, _ in a })))
        }
        let records = try store.activeContainments(table: table, at: time)
        var containments: [ContainmentStatus] = []
        for ref in index.containmentSets {
            var seen: Set<HostID> = []
            for element in try kernel.elements(table: table, set: ref.name) {
                guard let host = ContainmentBinding.host(of: element, in: ref), seen.insert(host).inserted else { continue }
                let record = records.first { $0.host == host && $0.level == ref.kind }
                containments.append(ContainmentStatus(
                    host: host, level: ref.kind, since: record?.since,
                    expires: ContainmentReading.end(of: element, at: time).date,
                    reason: record?.reason ?? "found in the kernel", origin: record?.origin ?? .unknown))
            }
        }
        // A containment the store holds and the kernel lacks (a `block` or `isolate` killed between
        // its record and its kernel write) is shown too, saying who puts it in.
        for record in records where index.containmentElements(host: record.host, level: record.level) != nil
            && !containments.contains(where: { $0.host == record.host && $0.level == record.level }) {
            containments.append(ContainmentStatus(
                host: record.host, level: record.level, since: record.since, expires: record.expires,
                reason: record.reason + " (recorded, not in the kernel yet: the next apply or the watcher puts it in)",
                origin: record.origin))
        }
        containments.sort { ($0.host, $0.level) < ($1.host, $1.level) }
        var status = WatchStatus(table: table, time: time, quotas: quotas, containments: containments)
        if let binding = compiled.dns {
            status.names = names(try store.learnedNames(table: table, at: time), binding: binding)
        }
        return status
    }
}
