import Foundation

extension PolicyFollower {
    /// How often, in seconds, what the gateway runs is compared with what it last reported.
    public static let driftCheck: TimeInterval = 2

    /// Reports again whenever what the gateway runs is no longer what it last reported: a policy
    /// applied on the gateway itself (`sluice apply` without `--cluster`, a local rollback) would
    /// otherwise leave `status --cluster` saying it runs the fleet's live version.
    func watchDrift() {
        while !stopped.load(ordering: .relaxed) {
            driftWake.wait(until: Date().addingTimeInterval(Self.driftCheck))
            if stopped.load(ordering: .relaxed) { return }
            reportIfDrifted()
        }
    }

    /// Writes a report when what the gateway runs changed since its last one; a failure is logged
    /// and tried again at the next check.
    func reportIfDrifted() {
        let runs = running()
        guard let last = reported.withLock({ $0 }), last != runs else { return }
        do {
            guard let live = try policy.base().live else { return }
            let applied = runs == live.hash
            try policy.report(GatewayReport(
                gateway: gateway, sequence: live.sequence, hash: live.hash, applied: applied,
                reason: applied ? nil : "runs a policy applied on this gateway, not the fleet's live version",
                running: runs, time: Date()))
            reported.withLock { $0 = .some(runs) }
            logger.notice("reported to the fleet what this gateway runs now", metadata: [
                "runs": "\(runs.map { String($0.prefix(12)) } ?? "nothing")", "live": "\(live.hash.prefix(12))"])
        } catch {
            logger.warning("could not report to the fleet what this gateway runs", metadata: ["error": "\(error)"])
        }
    }
}
