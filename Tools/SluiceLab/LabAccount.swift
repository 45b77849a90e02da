import Glibc
import SluiceSystem
import Synchronization

/// A real local account made for one test or drill run (`useradd`: no home, no password, a name no
/// one else uses), whose processes send traffic from the lab's node: what `users` sets and `meta
/// skuid` see. `remove()` deletes it; call it in a `defer`, so a failed run leaves no account (an
/// interrupt removes the accounts still there, with the labs, through `LabSignalCleanup`).
public struct LabAccount: Hashable, Sendable {
    /// The login name (`slu` and random hex).
    public let name: String
    /// Its uid, as the kernel sees its sockets'.
    public let uid: UInt32

    /// Accounts created and not removed yet.
    private static let live = Mutex<Set<String>>([])

    /// Creates an account with a fresh random name.
    public static func create() throws -> LabAccount {
        let name = "slu" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        live.withLock { _ = $0.insert(name) }
        do {
            try Subprocess.run(["useradd", "--no-create-home", "--shell", "/bin/sh", "--comment", "sluice lab", name],
                               timeout: .seconds(20)).checked()
        } catch {
            live.withLock { _ = $0.remove(name) }
            throw error
        }
        guard let uid = UserDatabase.uid(named: name) else {
            LabAccount(name: name, uid: 0).remove()
            throw LabError.unexpected(operation: "useradd \(name)", message: "the new account has no uid")
        }
        return LabAccount(name: name, uid: uid)
    }

    /// Creates `count` accounts; if one fails, those made already are removed.
    public static func create(_ count: Int) throws -> [LabAccount] {
        var made: [LabAccount] = []
        do {
            for _ in 0..<count { made.append(try create()) }
        } catch {
            for account in made { account.remove() }
            throw error
        }
        return made
    }

    /// Deletes the account (best effort: it is only ever a lab's).
    public func remove() {
        _ = try? Subprocess.run(["userdel", name], timeout: .seconds(20))
        Self.live.withLock { _ = $0.remove(name) }
    }

    /// Deletes every account created and not removed yet (on an interrupt).
    static func removeAll() {
        for name in live.withLock({ $0.sorted() }) { LabAccount(name: name, uid: 0).remove() }
    }

    /// Runs a shell command line as this account in `namespace` (`runuser`, so its sockets are the
    /// account's); never throws for a nonzero exit.
    @discardableResult
    public func run(_ lab: Lab, in namespace: LabNamespace, _ script: String,
                    timeout: Duration = .seconds(10)) throws -> CommandResult {
        try lab.run(in: namespace, ["runuser", "-u", name, "--", "/bin/sh", "-c", script], timeout: timeout, check: false)
    }

    /// Whether this account's TCP connection to `address`/`port` completes within `seconds`.
    public func connects(_ lab: Lab, from namespace: LabNamespace, to address: LabAddress, port: UInt16,
                         seconds: Int = 1) throws -> Bool {
        try run(lab, in: namespace, Self.bash("exec 3<>/dev/tcp/\(address)/\(port)", seconds: seconds),
                timeout: .seconds(Int64(seconds) + 10)).succeeded
    }

    /// Sends `bytes` of zeros over TCP to `address`/`port` as this account, for at most `seconds`,
    /// keeping the socket open `linger` seconds after the last write so what is queued leaves while
    /// the socket still has its owner (a socket closed with data queued is orphaned, and its last
    /// packets have no owner); true when every byte was written to the socket. Count what arrived
    /// at the listener to know what left.
    public func send(_ lab: Lab, from namespace: LabNamespace, to address: LabAddress, port: UInt16, bytes: Int,
                     seconds: Int = 3, linger: Int = 2) throws -> Bool {
        let script = "exec 3<>/dev/tcp/\(address)/\(port) && head -c \(bytes) /dev/zero >&3"
            + (linger > 0 ? " && sleep \(linger)" : "")
        return try run(lab, in: namespace, Self.bash(script, seconds: seconds + linger),
                       timeout: .seconds(Int64(seconds + linger) + 10)).succeeded
    }

    /// `timeout N bash -c SCRIPT`: bash's /dev/tcp makes the connection, `timeout` bounds it.
    private static func bash(_ script: String, seconds: Int) -> String {
        "exec timeout \(seconds) /bin/bash -c '\(script)'"
    }
}
