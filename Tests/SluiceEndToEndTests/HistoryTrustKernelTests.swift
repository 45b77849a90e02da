import Foundation
import Glibc
import GRDB
import SluiceLab
@testable import SluiceStore
import Testing

/// The history can be trusted after crashes and tampering: a rollback restores exactly what its
/// hash names, an apply killed around its commit is settled by the next command, and a
/// confirmation deadline holds though its timer was killed.
@Suite("History and time: trust after crashes and tampering", .disabled(if: TestEnvironment.kernelTestsSkipped,
       "SLUICE_SKIP_KERNEL_TESTS=1"), .timeLimit(.minutes(10)))
struct HistoryTrustKernelTests {
    static let partnerPort: UInt16 = 9000

    /// Runs `sluice apply FIXTURE` under strace, killed (SIGKILL) on entering the `when`-th call of
    /// one of `calls`: the way to stop an apply at an exact point of its work.
    static func killedApply(_ applyLab: ApplyLab, _ fixture: String, calls: String, when: Int,
                            options: [String] = []) throws -> CommandResult {
        try applyLab.lab.run(in: applyLab.router, ["strace", "-f", "-o", "/dev/null", "-e", "trace=\(calls)",
                                                   "-e", "inject=\(calls):signal=SIGKILL:when=\(when)", applyLab.executable,
                                                   "apply", applyLab.fixture(fixture), "--state-dir", applyLab.stateDirectory]
                                                  + options,
                             timeout: .seconds(30), check: false)
    }

