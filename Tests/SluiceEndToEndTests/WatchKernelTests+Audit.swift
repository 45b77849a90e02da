import Foundation
import Glibc
import SluiceLab
import Testing

extension WatchKernelTests {
    /// Observe before enforcing, with real packets: an audited group reaches what the policy would
    /// deny and it is recorded, an enforced group does not; report shows it, learn's proposal
    /// applied in enforce mode admits the same and nothing else that was tried; an audited quota
    /// is counted and produces would-contain; flow records survive a SIGKILL.
    @Suite("Audit, flows, report and learn", .timeLimit(.minutes(10)))
    struct Audit {
        static let t1 = "10.76.0.10", t2 = "10.76.0.20", i1 = "10.70.0.10", soc = "10.0.0.2"
        static let sink = "192.0.2.200", unapproved = "198.51.100.9"

        static func makeLab() throws -> WatchLab {
            try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: [soc]), try LabHostSpec(name: "t1", parsing: [t1]),
                                         try LabHostSpec(name: "t2", parsing: [t2]), try LabHostSpec(name: "i1", parsing: [i1])],
                                 outside: [sink, unapproved])
        }

        @Test("audit allows and records, enforce denies; report and learn; would-contain")
        func observeThenEnforce() throws {
            let t1 = try LabAddress(parsing: Self.t1), t2 = try LabAddress(parsing: Self.t2), i1 = try LabAddress(parsing: Self.i1)
            let sink = try LabAddress(parsing: Self.sink), unapproved = try LabAddress(parsing: Self.unapproved)
            let lab = try Self.makeLab()
            defer { lab.destroy() }
            let policy = try lab.policy("watch-audit.sluice")
            try lab.apply(policy)
            _ = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let ssh = try lab.lab.tcpListener(on: unapproved, port: 22)
            _ = try lab.lab.tcpListener(on: unapproved, port: 23)
            let watcher = try lab.startWatcher(["--flush", "1s", "--flow-read", "1s"])

            // The audited host reaches an unapproved destination; the enforced one does not.
            #expect(try lab.connects(t1, unapproved, port: 22), "an audited host was denied")
            #expect(try !lab.connects(i1, unapproved, port: 22), "an enforced host got out")
            let sent = try LabTraffic.tcpSend(from: try lab.namespace(of: t1), source: t1, to: unapproved, port: 22,
                                              bytes: 50_000, timeout: .seconds(5))
            #expect(sent.ending == .completed && ssh.counts().bytes(from: t1) == 50_000)

            // t2 spends its audited quota: counted, recorded as would-contain, never contained.
            let over = try lab.send(from: t2, to: sink, bytes: 300_000, timeout: .seconds(5))
            #expect(over.ending == .completed, "an audited quota stopped traffic: \(over)")
            let alert = watcher.waitForAlert(seconds: 5) { $0.event == "would-contain" && $0.host == Self.t2 }
            #expect(alert != nil, "\(watcher.outputLines())")
            #expect(watcher.outputLines().contains { $0.contains("\"would-contain\"") && $0.contains("\"audit\":true") })
            #expect(try lab.element(Self.t2, in: "isolated_v4") == nil, "an audited host was isolated")
            #expect(try lab.connects(t2, sink, port: WatchLab.sinkPort), "an audited host over its quota was cut off")
            Eventually.wait(seconds: 3) { ((try? lab.incidents()) ?? []).contains { $0.host == Self.t2 } }
            #expect(try lab.incidents().first { $0.host == Self.t2 }?.actions.first == "would isolate for 1h")

            // The report shows the flow, the host and the new destination.
            var report: ReportJSON?
            Eventually.wait(seconds: 10) {
                report = try? lab.report()
                return report?.wouldDeny.contains { $0.destination == Self.unapproved && $0.bytes >= 50_000 } == true
            }
            let seen = try #require(report)
            let flow = try #require(seen.wouldDeny.first { $0.destination == Self.unapproved && $0.service == "tcp/22" })
            #expect(flow.hosts == [Self.t1] && flow.bytes >= 50_000 && flow.bytes < 60_000, "\(flow)")
            #expect((seen.host(Self.t1)?.wouldDenyBytes ?? 0) >= 50_000)
            #expect(seen.newDestinations.contains { $0.destination == Self.unapproved && $0.hosts == [Self.t1] })
            #expect(!seen.wouldDeny.contains { $0.hosts.contains(Self.i1) }, "the enforced host's attempt was not a flow")

            // learn's proposal, with trial enforcing, admits what trial did and nothing else tried.
            let learned = try lab.sluice(["learn", "--since", "1h"])
            #expect(learned.status == 0, "\(learned.standardError)")
            #expect(learned.standardError.contains(" 0 not covered"), "\(learned.standardError)")
            let enforced = try String(contentsOfFile: policy, encoding: .utf8).replacingOccurrences(of: "audit trial\n", with: "")
                + learned.standardOutput
            let enforcedPath = lab.scratch + "/enforced.sluice"
            try enforced.write(toFile: enforcedPath, atomically: true, encoding: .utf8)
            #expect(try lab.sluice(["check", enforcedPath]).status == 0)
            try lab.apply(enforcedPath)
            #expect(try lab.connects(t1, unapproved, port: 22), "the learned allow does not admit what was observed")
            #expect(try !lab.connects(t1, unapproved, port: 23), "the learned allow admits a port nobody used")
            #expect(try !lab.connects(i1, unapproved, port: 22), "the learned allow admits an enforced group's denied attempt")
        }

        @Test("SIGKILL loses at most the last flush of flow records; the restart reads what the kernel counted meanwhile")
        func flowsSurviveSigkill() throws {
            let t1 = try LabAddress(parsing: Self.t1), sink = try LabAddress(parsing: Self.sink)
            let lab = try Self.makeLab()
            defer { lab.destroy() }
            try lab.apply(try lab.policy("watch-audit.sluice"))
            _ = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let first = try lab.startWatcher(["--flush", "1s", "--flow-read", "1s"], label: "watch-1")
            #expect(try lab.send(from: t1, to: sink, bytes: 100_000, timeout: .seconds(5)).ending == .completed)
            // Flushed: everything up to the last flush is on disk before the kill.
            #expect(Eventually.wait(seconds: 10) { ((try? lab.report())?.host(Self.t1)?.bytes ?? 0) >= 100_000 } != nil)
            #expect(try first.crash() == 128 + SIGKILL)
            let flushed = try #require(try lab.report().host(Self.t1)?.bytes)

            // While no watcher runs the kernel counts; the next watcher's first read takes it in.
            #expect(try lab.send(from: t1, to: sink, bytes: 60_000, timeout: .seconds(5)).ending == .completed)
            _ = try lab.startWatcher(["--flush", "1s", "--flow-read", "1s"], label: "watch-2")
            #expect(Eventually.wait(seconds: 10) { ((try? lab.report())?.host(Self.t1)?.bytes ?? 0) >= 160_000 } != nil)
            let total = try #require(try lab.report().host(Self.t1)?.bytes)
            // IP and TCP headers are counted too (a few per cent), and so are retransmissions on a
            // busy machine; nothing is counted twice: the first connection twice would be over
            // 200,000 flushed, and the restart taking either connection again over 120,000 added.
            #expect(flushed < 150_000 && total < 240_000 && total - flushed < 100_000,
                    "flushed \(flushed), total \(total) for 100,000 then 60,000 bytes of payload")
        }
    }
}
