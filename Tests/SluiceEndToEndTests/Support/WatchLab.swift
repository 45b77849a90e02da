import Foundation
import Glibc
@testable import SluiceLab

/// A lab for the watcher's end-to-end tests: namespaces, a scratch directory (state directory,
/// policies, watcher output, alert captures) and the built `sluice` binary, run inside the router
/// namespace (the gateway, or the node in host mode) exactly as an administrator would.
struct WatchLab: Sendable {
    let lab: Lab
    /// Where the ruleset and the watcher live: the gateway, or the node.
    let router: LabNamespace
    /// This run's private directory, removed by `destroy()`.
    let scratch: String
    /// The `sluice` executable.
    let binary: String
    /// The `--state-dir` of every command.
    let stateDirectory: String
    /// Where the `alert exec` script leaves one `alert-PID.json` file per alert it is given.
    let alertDirectory: String
    /// The script that `watch-*.sluice`'s exec placeholder is replaced with.
    let alertScript: String

    /// The table Sluice owns (the default).
    static let table = "sluice"
    /// The placeholder program of `alert exec` in the fixtures.
    static let execPlaceholder = "/SLUICE-E2E-ALERT-EXEC"
    /// The sink port the fixtures allow.
    static let sinkPort: UInt16 = 9000
    /// One full-size packet: what may get past a budget beyond its last byte.
    static let onePacket = 1500

    /// The least payload a sink must receive before a budget stops its sender. A budget counts
    /// whole packets: headers are up to 5% of a full IPv6 segment (72 of 1500 bytes with TCP
    /// timestamps), the packet that crosses the limit is dropped whole (with segmentation offload
    /// a 64 KiB super-packet), and a retransmission on a busy machine counts again.
    static func floor(_ budget: Int) -> Int { budget * 95 / 100 - 65_536 - 2 * onePacket }

    /// Builds a gateway lab with `hosts` inside and `outside` addresses beyond `wan0`.
    static func gateway(hosts: [LabHostSpec], outside: [String]) throws -> WatchLab {
        try create(.gateway(hosts: hosts, outside: try outside.map { try LabAddress(parsing: $0) })) { try $0.gateway() }
    }

    /// Builds a host lab: the node with `node` addresses, a management host, the outside.
    static func host(node: [String], management: LabHostSpec, outside: [String]) throws -> WatchLab {
        try create(.host(node: try node.map { try LabAddress(parsing: $0) }, outside: try outside.map { try LabAddress(parsing: $0) },
                         management: management)) { try $0.node() }
    }

