import Foundation
import SluiceLab
import Synchronization

/// Scenario (f), a stolen account, in host mode: on a login node whose accounts all leave by one
/// address, one account exfiltrates far under the node's budget and must be contained by its own
/// per-user budget, while another account's work goes on. Real accounts (`useradd`) send from
/// their own processes; the accounts and the lab are removed at the end, also on failure.
struct DrillStolenAccount {
    var executable: String
    var progress: @Sendable (String) -> Void

    static let node = "10.50.0.5"
    static let management = "10.0.0.2"
    /// Where the other account's work goes (port 80).
    static let mirror = "192.0.2.10"
    /// Where the stolen account sends (port 443).
    static let dropSite = "203.0.113.66"
    static let userBudget = 1_000_000
    static let nodeBudget = 20_000_000
    static let theft = 10_000_000
    static let work = 600_000

    /// The node's policy, with the two accounts' names.
    static func policy(thief: String, worker: String) -> String {
        """
        # Scenario (f): a login node (host mode) whose accounts share one address.
        policy login {
          mode host
          egress "wan0"
          management soc
        }

        group soc  \(management)

        destination outside  \(mirror), \(dropSite)
        service web          tcp/80, tcp/443

        users staff  \(thief), \(worker)

        allow self to outside on web

        quota staff  1 MB per day per user     # what one account may send
        quota self   20 MB per day per host    # the node's budget: far above one account's theft

        on exceed staff {
          block for 10m
          alert log
        }

        """
    }

    /// Runs the scenario; returns its outcome, its checks and its policy.
    func run(scratch: String) throws -> (outcome: DrillOutcome, checks: [(String, Bool)], policy: String,
                                         labTag: String, accounts: [String]) {
        progress("(f) creating two local accounts and a login node")
        let accounts = try LabAccount.create(2)
        defer { for account in accounts { account.remove() } }
        let thief = accounts[0], worker = accounts[1]
        let policy = Self.policy(thief: thief.name, worker: worker.name)
        let policyPath = scratch + "/login.sluice", stateDirectory = scratch + "/state-f", watchLog = scratch + "/watch-f.log"
        try policy.write(toFile: policyPath, atomically: true, encoding: .utf8)

        let mirror = try LabAddress(parsing: Self.mirror), dropSite = try LabAddress(parsing: Self.dropSite)
        let nodeAddress = try LabAddress(parsing: Self.node)
        let lab = try Lab.create(.host(node: [nodeAddress], outside: [mirror, dropSite],
                                       management: try LabHostSpec(name: "soc", parsing: [Self.management])))
        defer { _ = lab.destroy() }
        let node = try lab.node()
        try DrillSluice.run(executable, ["apply", policyPath, "--state-dir", stateDirectory, "-m", "drill (f)"], in: lab, on: node,
                            what: "sluice apply (f)")
        let work = try lab.tcpListener(on: mirror, port: 80)
        let drop = try lab.tcpListener(on: dropSite, port: 443)
        _ = try lab.tcpListener(on: nodeAddress, port: 22)
        let watcher = try DrillSluice.watch(executable, ["--state-dir", stateDirectory], in: lab, on: node, log: watchLog,
                                            what: "sluice watch (f)")

        progress("(f) the stolen account sends 10 MB while another account works")
        let start = Date()
        // The stolen account keeps sending until the drill has measured: what it gets out while
        // running is what its budget stops. (A socket closed with data queued stays the account's:
        // its connection records its owner; UsersKernelTests covers it.)
        let thiefDone = Self.startTheft(by: thief, in: lab, from: node, to: dropSite)
        let workDone = Self.runWork(by: worker, in: lab, from: node, to: mirror)
        Thread.sleep(forTimeInterval: 1.5)
        let gotOut = drop.counts().bytes(from: nodeAddress)
        let checks = try isolationChecks(thief: thief, worker: worker, lab: lab, node: node)
        _ = try? watcher.terminate(grace: .seconds(5))
        _ = lab.destroy()   // ends the stolen account's sender too
        thiefDone.wait()

        let alerts = DrillAlert.parse((try? String(contentsOfFile: watchLog, encoding: .utf8)) ?? "")
        let outcome = Self.judge(alerts, thief: thief, worker: worker, start: start, gotOut: gotOut,
                                 workOut: work.counts().bytes(from: nodeAddress), workDone: workDone)
        return (outcome, checks, policy, lab.tag, accounts.map(\.name))
    }

