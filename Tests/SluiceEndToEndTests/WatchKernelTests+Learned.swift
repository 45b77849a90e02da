import Foundation
import SluiceLab
import Testing

extension WatchKernelTests {
    /// `bulk` with a learned quota (3x usual at least 100 KB per hour) under a fixed 50 MB a day:
    /// two weeks of history imported with `sluice baseline import`, then real packets.
    @Suite("Learned quotas", .timeLimit(.minutes(10)))
    struct Learned {
        @Test("the kernel stops a host at 3x its own usual, far under the fixed quota, and lets a busier host through")
        func aLearnedLimitStopsAQuietHost() throws {
            let quiet = try LabAddress(parsing: "10.74.0.10")
            let busy = try LabAddress(parsing: "10.74.0.11")
            let sink = try LabAddress(parsing: "192.0.2.200")
            // Two hosts, two links: one host's addresses share its MAC, and a containment covers
            // them all (operations.md, "A host is all its addresses").
            let lab = try WatchLab.gateway(hosts: [LabHostSpec(name: "quiet", addresses: [quiet]), LabHostSpec(name: "busy", addresses: [busy])],
                                           outside: ["192.0.2.200"])
            defer { lab.destroy() }
            // 14 days, every hour: the quiet host sends 100 kB, the busy one 1 MB.
            let now = Int64(Date().timeIntervalSince1970)
            let thisHour = now - now % 3_600
            var csv = "host,hour,bytes\n"
            let formatter = ISO8601DateFormatter()
            for t in stride(from: thisHour - 14 * 86_400, to: thisHour, by: 3_600) {
                let hour = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(t)))
                csv += "10.74.0.10,\(hour),100000\n10.74.0.11,\(hour),1000000\n"
            }
            let file = lab.scratch + "/usage.csv"
            try csv.write(toFile: file, atomically: true, encoding: .utf8)
            let imported = try lab.sluice(["baseline", "import", file])
            #expect(imported.status == 0, "\(imported)")
            try lab.apply(try lab.policy("watch-gateway.sluice", replacing: [
                ("quota bulk    200 KB per day per host",
                 "quota bulk    3x usual at least 100 KB per 1h per host\nquota bulk    50 MB per day per host"),
            ]))
            let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let watcher = try lab.startWatcher()
            _ = watcher

            // The quiet host's element holds its own limit, written by the watcher at its start.
            #expect(lab.waitForElement("10.74.0.10", in: "hq_bulk_1h_v4", seconds: 5) != nil,
                    "no learned element: \(String(describing: try? lab.listSet("hq_bulk_1h_v4")))")
            let listed = try lab.listSet("hq_bulk_1h_v4")
            #expect(listed.contains("quota over 300000 bytes"), "\(listed)")
            #expect(listed.contains("quota over 3000000 bytes"), "\(listed)")

            // 1 MB: 1/50 of the fixed daily quota, but over 3x the quiet host's usual hour.
            let stopped = try lab.send(from: quiet, to: sink, bytes: 1_000_000, timeout: .seconds(5))
            #expect(stopped.ending != .completed, "the quiet host sent 1 MB past its learned 300 kB: \(stopped)")
            // The listener's thread may still be reading what got out.
            _ = listener.waitForBytes(WatchLab.floor(300_000), from: quiet, timeout: .seconds(3))
            let got = listener.counts().bytes(from: quiet)
            #expect(got >= WatchLab.floor(300_000) && got <= 300_000, "the sink got \(got) bytes of a 300 kB learned limit")
            let alert = watcher.waitForAlert(seconds: 5) { $0.host == "10.74.0.10" }
            #expect(alert?.quota == "hq_bulk_1h" && alert?.budget == 300_000 && alert?.usual == 100_000,
                    "\(String(describing: alert))")
            #expect(lab.waitForElement("10.74.0.10", in: "blocked_v4", seconds: 5) != nil, "the quiet host was not blocked")

            // The same 1 MB from the busy host is a third of its own usual hour's limit.
            let passed = try lab.send(from: busy, to: sink, bytes: 1_000_000, timeout: .seconds(5))
            #expect(passed.connected && passed.ending == .completed, "\(passed)")
            // A completed send is written, not yet read: wait for the listener to have it all.
            #expect(listener.waitForBytes(1_000_000, from: busy, timeout: .seconds(5)))
            #expect(listener.counts().bytes(from: busy) == 1_000_000)
            #expect(try lab.element("10.74.0.11", in: "blocked_v4") == nil)
        }
    }
}