    private static func create(_ spec: LabSpec, router: (Lab) throws -> LabNamespace) throws -> WatchLab {
        let binary = try TestEnvironment.sluiceExecutable()
        try LabSignalCleanup.install()
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("sluice-watche2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: scratch + "/alerts", withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        do {
            // The watcher runs `alert exec` programs with a clean environment, hence the absolute paths.
            let script = scratch + "/alert-capture"
            try """
                #!/bin/sh
                # Keeps the alert on standard input: one file per run, renamed when complete.
                f="\(scratch)/alerts/alert-$$"
                /bin/cat > "$f.partial" && /bin/mv "$f.partial" "$f.json"

                """.write(toFile: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
            let lab = try Lab.create(spec)
            do {
                return WatchLab(lab: lab, router: try router(lab), scratch: scratch, binary: binary,
                                stateDirectory: scratch + "/state", alertDirectory: scratch + "/alerts", alertScript: script)
            } catch {
                lab.destroy()
                throw error
            }
        } catch {
            try? FileManager.default.removeItem(atPath: scratch)
            throw error
        }
    }

    /// Removes the lab (ending the watchers it started) and the scratch directory.
    func destroy() {
        lab.destroy()
        try? FileManager.default.removeItem(atPath: scratch)
    }

    /// Copies a fixture into the scratch directory as `name`, with the exec placeholder replaced by
    /// `exec` (by default the capture script) and each of `replacing` applied (each must occur);
    /// returns its path.
    func policy(_ fixture: String, as name: String? = nil, exec: String? = nil, replacing: [(String, String)] = []) throws -> String {
        var text = try String(contentsOfFile: TestEnvironment.fixture(fixture), encoding: .utf8)
        text = text.replacingOccurrences(of: Self.execPlaceholder, with: exec ?? alertScript)
        for (old, new) in replacing {
            guard text.contains(old) else { throw TestFailure("\(fixture) has no '\(old)' to replace") }
            text = text.replacingOccurrences(of: old, with: new)
        }
        let path = scratch + "/" + (name ?? fixture)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Writes an executable shell script into the scratch directory and returns its path.
    func script(_ name: String, _ body: String) throws -> String {
        let path = scratch + "/" + name
        try ("#!/bin/sh\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    /// Runs `sluice ARGS --state-dir DIR` in the router namespace; never throws for a nonzero exit.
    @discardableResult
    func sluice(_ arguments: [String], timeout: Duration = .seconds(60)) throws -> CommandResult {
        try lab.run(in: router, [binary] + arguments + ["--state-dir", stateDirectory], timeout: timeout, check: false)
    }

    /// `sluice apply PATH`; throws with its output unless it succeeds.
    func apply(_ path: String) throws {
        let result = try sluice(["apply", path, "-m", "watch end-to-end"])
        guard result.status == 0 else {
            throw TestFailure("sluice apply \(path) exited \(result.status):\n\(result.standardError)\(result.standardOutput)")
        }
    }

    /// Starts `sluice watch --poll 1s ARGS` in the router namespace and waits until it says it is
    /// watching. Its standard output (alerts) and standard error (the log) go to separate files.
    /// With `readOnlyKernelSettings`, it runs in a mount namespace of its own where `/proc/sys` is
    /// read-only, as under the shipped unit's `ProtectKernelTunables=yes`.
    func startWatcher(_ arguments: [String] = [], label: String = "watch", readOnlyKernelSettings: Bool = false) throws -> WatcherRun {
        let output = scratch + "/\(label).out", log = scratch + "/\(label).err"
        // `ip netns exec`, `unshare` and then `sh` exec the binary in turn, so the pid the lab
        // records is the watcher's own, and SIGKILL, SIGHUP and SIGTERM reach it directly.
        let sandbox = readOnlyKernelSettings ? ["unshare", "-m"] : []
        let mount = readOnlyKernelSettings ? "mount --bind -o ro /proc/sys /proc/sys && " : ""
        let command = sandbox + ["/bin/sh", "-c", mount + "exec \"$@\" 2>>\"$0\"", log, binary, "watch",
                                 "--state-dir", stateDirectory, "--poll", "1s"] + arguments
        let process = try lab.start(in: router, command, output: .file(output))
        let run = WatcherRun(process: process, outputPath: output, logPath: log)
        let ready = Eventually.wait(seconds: 15) { run.log().contains("watching") || (try? process.exitStatus()) != nil }
        guard ready != nil, run.log().contains("watching") else {
            _ = try? process.terminate()
            throw TestFailure("sluice watch did not start (status \(String(describing: try? process.exitStatus()))):\n\(run.log())")
        }
        return run
    }

    /// `nft list set inet sluice NAME`, as text.
    func listSet(_ name: String) throws -> String {
        try lab.run(in: router, ["nft", "list", "set", "inet", Self.table, name]).standardOutput
    }

    /// The element of `key` in set `name` as nft prints it (`10.70.0.10 timeout 1h expires 59m58s`),
    /// or nil when the set does not hold it.
    func element(_ key: String, in name: String) throws -> String? {
        SetListing.element(key, in: try listSet(name))
    }

    /// Waits up to `seconds` for `key` to appear in (or, with `present: false`, leave) set `name`;
    /// returns how long it took, or nil if it never did.
    func waitForElement(_ key: String, in name: String, present: Bool = true, seconds: Double) -> Duration? {
        Eventually.wait(seconds: seconds) { ((try? element(key, in: name)) != nil) == present }
    }

    /// `sluice status --json`, decoded.
    func status() throws -> StatusJSON {
        let result = try sluice(["status", "--json"])
        guard result.status == 0 else { throw TestFailure("sluice status --json exited \(result.status): \(result.standardError)") }
        return try JSONDecoder.iso8601.decode(StatusJSON.self, from: Data(result.standardOutput.utf8))
    }

    /// `sluice incidents --json`, decoded.
    func incidents() throws -> [IncidentJSON] {
        let result = try sluice(["incidents", "--json"])
        guard result.status == 0 else { throw TestFailure("sluice incidents --json exited \(result.status): \(result.standardError)") }
        return try JSONDecoder.iso8601.decode([IncidentJSON].self, from: Data(result.standardOutput.utf8))
    }

    /// The alerts the `alert exec` script has kept so far, decoded, in no particular order.
    func execAlerts() throws -> [AlertLine] {
        let names = try FileManager.default.contentsOfDirectory(atPath: alertDirectory).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: alertDirectory + "/" + name))
            return try JSONDecoder().decode(AlertLine.self, from: data)
        }
    }

    /// The namespace that owns `address`.
    func namespace(of address: LabAddress) throws -> LabNamespace {
        guard let namespace = lab.namespace(owning: address) else { throw LabError.addressNotInLab(address) }
        return namespace
    }

    /// Sends `bytes` over TCP from `source` (bound to it) to `destination` on the sink port.
    func send(from source: LabAddress, to destination: LabAddress, bytes: Int, timeout: Duration) throws -> TCPSendResult {
        try LabTraffic.tcpSend(from: try namespace(of: source), source: source, to: destination, port: Self.sinkPort,
                               bytes: bytes, timeout: timeout)
    }

    /// Whether a TCP connection from `source` (bound to it) to `destination`/`port` completes; a
    /// listener must already run there.
    func connects(_ source: LabAddress, _ destination: LabAddress, port: UInt16,
                  timeout: Duration = .milliseconds(800)) throws -> Bool {
        try LabTraffic.tcpConnect(from: try namespace(of: source), source: source, to: destination, port: port,
                                  timeout: timeout).isConnected
    }
}
