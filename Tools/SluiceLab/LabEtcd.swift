import Foundation
import Glibc

/// Real etcd members (Debian's `etcd-server`) for tests and benchmarks: unique ports and data
/// directories, optionally inside a network namespace (then they listen on every address of it),
/// started and ended by their pids.
public final class LabEtcd: @unchecked Sendable {
    /// TLS files for the client URLs (the member's certificate and key, the CA of client certificates).
    public struct TLSFiles: Sendable {
        public var ca: String
        public var cert: String
        public var key: String

        public init(ca: String, cert: String, key: String) {
            self.ca = ca
            self.cert = cert
            self.key = key
        }
    }

    /// The data directories' parent, removed by `destroy()`.
    public let directory: String
    public let clientPorts: [UInt16]
    public let peerPorts: [UInt16]
    let namespace: String?
    let tls: TLSFiles?
    private var pids: [Int32?]

    /// Starts `members` members (in `namespace` when given); call `waitUntilReady` through a client.
    public init(members: Int, namespace: String? = nil, tls: TLSFiles? = nil) throws {
        directory = NSTemporaryDirectory() + "sluice-etcd-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let base = UInt16.random(in: 20_000...50_000)
        clientPorts = (0..<members).map { base + UInt16($0) * 2 }
        peerPorts = (0..<members).map { base + UInt16($0) * 2 + 1 }
        pids = Array(repeating: nil, count: members)
        self.namespace = namespace
        self.tls = tls
        for i in 0..<members { try start(i) }
    }

    /// `http` or `https`.
    public var scheme: String { tls == nil ? "http" : "https" }

    /// The client URLs on loopback (outside a namespace).
    public var loopbackEndpoints: [String] { clientPorts.map { "\(scheme)://127.0.0.1:\($0)" } }

    /// Starts (or restarts, with its data) member `i`.
    public func start(_ i: Int) throws {
        let cluster = peerPorts.enumerated().map { "m\($0.offset)=http://127.0.0.1:\($0.element)" }.joined(separator: ",")
        let listen = namespace == nil ? "127.0.0.1" : "0.0.0.0"
        var arguments = ["--name", "m\(i)", "--data-dir", "\(directory)/m\(i)",
                         "--listen-client-urls", "\(scheme)://\(listen):\(clientPorts[i])",
                         "--advertise-client-urls", "\(scheme)://127.0.0.1:\(clientPorts[i])",
                         "--listen-peer-urls", "http://127.0.0.1:\(peerPorts[i])",
                         "--initial-advertise-peer-urls", "http://127.0.0.1:\(peerPorts[i])",
                         "--initial-cluster", cluster, "--initial-cluster-state", "new",
                         "--logger", "zap", "--log-level", "error", "--heartbeat-interval", "50", "--election-timeout", "500"]
        if let tls {
            arguments += ["--cert-file", tls.cert, "--key-file", tls.key, "--trusted-ca-file", tls.ca, "--client-cert-auth"]
        }
        let process = Process()
        if let namespace {
            // `ip netns exec` execs etcd: the pid is the member's own.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/ip")
            process.arguments = ["netns", "exec", namespace, "/usr/bin/etcd"] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/etcd")
            process.arguments = arguments
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        pids[i] = process.processIdentifier
    }

    /// Ends member `i` by its pid (SIGKILL).
    public func kill(_ i: Int) {
        guard let pid = pids[i] else { return }
        Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        pids[i] = nil
    }

    /// Stops member `i` without ending it (SIGSTOP): its connections stay open and nothing answers,
    /// as with a hung member; `resume` lets it go on.
    public func pause(_ i: Int) {
        if let pid = pids[i] { Glibc.kill(pid, SIGSTOP) }
    }

    /// Lets a paused member go on (SIGCONT).
    public func resume(_ i: Int) {
        if let pid = pids[i] { Glibc.kill(pid, SIGCONT) }
    }

    /// Ends member `i` and removes its data: started again, it is a member that lost everything.
    public func wipe(_ i: Int) {
        kill(i)
        try? FileManager.default.removeItem(atPath: "\(directory)/m\(i)")
    }

    /// Ends every member and removes the data.
    public func destroy() {
        for i in pids.indices { kill(i) }
        try? FileManager.default.removeItem(atPath: directory)
    }

    deinit { destroy() }
}
