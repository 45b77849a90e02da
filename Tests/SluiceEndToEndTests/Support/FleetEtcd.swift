import Foundation
import Glibc
import SluiceLab

/// A real etcd cluster (Debian's `etcd-server`) for the fleet's end-to-end tests: its members run in
/// a network namespace of their own, linked by a veth pair to each gateway's namespace, on
/// unique ports and data directories; they are ended by pid and the namespace is removed.
final class FleetEtcd: @unchecked Sendable {
    let namespace: String
    /// The etcd side's address on the link to gateway i: 10.99.(i+1).1/30; the gateway's is .2.
    private(set) var gateways: [LabNamespace] = []
    private let members: LabEtcd

    init(members count: Int = 3) throws {
        namespace = "sfleet-\(getpid() % 10_000)\(UInt16.random(in: 100...999))"
        try Self.shell("ip netns add \(namespace) && ip -n \(namespace) link set lo up")
        do {
            members = try LabEtcd(members: count, namespace: namespace)
        } catch {
            try? Self.shell("ip netns del \(namespace)")
            throw error
        }
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
        return members.clientPorts.map { "http://10.99.\(i).1:\($0)" }.joined(separator: ",")
    }

    /// Starts (or restarts with its data) member `i`.
    func start(_ i: Int) throws { try members.start(i) }

    /// Ends member `i` by its pid (SIGKILL).
    func kill(_ i: Int) { members.kill(i) }

    func destroy() {
        members.destroy()
        try? Self.shell("ip netns del \(namespace)")
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
