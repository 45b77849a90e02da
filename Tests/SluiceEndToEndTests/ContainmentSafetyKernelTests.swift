import Foundation
import SluiceLab
import SluiceStore
import Testing

/// What containment may never do: contain a management host unless an operator insists, miss a
/// host named in another spelling, or stop a second table's watcher from working.
@Suite("Containment safety", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ContainmentSafetyKernelTests {
    @Test("a spent total with `on exceed any { isolate }`: every contributor is isolated but the management host; the CLI needs --force")
    func managementIsNeverContained() throws {
        let soc = try LabAddress(parsing: "10.0.0.2"), inside = try LabAddress(parsing: "10.70.0.10")
        let sink = try LabAddress(parsing: "192.0.2.200")
        let lab = try WatchLab.gateway(hosts: [LabHostSpec(name: "soc", addresses: [soc]), LabHostSpec(name: "in", addresses: [inside])],
                                       outside: ["192.0.2.200"])
        defer { lab.destroy() }
        try lab.apply(try lab.policy("watch-management.sluice"))
        let listener = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
        defer { listener.stop() }
        let watcher = try lab.startWatcher()
        for source in [soc, inside] {
            _ = try LabTraffic.tcpSend(from: try lab.namespace(of: source), source: source, to: sink, port: WatchLab.sinkPort,
                                       bytes: 200_000, timeout: .milliseconds(1500))
        }
        #expect(lab.waitForElement("10.70.0.10", in: "isolated_v4", seconds: 4) != nil, "the inside contributor was not isolated")
        Thread.sleep(forTimeInterval: 1.5)
        #expect(try lab.element("10.0.0.2", in: "isolated_v4") == nil, "the watcher isolated a management host")
        #expect(watcher.log().contains("a management host spent a quota; it is not contained"), "\(watcher.log())")
        #expect(try lab.lab.canConnect(from: soc, to: inside, port: 22, proto: .tcp, timeout: .milliseconds(800)),
                "management cannot reach the isolated host")

        for spelling in ["10.0.0.2", "::ffff:10.0.0.2"] {
            let refused = try lab.sluice(["isolate", spelling])
            #expect(refused.status == 1 && refused.standardError.contains("management group"), "\(spelling): \(refused)")
            #expect(try lab.sluice(["block", spelling]).status == 1)
        }
        #expect(try lab.element("10.0.0.2", in: "isolated_v4") == nil && lab.element("10.0.0.2", in: "blocked_v4") == nil)
        let forced = try lab.sluice(["isolate", "10.0.0.2", "--force", "--reason", "the SOC host itself is compromised"])
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(try lab.element("10.0.0.2", in: "isolated_v4") != nil)
    }

    @Test("an IPv4-mapped IPv6 host (::ffff:a.b.c.d) is contained and released as the IPv4 host it is")
    func mappedAddressesAreTheirIPv4Host() throws {
        let (lab, inside, sink, listener) = try Self.oneInsideHost()
        defer { listener.stop(); lab.destroy() }
        #expect(try lab.lab.canConnect(from: inside, to: sink, port: WatchLab.sinkPort, proto: .tcp))
        for kind in ["isolate", "block"] {
            let contained = try lab.sluice([kind, "::ffff:10.70.0.10"])
            #expect(contained.status == 0 && contained.standardOutput.contains("10.70.0.10"), "\(contained)")
            #expect(try lab.element("10.70.0.10", in: "\(kind == "isolate" ? "isolated" : "blocked")_v4") != nil)
            #expect(try lab.listSet("\(kind == "isolate" ? "isolated" : "blocked")_v6").contains("ffff") == false)
            #expect(try !lab.lab.canConnect(from: inside, to: sink, port: WatchLab.sinkPort, proto: .tcp, timeout: .milliseconds(600)),
                    "\(kind) ::ffff:10.70.0.10 did not stop 10.70.0.10")
            #expect(try lab.sluice(["release", "::ffff:10.70.0.10"]).status == 0)
            #expect(try lab.lab.canConnect(from: inside, to: sink, port: WatchLab.sinkPort, proto: .tcp), "release did not end \(kind)")
        }
        let explained = try lab.sluice(["explain", try lab.policy("watch-management.sluice"), "::ffff:10.70.0.10",
                                        "::ffff:192.0.2.200", "tcp/9000"])
        #expect(explained.status == 0 && explained.standardOutput.hasPrefix("allow"), "\(explained)")
    }

    @Test("containing a host again never shortens its containment; a block and an isolation stand side by side")
    func containmentIsNeverShortened() throws {
        let (lab, inside, sink, listener) = try Self.oneInsideHost()
        defer { listener.stop(); lab.destroy() }
        func connects() throws -> Bool {
            try lab.lab.canConnect(from: inside, to: sink, port: WatchLab.sinkPort, proto: .tcp, timeout: .milliseconds(600))
        }

        // Isolated until released; isolating it again for two seconds leaves it so.
        let first = try lab.sluice(["isolate", "10.70.0.10", "--reason", "incident 1"])
        #expect(first.status == 0 && !first.standardError.contains("no group"), "\(first)")
        let shorter = try lab.sluice(["isolate", "10.70.0.10", "--for", "2s", "--reason", "a playbook's default"])
        #expect(shorter.status == 0 && shorter.standardOutput.contains("stays isolated until released"), "\(shorter)")
        // A block of the isolated host stands beside the isolation, with its own end.
        #expect(try lab.sluice(["block", "10.70.0.10", "--for", "1h"]).status == 0)
        Thread.sleep(forTimeInterval: 3)
        let isolated = try #require(try lab.element("10.70.0.10", in: "isolated_v4"), "the isolation was shortened to 2 s")
        #expect(!isolated.contains("timeout"), "\(isolated)")
        #expect(try lab.element("10.70.0.10", in: "blocked_v4") != nil)
        #expect(try !connects(), "the isolated host got out")
        let status = try lab.sluice(["status"]).standardOutput
        #expect(status.contains("isolate") && status.contains("block") && status.contains("incident 1"), "\(status)")
        // explain keeps the policy's verdict, and says the kernel drops the flow now, and why.
        let explained = try lab.sluice(["explain", try lab.policy("watch-management.sluice"), "10.70.0.10", "192.0.2.200",
                                        "tcp/\(WatchLab.sinkPort)"]).standardOutput
        #expect(explained.contains("now: 10.70.0.10 is isolated until released") && explained.contains("now: 10.70.0.10 is blocked until"),
                "\(explained)")

        // Release ends both.
        let released = try lab.sluice(["release", "10.70.0.10"])
        #expect(released.standardOutput.contains("was isolated since") && released.standardOutput.contains("blocked since"), "\(released)")
        #expect(try connects(), "release did not end both containments")

        // A longer block replaces a shorter one in place: after the shorter one's end it holds.
        #expect(try lab.sluice(["block", "10.70.0.10", "--for", "2s"]).status == 0)
        let longer = try lab.sluice(["block", "10.70.0.10", "--for", "1h"])
        #expect(longer.status == 0 && longer.standardOutput.hasPrefix("blocked 10.70.0.10 until"), "\(longer)")
        Thread.sleep(forTimeInterval: 3)
        #expect(try !connects(), "the block ended with the shorter duration")

        // An address in no group (a typo for the host meant) is contained all the same, and said so.
        let typo = try lab.sluice(["isolate", "10.71.0.10"])
        #expect(typo.status == 0 && typo.standardError.contains("warning: 10.71.0.10 is in no group of the live policy"), "\(typo)")
    }

    @Test("a table deleted under Sluice (another tool's `nft flush ruleset`) comes back from apply with its hosts still contained")
    func applyAfterAFlushKeepsContainment() throws {
        let (lab, inside, sink, listener) = try Self.oneInsideHost()
        defer { listener.stop(); lab.destroy() }
        #expect(try lab.sluice(["isolate", "10.70.0.10", "--reason", "EDR alert"]).status == 0)
        #expect(try lab.sluice(["block", "10.70.0.11", "--for", "1h"]).status == 0)
        try lab.lab.run(in: lab.router, ["nft", "flush", "ruleset"])
        try lab.apply(try lab.policy("watch-management.sluice"))
        let isolated = try #require(try lab.element("10.70.0.10", in: "isolated_v4"), "the apply freed the isolated host")
        #expect(!isolated.contains("timeout") && isolated.contains("EDR alert"), "\(isolated)")
        let blocked = try #require(try lab.element("10.70.0.11", in: "blocked_v4"), "the apply freed the blocked host")
        #expect(blocked.contains("timeout 59m") || blocked.contains("timeout 1h"), "what was left of the hour: \(blocked)")
        #expect(try !lab.lab.canConnect(from: inside, to: sink, port: WatchLab.sinkPort, proto: .tcp, timeout: .milliseconds(600)),
                "the isolated host got out after the re-apply")
        // Releasing then applying again leaves it free: only what the history holds comes back.
        #expect(try lab.sluice(["release", "10.70.0.10"]).status == 0)
        try lab.lab.run(in: lab.router, ["nft", "flush", "ruleset"])
        try lab.apply(try lab.policy("watch-management.sluice"))
        #expect(try lab.element("10.70.0.10", in: "isolated_v4") == nil)
        #expect(try lab.lab.canConnect(from: inside, to: sink, port: WatchLab.sinkPort, proto: .tcp))
    }

    @Test("an isolate killed at any of its writes, or refused by a full disk, leaves no containment a recreated table frees")
    func interruptedContainmentIsKept() throws {
        let (lab, _, _, listener) = try Self.oneInsideHost()
        defer { listener.stop(); lab.destroy() }
        func isolateUnder(_ inject: String) throws -> CommandResult {
            try lab.lab.run(in: lab.router, ["strace", "-f", "-o", "/dev/null", "-e", "trace=sendmsg,pwrite64", "-e", inject,
                                             lab.binary, "isolate", "10.70.0.10", "--reason", "EDR",
                                             "--state-dir", lab.stateDirectory], check: false)
        }
        // The calls a whole isolate makes (of another host, released after).
        let trace = lab.stateDirectory + "-trace"
        defer { unlink(trace) }
        _ = try lab.lab.run(in: lab.router, ["strace", "-f", "-o", trace, "-e", "trace=sendmsg,pwrite64", lab.binary, "isolate",
                                             "10.70.0.11", "--state-dir", lab.stateDirectory], check: false)
        #expect(try lab.sluice(["release", "10.70.0.11"]).status == 0)
        let calls = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
        let messages = calls.filter { $0.contains("sendmsg(") }.count, writes = calls.filter { $0.contains("pwrite64(") }.count
        #expect(messages > 0 && writes > 0, "\(calls)")
        // Killed at each netlink message and each database write in turn: whatever the kernel
        // holds right after must survive the table being created again, which only the store can
        // make happen.
        for point in (1...messages).map({ "sendmsg:signal=SIGKILL:when=\($0)" }) + (1...writes).map({ "pwrite64:signal=SIGKILL:when=\($0)" }) {
            let run = try isolateUnder("inject=" + point)
            let inKernel = try lab.element("10.70.0.10", in: "isolated_v4") != nil
            try lab.lab.run(in: lab.router, ["nft", "flush", "ruleset"])
            try lab.apply(try lab.policy("watch-management.sluice"))
            let kept = try lab.element("10.70.0.10", in: "isolated_v4") != nil
            #expect(!inKernel || kept, "killed at \(point): isolated in the kernel, freed by a recreated table")
            #expect(run.status != 0, "not killed at \(point)")
            #expect(try lab.sluice(["release", "10.70.0.10"]).status == 0)
        }
        // A store that refuses every write once the command has opened it (its database writes
        // before the first netlink message are the opening's): the host is isolated all the same,
        // and the error says what is not kept.
        let opening = calls.prefix { !$0.contains("sendmsg(") }.filter { $0.contains("pwrite64(") }.count
        let full = try isolateUnder("inject=pwrite64:error=ENOSPC:when=\(opening + 1)+")
        #expect(full.status == 3, "\(full)")
        #expect(full.standardError.contains("10.70.0.10 is isolated in the kernel, but the state directory could not record it"),
                "\(full.standardError)")
        #expect(try lab.element("10.70.0.10", in: "isolated_v4") != nil, "a full disk kept the host from being isolated")
    }

    @Test("a read-only state directory: block and isolate contain the host in the kernel all the same")
    func readOnlyStateDirectoryStillContains() throws {
        let (lab, inside, sink, listener) = try Self.oneInsideHost()
        defer { listener.stop(); lab.destroy() }
        // Tester G: the commands failed opening the database (SQLite's lock and shared memory files
        // cannot be made on a read-only or full disk) before they wrote the kernel, and the host
        // stayed free, though operations.md says it is contained all the same.
        let readOnly = lab.stateDirectory + "-ro"
        try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { _ = try? Self.host(["umount", readOnly]); rmdir(readOnly) }
        try Self.host(["mount", "--bind", lab.stateDirectory, readOnly])
        try Self.host(["mount", "-o", "remount,bind,ro", readOnly])
        for (kind, set) in [("block", "blocked_v4"), ("isolate", "isolated_v4")] {
            let run = try lab.lab.run(in: lab.router, [lab.binary, kind, "10.70.0.10", "--state-dir", readOnly], check: false)
            #expect(run.status == 3, "\(kind): \(run)")
            #expect(run.standardError.contains("10.70.0.10 is \(kind == "block" ? "blocked" : "isolated") in the kernel, but the state directory could not record it"),
                    "\(run.standardError)")
            #expect(try lab.element("10.70.0.10", in: set) != nil, "\(kind) on a read-only state directory left the host free")
        }
        #expect(try !lab.lab.canConnect(from: inside, to: sink, port: WatchLab.sinkPort, proto: .tcp, timeout: .milliseconds(600)),
                "the contained host got out")
        // The management host is still refused: the read-only store still knows the policy.
        let management = try lab.lab.run(in: lab.router, [lab.binary, "isolate", "10.0.0.2", "--state-dir", readOnly], check: false)
        #expect(management.status == 1 && management.standardError.contains("management group"), "\(management)")
    }

    /// Runs a command in the test's own namespaces (a mount must be seen by `ip netns exec`).
    private static func host(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("\(arguments) exited \(process.terminationStatus)") }
    }

    @Test("a containment the store holds and the kernel lacks: status says so, and a plain re-apply puts it in")
    func recordedContainmentIsPutIn() throws {
        let (lab, _, _, listener) = try Self.oneInsideHost()
        defer { listener.stop(); lab.destroy() }
        // What a block killed between its record and its kernel write leaves.
        let store = try SluiceStore(directory: lab.stateDirectory)
        _ = try store.putContainment(table: "sluice", host: "10.70.0.10", kind: .block, reason: "EDR", source: .manual)
        try store.close()
        let status = try lab.sluice(["status"])
        #expect(status.standardOutput.contains("recorded, not in the kernel yet"), "\(status.standardOutput)")
        #expect(try lab.element("10.70.0.10", in: "blocked_v4") == nil)
        try lab.apply(try lab.policy("watch-management.sluice"))
        #expect(try lab.element("10.70.0.10", in: "blocked_v4")?.contains("EDR") == true, "the re-apply left the host free")
        // Applied again with the element in place: nothing more to send.
        let again = try lab.sluice(["apply", try lab.policy("watch-management.sluice")])
        #expect(again.status == 0 && !again.standardOutput.contains("messages"), "\(again.standardOutput)")
    }

    @Test("a shorter block never cuts one the store holds and the kernel lacks")
    func recordedContainmentIsNotShortened() throws {
        let (lab, _, _, listener) = try Self.oneInsideHost()
        defer { listener.stop(); lab.destroy() }
        // A 2 h block the store recorded and the kernel lacks (tester G: a block killed between its
        // record and its kernel write, then `block --for 10m` cut it to 10 minutes in both places).
        let ends = Date().addingTimeInterval(7_200)
        let store = try SluiceStore(directory: lab.stateDirectory)
        _ = try store.putContainment(table: "sluice", host: "10.70.0.10", kind: .block, expires: ends, reason: "EDR", source: .manual)
        try store.close()
        let shorter = try lab.sluice(["block", "10.70.0.10", "--for", "10m"])
        #expect(shorter.status == 0, "\(shorter)")
        let element = try #require(try lab.element("10.70.0.10", in: "blocked_v4"), "the host was not blocked")
        #expect(!element.contains("timeout 10m"), "the kernel got the shorter block: \(element)")
        #expect(element.contains("timeout 1h59m") || element.contains("timeout 2h"), "\(element)")
        let reopened = try SluiceStore(directory: lab.stateDirectory)
        defer { try? reopened.close() }
        let record = try #require(try reopened.containment(table: "sluice", host: "10.70.0.10", kind: .block))
        #expect(abs((record.expires ?? .distantFuture).timeIntervalSince(ends)) < 2, "the record was shortened: \(record)")
    }

    @Test("the watcher alerts once when the table vanishes under it, and once when it is applied again")
    func aVanishedTableIsAlerted() throws {
        let (lab, inside, sink, listener) = try Self.oneInsideHost()
        defer { listener.stop(); lab.destroy() }
        #expect(try lab.sluice(["isolate", "10.70.0.10"]).status == 0)
        let watcher = try lab.startWatcher()
        try lab.lab.run(in: lab.router, ["nft", "flush", "ruleset"])
        let missing = Eventually.wait(seconds: 5) { watcher.alerts().alerts.contains { $0.event == "table-missing" } }
        #expect(missing != nil, "no table-missing alert: \(watcher.log())")
        Thread.sleep(forTimeInterval: 2)
        #expect(watcher.alerts().alerts.filter { $0.event == "table-missing" }.count == 1, "one alert, not one per poll")
        #expect(!watcher.log().contains("poll read failed"), "\(watcher.log())")
        try lab.apply(try lab.policy("watch-management.sluice"))
        let back = Eventually.wait(seconds: 5) { watcher.alerts().alerts.contains { $0.event == "table-restored" } }
        #expect(back != nil, "no table-restored alert: \(watcher.log())")
        #expect(try lab.element("10.70.0.10", in: "isolated_v4") != nil)
        #expect(try !lab.lab.canConnect(from: inside, to: sink, port: WatchLab.sinkPort, proto: .tcp, timeout: .milliseconds(600)))
    }

    /// A gateway with one inside host (10.70.0.10), watch-management.sluice applied, and a
    /// listener outside (192.0.2.200).
    static func oneInsideHost() throws -> (WatchLab, LabAddress, LabAddress, TCPListener) {
        let inside = try LabAddress(parsing: "10.70.0.10"), sink = try LabAddress(parsing: "192.0.2.200")
        let lab = try WatchLab.gateway(hosts: [LabHostSpec(name: "in", addresses: [inside])], outside: ["192.0.2.200"])
        do {
            try lab.apply(try lab.policy("watch-management.sluice"))
            return (lab, inside, sink, try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort))
        } catch {
            lab.destroy()
            throw error
        }
    }

    @Test("two tables each have their own watcher; a second watcher of one table is told another follows it")
    func aWatcherPerTable() throws {
        let inside = try LabAddress(parsing: "10.70.0.10")
        let lab = try WatchLab.gateway(hosts: [LabHostSpec(name: "in", addresses: [inside])], outside: ["192.0.2.200"])
        defer { lab.destroy() }
        let policy = try lab.policy("watch-management.sluice")
        try lab.apply(policy)
        #expect(try lab.sluice(["apply", policy, "--table", "second"]).status == 0)
        let first = try lab.startWatcher(label: "watch-sluice")
        let second = try lab.startWatcher(["--table", "second"], label: "watch-second")
        #expect(first.log().contains("watching") && second.log().contains("watching"))
        let again = try lab.sluice(["watch", "--table", "second"], timeout: .seconds(15))
        #expect(again.status == 1, "\(again)")
        #expect(again.standardError.contains("another watcher already follows table second"), "\(again.standardError)")
    }
}
