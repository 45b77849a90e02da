import Foundation
import Glibc
import SluiceLab

/// A real etcd cluster (Debian's `etcd-server`) for the fleet's end-to-end tests: its members run in
/// a network namespace of their own, linked by a veth pair to each gateway's namespace, on
/// unique ports and data directories; they are ended by pid and the namespace is removed.
final class FleetEtcd: @unchecked Sendable {
    let namespace: String
    let directory: String
    let clientPorts: [UInt16]
    let peerPorts: [UInt16]
    /// The etcd side's address on the link to gateway i: 10.99.(i+1).1/30; the gateway's is .2.
    private(set) var gateways: [LabNamespace] = []
    private var pids: [Int32?]

    init(members: Int = 3) throws {
        let tag = "\(getpid() % 10_000)\(UInt16.random(in: 100...999))"
        namespace = "sfleet-\(tag)"
        directory = NSTemporaryDirectory() + "sluice-fleet-etcd-\(tag)"
        let base = UInt16.random(in: 20_000...50_000)
        clientPorts = (0..<members).map { base + UInt16($0) * 2 }
        peerPorts = (0..<members).map { base + UInt16($0) * 2 + 1 }
        pids = Array(repeating: nil, count: members)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Self.shell("ip netns add \(namespace) && ip -n \(namespace) link set lo up")
        for i in 0..<members { try start(i) }
    }

    /// Links a gateway's namespace to etcd's; returns the endpoints it reaches the members at.
    func link(_ gateway: LabNamespace) throws -> String {
        let i = gateways.count + 1
        let here = "sfe\(i)\(namespace.suffix(7))", there = "sfg\(i)\(namespace.suffix(7))"
        try Self.shell("""
            ip link add \(here) netns \(namespace) type veth peer name \(there) netns \(gateway.name) && \
            ip -n \(namespace) addr add 10.99.\(i).1/30 dev \(here) && ip -n \(namespace) link set \(here) up && \
            ip -n \(gateway.name) addr add 10.99.\(i).2/30 dev \(there) && ip -n \(gateway.name) link set \(there) up
            """)
        gateways.append(gateway)
        return clientPorts.map { "http://10.99.\(i).1:\($0)" }.joined(separator: ",")
    }

    /// Starts (or restarts with its data) member `i`.
    func start(_ i: Int) throws {
        let cluster = peerPorts.enumerated().map { "m\($0.offset)=http://127.0.0.1:\($0.element)" }.joined(separator: ",")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ip")
        process.arguments = ["netns", "exec", namespace, "/usr/bin/etcd", "--name", "m\(i)", "--data-dir", "\(directory)/m\(i)",
                             "--listen-client-urls", "http://0.0.0.0:\(clientPorts[i])",
                             "--advertise-client-urls", "http://127.0.0.1:\(clientPorts[i])",
                             "--listen-peer-urls", "http://127.0.0.1:\(peerPorts[i])",
                             "--initial-advertise-peer-urls", "http://127.0.0.1:\(peerPorts[i])",
                             "--initial-cluster", cluster, "--initial-cluster-state", "new",
                             "--logger", "zap", "--log-level", "error", "--heartbeat-interval", "50", "--election-timeout", "500"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // `ip netns exec` execs etcd: the pid is the member's own.
        pids[i] = process.processIdentifier
    }

    /// Ends member `i` by its pid (SIGKILL).
    func kill(_ i: Int) {
        guard let pid = pids[i] else { return }
        Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        pids[i] = nil
    }

    func destroy() {
        for i in pids.indices { kill(i) }
        try? Self.shell("ip netns del \(namespace)")
        try? FileManager.default.removeItem(atPath: directory)
    }

    private static func shell(_ script: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("failed (\(process.terminationStatus)): \(script)") }
    }
}
