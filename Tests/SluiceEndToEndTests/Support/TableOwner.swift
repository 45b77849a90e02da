import Foundation
import Glibc
@testable import SluiceLab
import Synchronization
import SluiceSystem

/// Another program's table, as firewall managers that use NFT_TABLE_F_OWNER keep theirs: an
/// `nft -i` in the gateway creates `inet TABLE` with `flags owner` and loads a ruleset into it.
/// While that process holds its netlink socket, the kernel refuses every change to the table
/// from any other socket (EPERM), whatever the change; reading it stays allowed. The table goes
/// away with the process.
final class TableOwner: Sendable {
    let pid: pid_t
    let table: String
    /// The write end of nft's standard input, -1 once closed.
    private let input: Mutex<Int32>
    private let files: [String]

    private init(pid: pid_t, table: String, input: Int32, files: [String]) {
        self.pid = pid
        self.table = table
        self.input = Mutex(input)
        self.files = files
    }

    /// Starts the owner and waits until `ruleset` (an `nft -f` text of `table inet TABLE { ... }`)
    /// is loaded. `ruleset` must not declare table flags; `flags owner` is added here.
    static func start(in applyLab: ApplyLab, table: String, ruleset: String) throws -> TableOwner {
        let base = applyLab.stateDirectory + "-owner"
        let rulesetFile = base + ".nft"
        let logFile = base + ".log"
        let header = "table inet \(table) {"
        guard ruleset.hasPrefix(header) else { throw TestFailure("the owner's ruleset does not start with `\(header)`") }
        // The table block must say `flags owner` too: without it nft asks to clear the flag, which
        // the kernel refuses.
        let owned = header + "\n\tflags owner\n" + ruleset.dropFirst(header.count)
        try owned.write(toFile: rulesetFile, atomically: true, encoding: .utf8)
        let pipe = try Descriptors.closeOnExecPipe("pipe for nft -i")
        let pid: pid_t
        do {
            let log = open(logFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            defer { if log >= 0 { close(log) } }
            guard log >= 0 else { throw TestFailure("cannot open \(logFile)") }
            pid = try Subprocess.spawn(["ip", "netns", "exec", applyLab.router.name, "nft", "-i"], standardInput: pipe.read,
                                       output: .descriptors(output: log, error: log))
        } catch {
            close(pipe.read)
            close(pipe.write)
            throw error
        }
        close(pipe.read)
        let owner = TableOwner(pid: pid, table: table, input: pipe.write, files: [rulesetFile, logFile])
        let commands = "add table inet \(table) { flags owner; }\ninclude \"\(rulesetFile)\"\n"
        let written = commands.withCString { write(pipe.write, $0, strlen($0)) }
        guard written == commands.utf8.count else {
            owner.stop()
            throw TestFailure("could not write to nft -i")
        }
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if let listing = try applyLab.listing(table), listing.contains("flags owner"), listing.contains("chain ") {
                return owner
            }
            usleep(20_000)
        }
        let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
        owner.stop()
        throw TestFailure("nft -i did not load the owned table \(table): \(log)")
    }

    /// Ends the owner: end of input, then SIGKILL by pid if it lingers; the kernel drops the table.
    func stop() {
        let wasOpen = input.withLock { fd in
            defer { fd = -1 }
            if fd >= 0 { close(fd) }
            return fd >= 0
        }
        guard wasOpen else { return }
        let ended: Int32?
        do {
            ended = try Subprocess.reap(pid, deadline: Deadline(after: .seconds(2)))
        } catch {
            ended = -1
        }
        if ended == nil {
            kill(pid, SIGKILL)
            _ = try? Subprocess.reap(pid, deadline: nil)
        }
        for file in files { try? FileManager.default.removeItem(atPath: file) }
    }
}
