import Foundation
import Glibc
@testable import SluiceLab
import Synchronization
import SluiceSystem

/// Another program's table that the kernel refuses to let Sluice change, although it carries
/// Sluice's mark: firewall managers keep their tables with NFT_TABLE_F_OWNER, and while the owning
/// process holds its netlink socket the kernel refuses every change from any other socket (EPERM),
/// whatever the change; reading stays allowed, and the table goes away with the process.
///
/// `nft` cannot write Sluice's mark (`TableMark` in SluiceKernel), and Sluice refuses to touch an
/// unmarked table before the kernel sees anything; so the owner is a small Python program that
/// sends NEWTABLE with `flags owner` and the mark's bytes itself, and holds the socket until its
/// standard input ends. The table is empty: Sluice's apply over it sends every set and chain, and
/// the kernel refuses each message.
final class TableOwner: Sendable {
    let pid: pid_t
    let table: String
    /// The write end of the owner's standard input, -1 once closed.
    private let input: Mutex<Int32>
    private let files: [String]

    /// The bytes of `TableMark.userData`: the comment "managed by sluice" (type 0) and Sluice's
    /// record (type 0xa5: "sluice-table", version 1). Kept here as bytes because this target does
    /// not link SluiceKernel; a change of the mark shows up as Sluice refusing the table itself.
    static let markHex = "00126d616e6167656420627920736c7569636500" + "a50d736c756963652d7461626c6501"

    static let program = """
        import socket, struct, sys

        def attr(kind, value):
            length = 4 + len(value)
            return struct.pack("=HH", length, kind) + value + b"\\0" * (-length % 4)

        def message(kind, flags, seq, family, res_id, payload):
            body = struct.pack("=BBH", family, 0, socket.htons(res_id)) + payload
            return struct.pack("=IHHII", 16 + len(body), kind, flags, seq, 0) + body

        name, userdata = sys.argv[1].encode() + b"\\0", bytes.fromhex(sys.argv[2])
        s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 12)  # NETLINK_NETFILTER
        s.bind((0, 0))
        table = attr(1, name) + attr(2, struct.pack(">I", 2)) + attr(6, userdata)  # NAME, FLAGS owner, USERDATA
        s.send(message(0x10, 1, 1, 0, 10, b"")  # NFNL_MSG_BATCH_BEGIN for NFNL_SUBSYS_NFTABLES
               + message(10 << 8, 1 | 4 | 0x400, 2, 1, 0, table)  # NEWTABLE inet, REQUEST|ACK|CREATE
               + message(0x11, 1, 3, 0, 10, b""))  # NFNL_MSG_BATCH_END
        reply = s.recv(65536)
        if struct.unpack_from("=H", reply, 4)[0] == 2 and struct.unpack_from("=i", reply, 16)[0] != 0:
            sys.exit("NEWTABLE refused: errno %d" % -struct.unpack_from("=i", reply, 16)[0])
        sys.stdin.read()
        """

    private init(pid: pid_t, table: String, input: Int32, files: [String]) {
        self.pid = pid
        self.table = table
        self.input = Mutex(input)
        self.files = files
    }

    /// Starts the owner of an empty, marked `inet TABLE` in the lab's gateway and waits until the
    /// table is there.
    static func start(in applyLab: ApplyLab, table: String) throws -> TableOwner {
        let base = applyLab.stateDirectory + "-owner"
        let programFile = base + ".py"
        let logFile = base + ".log"
        try program.write(toFile: programFile, atomically: true, encoding: .utf8)
        let pipe = try Descriptors.closeOnExecPipe("pipe for the table owner")
        let pid: pid_t
        do {
            let log = open(logFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            defer { if log >= 0 { close(log) } }
            guard log >= 0 else { throw TestFailure("cannot open \(logFile)") }
            pid = try Subprocess.spawn(["ip", "netns", "exec", applyLab.router.name, "python3", programFile, table, markHex],
                                       standardInput: pipe.read, output: .descriptors(output: log, error: log))
        } catch {
            close(pipe.read)
            close(pipe.write)
            throw error
        }
        close(pipe.read)
        let owner = TableOwner(pid: pid, table: table, input: pipe.write, files: [programFile, logFile])
        // Python starts in well under a second when idle, but has taken over 5 s beside the
        // whole suite on two cores; waiting longer costs only a failing run's time.
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            if let listing = try applyLab.listing(table), listing.contains("flags owner") { return owner }
            usleep(20_000)
        }
        let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
        owner.stop()
        throw TestFailure("the owner did not create table inet \(table): \(log)")
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
