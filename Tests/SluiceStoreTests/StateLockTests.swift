import Foundation
import Testing
@testable import SluiceStore

@Suite struct StateLockTests {
    @Test func anotherProcessHoldingTheLockMakesUsFailWithinTheTimeout() throws {
        let dir = try TestDirectory()
        let holder = try LockHolder(path: dir.path + "/sluice.lock")
        let clock = ContinuousClock()
        let started = clock.now
        do {
            _ = try StateLock(directory: dir.path, table: "sluice", timeout: .milliseconds(400))
            Issue.record("the lock was taken while another process held it")
        } catch {
            let waited = started.duration(to: clock.now)
            #expect(error.reason == .lockHeld(pid: holder.pid))
            #expect(error.description == "another sluice apply holds the lock (pid \(holder.pid)) (\(dir.path)/sluice.lock)")
            #expect(waited >= .milliseconds(400))
            #expect(waited < .seconds(5))
        }
        // The lock of another table is independent.
        let other = try StateLock(directory: dir.path, table: "lab", timeout: .zero)
        #expect(other.isHeld)

        // The holder dies without unlocking: the kernel frees the lock.
        holder.kill()
        let lock = try StateLock(directory: dir.path, table: "sluice", timeout: .seconds(2))
        #expect(lock.isHeld)
        let written = try String(contentsOfFile: lock.path, encoding: .utf8)
        #expect(written == "\(getpid())\n")
    }

    @Test func ourLockKeepsOtherProcessesOutUntilReleased() throws {
        let dir = try TestDirectory()
        func otherProcessCanLock() throws -> Bool {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
            probe.arguments = ["-n", "-x", dir.path + "/sluice.lock", "true"]
            try probe.run()
            probe.waitUntilExit()
            return probe.terminationStatus == 0
        }
        var lock: StateLock? = try StateLock(directory: dir.path, table: "sluice")
        #expect(try !otherProcessCanLock())
        lock?.release()
        #expect(lock?.isHeld == false)
        #expect(try otherProcessCanLock())

        lock = try StateLock(directory: dir.path, table: "sluice")
        #expect(try !otherProcessCanLock())
        // Dropping the object releases the lock too.
        lock = nil
        #expect(try otherProcessCanLock())
    }

    @Test func aSecondLockInTheSameProcessWaitsToo() throws {
        let dir = try TestDirectory()
        let first = try StateLock(directory: dir.path, table: "sluice")
        #expect(throws: StoreError.self) { try StateLock(directory: dir.path, table: "sluice", timeout: .milliseconds(50)) }
        first.release()
        #expect(try StateLock(directory: dir.path, table: "sluice", timeout: .zero).isHeld)
    }

    @Test func tableNamesThatLeaveTheDirectoryAreRefused() throws {
        let dir = try TestDirectory()
        for bad in ["", "../etc", "a/b", ".hidden", "tab le"] {
            #expect(throws: StoreError.self, "\(bad)") { try StateLock(directory: dir.path, table: bad, timeout: .zero) }
        }
        #expect(try StateLock(directory: dir.path, table: "sluice-lab_2.v4", timeout: .zero).isHeld)
    }
}
