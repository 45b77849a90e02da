import Foundation
import SluiceLab

/// Decides each scenario from what reached the outside listeners and what the watcher reported.
struct DrillJudge {
    var results: DrillResults
    var alerts: [DrillAlert]
    var mirror: ByteCounts
    var dropSite: ByteCounts

    private func gotOut(_ host: String) -> Int {
        (try? LabAddress(parsing: host)).map { mirror.bytes(from: $0) } ?? 0
    }

    private func contained(_ host: String) -> DrillAlert? {
        alerts.first { $0.host == host && $0.event == "contained" }
    }

    func outcomes() -> [DrillOutcome] {
        var out: [DrillOutcome] = []

        let bulkOut = gotOut(DrillPlan.bulk)
        let bulkAlert = contained(DrillPlan.bulk)
        var bulk = DrillOutcome(name: "(a) bulk burst", pattern: "one host sends 20 MB as fast as it can",
                                hosts: [DrillPlan.bulk], sent: results.sent("bulk"), gotOut: bulkOut,
                                budget: DrillPlan.shortBudget, containedAfter: [:], caughtBy: bulkAlert?.quota,
                                passed: false, notes: [])
        if let bulkAlert { bulk.containedAfter[DrillPlan.bulk] = bulkAlert.time.timeIntervalSince(results.start("bulk")) }
        bulk.passed = bulkOut <= DrillPlan.shortBudget && bulkAlert != nil
        if bulkAlert == nil { bulk.notes.append("the watcher did not contain the host") }
        out.append(bulk)

        let slowOut = gotOut(DrillPlan.slow)
        let slowAlert = contained(DrillPlan.slow)
        var slow = DrillOutcome(name: "(b) low and slow",
                                pattern: "one host sends \(DrillPlan.slowPace / 1000) KB/s, under its 1 MB per 10s budget",
                                hosts: [DrillPlan.slow], sent: results.sent("slow"), gotOut: slowOut,
                                budget: DrillPlan.longBudget, containedAfter: [:], caughtBy: slowAlert?.quota,
                                passed: false, notes: [])
        if let slowAlert { slow.containedAfter[DrillPlan.slow] = slowAlert.time.timeIntervalSince(results.start("slow")) }
        let caughtByLong = slowAlert?.quota == "hq_compute_1d"
        slow.passed = slowOut <= DrillPlan.longBudget && caughtByLong && slowOut > DrillPlan.shortBudget
        slow.notes.append("stayed under the short window and was caught by the day window: \(caughtByLong ? "yes" : "no")")
        out.append(slow)

        let farmOut = DrillPlan.farm.map(gotOut)
        var farm = DrillOutcome(name: "(c) spread", pattern: "\(DrillPlan.farm.count) hosts send 500 KB each, under their own 1 MB budget",
                                hosts: DrillPlan.farm, sent: results.sent("farm"), gotOut: farmOut.reduce(0, +),
                                budget: DrillPlan.farmTotalBudget, containedAfter: [:], caughtBy: nil, passed: false, notes: [])
        for host in DrillPlan.farm {
            if let a = contained(host) {
                farm.containedAfter[host] = a.time.timeIntervalSince(results.start("farm"))
                farm.caughtBy = a.quota
            }
        }
        farm.passed = farm.gotOut <= DrillPlan.farmTotalBudget && farmOut.allSatisfy { $0 <= DrillPlan.farmHostBudget }
            && farm.caughtBy == "tq_farm_1d" && !farm.containedAfter.isEmpty
        farm.notes.append("no single host exceeded its own budget: \(farmOut.allSatisfy { $0 <= DrillPlan.farmHostBudget } ? "yes" : "no")")
        out.append(farm)

        let denied = alerts.first { $0.host == DrillPlan.prober && $0.event == "denied" }
        var probe = DrillOutcome(name: "(d) unapproved destination",
                                 pattern: "one host tries \(DrillPlan.dropSite) again and again",
                                 hosts: [DrillPlan.prober], sent: 0, gotOut: dropSite.total, budget: 0,
                                 containedAfter: [:], caughtBy: denied == nil ? nil : "denied", passed: false,
                                 notes: ["\(results.sent("prober")) connection attempts, all denied by default"])
        if let denied { probe.containedAfter[DrillPlan.prober] = denied.time.timeIntervalSince(results.start("prober")) }
        probe.passed = dropSite.total == 0 && denied != nil
        if denied == nil { probe.notes.append("the watcher raised no denied alert") }
        out.append(probe)

        for failure in results.failures {
            out[0].notes.append("traffic error: \(failure)")
        }
        return out
    }
}