    @Test("rollback refuses a version whose stored files were changed after it was applied")
    func rollbackChecksTheStoredHash() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0)
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v2.sluice")]).status == 0)
        let before = try applyLab.listing()
        // Since schema v3 the text is in chunks, each checked against its own SHA-256 when read
        // (ChunkTests); written back in the older one-piece form, the row reads without
        // complaint, and the rollback's own check against the history's hash must catch it.
        let original = try String(contentsOfFile: applyLab.fixture("apply-v1.sluice"), encoding: .utf8)
        let store = try SluiceStore(directory: applyLab.stateDirectory)
        try store.pool.write { db in
            try db.execute(sql: "UPDATE version_source SET text = ?, text_chunked = 0 WHERE version_id = 1",
                           arguments: [original + "\nallow any to any"])
        }
        try store.close()
        let rollback = try applyLab.sluice(["rollback", "1"])
        #expect(rollback.status == 1, "\(rollback.standardError)")
        #expect(rollback.standardError.contains("do not match the SHA-256"), "\(rollback.standardError)")
        #expect(try applyLab.listing() == before, "a refused rollback changed the kernel")
        #expect(try applyLab.history().first?.live == true && applyLab.history().first?.id == 2)
    }

    @Test("an apply killed after the kernel committed it is recorded as live by the next command")
    func killedAfterCommit() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0)
        // A dry run fills the compile cache with version 2's build, so that the apply below takes
        // it from there and writes no cache file: then the first rename after the commit is the
        // kernel picture's, before the history is marked.
        #expect(try applyLab.sluice(["apply", "--dry-run", applyLab.fixture("apply-v2.sluice")]).status == 0)
        let killed = try Self.killedApply(applyLab, "apply-v2.sluice", calls: "rename,renameat,renameat2", when: 1)
        #expect(killed.status != 0, "the apply was not killed: \(killed.standardOutput)")
        // The next command, whatever it is, settles it first and says so.
        let diff = try applyLab.sluice(["diff", applyLab.fixture("apply-v2.sluice")])
        #expect(diff.standardError.contains("interrupted after the kernel committed it"), "\(diff.standardError)")
        #expect(diff.status == 0, "the kernel did not get version 2 before the kill: \(diff.standardOutput)")
        let versions = try applyLab.history()
        #expect(versions.map(\.id) == [2, 1] && versions.first?.live == true, "\(versions)")
        let status = try applyLab.sluice(["status"])
        #expect(status.status == 0 && status.standardOutput.contains("version 2"), "\(status.standardOutput)")
    }

    @Test("an apply --confirm killed after the kernel committed it still rolls back at its deadline")
    func confirmKilledAfterCommit() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0)
        #expect(try applyLab.sluice(["apply", "--dry-run", applyLab.fixture("apply-v2.sluice")]).status == 0)
        // Killed as in `killedAfterCommit`: the kernel runs version 2, nothing marked it live, no
        // confirmation was pending and no timer started.
        let killed = try Self.killedApply(applyLab, "apply-v2.sluice", calls: "rename,renameat,renameat2", when: 1,
                                          options: ["--confirm", "3s"])
        #expect(killed.status != 0, "the apply was not killed: \(killed.standardOutput)")
        // Settled before the deadline: version 2 is live and waits for its confirmation.
        let status = try applyLab.sluice(["status"])
        #expect(status.standardError.contains("applied with --confirm"), "\(status.standardError)")
        #expect(try applyLab.diffStatus("apply-v2.sluice") == 0, "the kernel did not get version 2 before the kill")
        usleep(3_500_000)
        // Past the deadline, the next command restores version 1 (no timer ever ran).
        #expect(try applyLab.diffStatus("apply-v1.sluice") == 0, "version 1 did not come back at the deadline")
        let versions = try applyLab.history()
        #expect(versions.first?.kind == "auto-rollback" && versions.first?.rolledBackTo == 1, "\(versions)")
    }

    @Test("the rollback that enforces a deadline, killed at any netlink message, leaves the deadline to the next command")
    func enforcementKilledAnywhere() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0)
        /// Version 2 applied with --confirm 1s, its timer killed, the deadline passed.
        func unconfirmedPastItsDeadline() throws {
            #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v2.sluice"), "--confirm", "1s"]).status == 0)
            ConfirmTimers.end(stateDirectory: applyLab.stateDirectory)
            usleep(1_200_000)
        }
        func status(_ strace: [String]) throws -> CommandResult {
            try applyLab.lab.run(in: applyLab.router, strace + [applyLab.executable, "status", "--state-dir", applyLab.stateDirectory],
                                 timeout: .seconds(30), check: false)
        }
        // How many netlink messages a whole enforcement sends (its next command, `status`).
        try unconfirmedPastItsDeadline()
        let trace = applyLab.stateDirectory + "-trace"
        defer { unlink(trace) }
        _ = try status(["strace", "-f", "-o", trace, "-e", "trace=sendmsg"])
        let messages = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n").filter { $0.contains("sendmsg(") }.count
        let restored = try applyLab.diffStatus("apply-v1.sluice")
        #expect(messages > 2 && restored == 0, "the deadline was not enforced")
        for when in 1...messages {
            try unconfirmedPastItsDeadline()
            _ = try status(["strace", "-f", "-o", "/dev/null", "-e", "trace=sendmsg", "-e", "inject=sendmsg:signal=SIGKILL:when=\(when)"])
            // Whatever the killed command did, the next one restores version 1.
            #expect(try applyLab.diffStatus("apply-v1.sluice") == 0, "killed at message \(when): version 2 stayed")
            #expect(try applyLab.history().first?.kind == "auto-rollback", "killed at message \(when)")
        }
    }

    @Test("an apply killed after its record and before its commit is discarded by the next command")
    func killedBeforeCommit() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0)
        // The second getsockopt reads SO_SNDBUF just before the transaction is sent.
        let killed = try Self.killedApply(applyLab, "apply-v2.sluice", calls: "getsockopt", when: 2)
        #expect(killed.status != 0)
        let diff = try applyLab.sluice(["diff", applyLab.fixture("apply-v1.sluice")])
        #expect(diff.standardError.contains("interrupted before the kernel committed it"), "\(diff.standardError)")
        #expect(diff.status == 0, "the kernel changed though the apply was killed before its commit: \(diff.standardOutput)")
        let versions = try applyLab.history()
        #expect(versions.map(\.id) == [1] && versions.first?.live == true, "\(versions)")
    }

    @Test("a killed confirm timer: the next command restores the previous version, and a late confirm keeps nothing")
    func killedTimerLaterCommand() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0)
        let applied = try applyLab.sluice(["apply", applyLab.fixture("apply-v2.sluice"), "--confirm", "2s"])
        #expect(applied.status == 0, "\(applied.standardError)")
        ConfirmTimers.end(stateDirectory: applyLab.stateDirectory)
        usleep(2_500_000)
        let confirm = try applyLab.sluice(["confirm"])
        #expect(confirm.status == 1, "a confirm after the deadline said: \(confirm.standardOutput)")
        #expect(confirm.standardError.contains("not confirmed before its deadline"), "\(confirm.standardError)")
        #expect(try applyLab.diffStatus("apply-v1.sluice") == 0, "version 1 did not come back")
        let versions = try applyLab.history()
        #expect(versions.first?.kind == "auto-rollback" && versions.first?.rolledBackTo == 1, "\(versions)")
    }

    @Test("a killed confirm timer: the running watcher restores the previous version at the deadline")
    func killedTimerWatcher() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        #expect(try applyLab.sluice(["apply", applyLab.fixture("apply-v1.sluice")]).status == 0)
        let log = applyLab.stateDirectory + "-watch.err"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let watcher = try applyLab.lab.start(in: applyLab.router, ["/bin/sh", "-c", "exec \"$@\" 2>>\"$0\"", log,
                                                                   applyLab.executable, "watch", "--state-dir", applyLab.stateDirectory])
        defer { _ = try? watcher.terminate() }
        #expect(Eventually.wait(seconds: 15) { (try? String(contentsOfFile: log, encoding: .utf8))?.contains("watching") == true } != nil)
        let applied = try applyLab.sluice(["apply", applyLab.fixture("apply-v2.sluice"), "--confirm", "2s"])
        #expect(applied.status == 0, "\(applied.standardError)")
        ConfirmTimers.end(stateDirectory: applyLab.stateDirectory)
        let restored = Eventually.wait(seconds: 6, interval: 0.3) { (try? applyLab.diffStatus("apply-v1.sluice")) == 0 }
        #expect(restored != nil, "the watcher did not restore version 1:\n\((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
    }
}
