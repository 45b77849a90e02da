import Foundation
import Glibc
import SluiceFleet

/// Real etcd members (Debian's `etcd-server`) on loopback, with unique ports and data directories,
/// started by a test and ended by their pids.
final class EtcdCluster: @unchecked Sendable {
    struct Member {
        var name: String
        var clientPort: UInt16
        var peerPort: UInt16
        var process: Process?
    }

    let directory: URL
    private(set) var members: [Member]
    let tls: (ca: String, cert: String, key: String)?

    /// Starts `size` members and waits until the cluster answers.
    init(size: Int = 1, tls: (ca: String, cert: String, key: String)? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-etcd-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let base = UInt16.random(in: 20_000...55_000)
        members = (0..<size).map { Member(name: "m\($0)", clientPort: base + UInt16($0) * 2, peerPort: base + UInt16($0) * 2 + 1) }
        self.tls = tls
        for i in members.indices { try start(i) }
        try waitUntilReady()
    }

    var scheme: String { tls == nil ? "http" : "https" }

    /// The client URLs of every member.
    var endpoints: [Endpoint] {
        members.compactMap { Endpoint("\(scheme)://127.0.0.1:\($0.clientPort)") }
    }

    private var initialCluster: String {
        members.map { "\($0.name)=http://127.0.0.1:\($0.peerPort)" }.joined(separator: ",")
    }

    /// Starts (or restarts, with its data) member `i`.
    func start(_ i: Int) throws {
        let m = members[i]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/etcd")
        var arguments = [
            "--name", m.name, "--data-dir", directory.appendingPathComponent(m.name).path,
            "--listen-client-urls", "\(scheme)://127.0.0.1:\(m.clientPort)",
            "--advertise-client-urls", "\(scheme)://127.0.0.1:\(m.clientPort)",
            "--listen-peer-urls", "http://127.0.0.1:\(m.peerPort)",
            "--initial-advertise-peer-urls", "http://127.0.0.1:\(m.peerPort)",
            "--initial-cluster", initialCluster, "--initial-cluster-state", "new",
            "--logger", "zap", "--log-level", "error",
            "--heartbeat-interval", "50", "--election-timeout", "500",
        ]
        if let tls {
            arguments += ["--cert-file", tls.cert, "--key-file", tls.key, "--trusted-ca-file", tls.ca, "--client-cert-auth"]
        }
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        members[i].process = process
    }

    /// Ends member `i` (SIGKILL, by its pid).
    func kill(_ i: Int) {
        guard let process = members[i].process else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        members[i].process = nil
    }

    func waitUntilReady(timeout: TimeInterval = 15) throws {
        let client = try EtcdClient(endpoints: endpoints, tls: tls.map { TLSSettings(caFile: $0.ca, certFile: $0.cert, keyFile: $0.key) },
                                    timeout: .seconds(1))
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            do {
                _ = try client.range("/ready")
                return
            } catch {
                if Date() > deadline { throw error }
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
    }

    deinit {
        for i in members.indices { kill(i) }
        try? FileManager.default.removeItem(at: directory)
    }
}
