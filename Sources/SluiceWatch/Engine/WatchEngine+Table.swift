import Foundation
import SluiceCompiler

extension WatchEngine {
    /// The table is gone: deleted, or another program ran `nft flush ruleset` (a distribution's
    /// firewall reload does). Nothing is enforced until it is applied again, not even default
    /// deny, so every sink of the policy is alerted, once; the polls meanwhile are not reported
    /// read by read. Usage and containments stay as the engine knows them, to be put back.
    func tableGone(at now: Date) -> [WatchEffect] {
        guard tableMissingSince == nil else { return [] }
        tableMissingSince = now
        logger.critical("the table is gone; nothing is enforced until it is applied again", metadata: ["table": "\(table)"])
        let reason = "table inet \(table) is gone (deleted, or nft flush ruleset): default deny, quotas and containment "
            + "are not enforced until the policy is applied again"
        return [.alert(AlertEvent(time: now, kind: .tableMissing, table: table, host: .machine, groups: [], reason: reason),
                       sinks: index.everyAlertSink)]
    }

    /// The table is there again after `tableGone`: alerted once, and the next poll reads every
    /// host, so what the new table lacks (usage, containments) is put back.
    func tableBack(at now: Date) -> [WatchEffect] {
        guard let since = tableMissingSince else { return [] }
        tableMissingSince = nil
        requestSweep()
        let seconds = Int(now.timeIntervalSince(since).rounded())
        logger.notice("the table is back", metadata: ["table": "\(table)", "missing_seconds": "\(seconds)"])
        let reason = "table inet \(table) is back after \(seconds) s; usage and containments are reconciled"
        return [.alert(AlertEvent(time: now, kind: .tableRestored, table: table, host: .machine, groups: [], reason: reason),
                       sinks: index.everyAlertSink)]
    }
}
