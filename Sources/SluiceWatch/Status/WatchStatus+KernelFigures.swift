import Foundation
import SluiceCompiler

extension WatchStatus {
    /// What the kernel holds for one quota now, per host (the group total as `*`): its per-host
    /// elements, or its attribution counters and object for a total. Nothing is reset.
    public static func kernelFigures(of binding: QuotaBinding, window: QuotaWindow, kernel: any WatchKernel,
                                     table: String) -> [HostID: UInt64] {
        let reading = BindingRead(id: binding.id, sets: binding.accounting.hostSets, object: binding.accounting.object,
                                  reset: false, window: window, nextWindow: window)
            .perform(kernel: kernel, table: table)
        var figures = reading.hostFigures(counters: !binding.accounting.setsCarryQuota)
        if let used = reading.objectUsed, let host = binding.accounting.objectHost { figures[host] = used }
        return figures
    }

    /// Whether the kernel's figures are of `window`: a watcher reset them at its start (`mark`, the
    /// start it last reset for), or none ever did. Reset in an earlier window, they mix windows.
    public static func kernelCounts(_ window: QuotaWindow, mark: Int64?) -> Bool {
        (mark ?? window.start) >= window.start
    }
}