    /// Starts the stolen account sending on a thread of its own; the group is done when it stops
    /// (at the latest when the lab is destroyed).
    private static func startTheft(by thief: LabAccount, in lab: Lab, from node: LabNamespace,
                                   to dropSite: LabAddress) -> DispatchGroup {
        let thiefDone = DispatchGroup()
        thiefDone.enter()
        Thread.detachNewThread {
            defer { thiefDone.leave() }
            _ = try? thief.send(lab, from: node, to: dropSite, port: 443, bytes: Self.theft, seconds: 20)
        }
        return thiefDone
    }

    /// The other account's work, on a thread of its own; returns once it is over, whether all of it got out.
    private static func runWork(by worker: LabAccount, in lab: Lab, from node: LabNamespace, to mirror: LabAddress) -> Bool {
        let workDoneGroup = DispatchGroup()
        let workDone = Mutex(false)
        workDoneGroup.enter()
        Thread.detachNewThread {
            defer { workDoneGroup.leave() }
            let done = (try? worker.send(lab, from: node, to: mirror, port: 80, bytes: Self.work, seconds: 8)) ?? false
            workDone.withLock { $0 = done }
        }
        workDoneGroup.wait()
        return workDone.withLock { $0 }
    }

    /// After the theft: the stolen account is cut off, and the other account, the node itself and
    /// the management host are not.
    private func isolationChecks(thief: LabAccount, worker: LabAccount, lab: Lab, node: LabNamespace) throws -> [(String, Bool)] {
        let mirror = try LabAddress(parsing: Self.mirror), dropSite = try LabAddress(parsing: Self.dropSite)
        let nodeAddress = try LabAddress(parsing: Self.node)
        return [
            ("the stolen account (\(thief.name)) cannot reach the outside any more",
             try !thief.connects(lab, from: node, to: dropSite, port: 443)),
            ("the other account (\(worker.name)) still reaches the outside", try worker.connects(lab, from: node, to: mirror, port: 80)),
            ("the node's own traffic (root) still reaches the outside",
             try LabTraffic.tcpConnect(from: node, to: mirror, port: 80, timeout: .seconds(2)).isConnected),
            ("the management host \(Self.management) still reaches the node",
             try LabTraffic.tcpConnect(from: try lab.management(), to: nodeAddress, port: 22, timeout: .seconds(2)).isConnected),
        ]
    }

    /// Passed when the stolen account got out no more than its own budget and was contained by it,
    /// while the other account's work all got out and it was never contained.
    private static func judge(_ alerts: [DrillAlert], thief: LabAccount, worker: LabAccount, start: Date, gotOut: Int,
                              workOut: Int, workDone: Bool) -> DrillOutcome {
        let thiefHost = "uid:\(thief.uid)", workerHost = "uid:\(worker.uid)"
        let contained = alerts.first { $0.host == thiefHost && $0.event == "contained" }
        var outcome = DrillOutcome(
            name: "(f) stolen account",
            pattern: "on a login node, one account sends 10 MB, under the node's 20 MB budget",
            hosts: ["\(thief.name) (\(thiefHost))"], sent: theft, gotOut: gotOut, budget: userBudget,
            containedAfter: [:], caughtBy: contained?.quota, passed: false, notes: [])
        if let contained { outcome.containedAfter["\(thief.name) (\(thiefHost))"] = contained.time.timeIntervalSince(start) }
        let workerTouched = alerts.contains { $0.host == workerHost }
        let workFinished = workDone && workOut >= work
        outcome.passed = gotOut <= userBudget && contained?.quota == "uq_staff_1d" && workFinished && !workerTouched
        outcome.notes.append("the other account's \(work / 1000) KB all got out, and it was never contained: "
                             + (workFinished && !workerTouched ? "yes" : "no (\(workOut) bytes)"))
        outcome.notes.append("not replayed here: what an account queues in a socket and then closes it on stays the "
                             + "account's, since the connection records its owner (docs/language.md, Traffic without an owner)")
        return outcome
    }
}
