import Foundation
import Glibc
import Testing
@testable import SluiceLab
import SluiceSystem

/// The lab itself, against the real kernel: topology, traffic, isolation of the root namespace,
/// cleanup. Each test builds its own lab with a random tag and removes it.
@Suite("Lab")
struct LabTests {
    @Test("gateway lab: hosts reach the outside over both uplinks, lateral traffic is routed through the gateway",
          .disabled(if: LabTests.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"), .timeLimit(.minutes(10)))
    func gatewayLab() throws {
        let root = try RootSnapshot.take()
        let a4 = try Self.address("10.20.3.4"), a6 = try Self.address("fd00:20::4")
        let b4 = try Self.address("10.20.3.5"), b6 = try Self.address("2001:db8:10::5")
        let wan0v4 = try Self.address("192.0.2.10"), wan0v6 = try Self.address("2001:db8:100::10")
        let wan1v4 = try Self.address("203.0.113.9"), wan1v6 = try Self.address("2001:db8:200::9")
        let spec = LabSpec.gateway(hosts: [LabHostSpec(name: "a", addresses: [a4, a6]),
                                           LabHostSpec(name: "b", addresses: [b4, b6])],
                                   outside: [wan0v4, wan0v6], wan1Outside: [wan1v4, wan1v6])

        let started = ContinuousClock.now
        let lab = try Lab.create(spec)
        defer { lab.destroy() }
        #expect(started.duration(to: .now) < .seconds(5))
        #expect(LabRegistry.liveLabs.contains { $0 === lab })

        let gateway = try lab.gateway()
        try expectGatewayTopology(lab, wan1v6: wan1v6, b6: b6)

        // Every host to every outside address of its family, TCP and UDP, with exact counts.
        let outside = [wan0v4, wan0v6, wan1v4, wan1v6]
        let expectedTCP = try sendToEveryOutside(lab, hosts: [("a", [a4, a6]), ("b", [b4, b6])], outside: outside)

        // Addresses behind wan1 are reached over wan1 and answer over it (source routing outside).
        try expectUplinks(lab, gateway, expectedTCP, wan0v4: wan0v4, wan0v6: wan0v6, wan1v4: wan1v4, wan1v6: wan1v6)

        // Host to host: routed through the gateway's forward hook, where a counter sees it...
        try expectLateralCounted(lab, gateway, a4: a4, a6: a6, b4: b4, b6: b6)

        // ...and where a drop rule cuts it off, while the other direction and egress still work.
        try expectDropRulesCut(lab, gateway, a4: a4, a6: a6, b4: b4, b6: b6, wan0v4: wan0v4, wan0v6: wan0v6, wan1v4: wan1v4)

        // A process the lab started is ended, by pid, with the lab.
        let sleeper = try lab.start(in: gateway, ["sleep", "30"])
        #expect(try sleeper.exitStatus() == nil)
        try Self.destroyAndCheck(lab, root: root)
        #expect(try sleeper.exitStatus() == 128 + SIGTERM)
        #expect(kill(sleeper.pid, 0) == -1)
        #expect(throws: LabError.labDestroyed(tag: lab.tag)) { try lab.tcpListener(on: wan0v4, port: 9) }
    }

    /// The gateway lab's links and address owners, and its namespaces in the system's list.
    private func expectGatewayTopology(_ lab: Lab, wan1v6: LabAddress, b6: LabAddress) throws {
        #expect(try lab.gatewayInterface(forHost: "a") == "h-a")
        #expect(try lab.gatewayInterface(forHost: "b") == "h-b")
        #expect(lab.links.map { "\($0.namespace.role):\($0.interface)-\($0.peerNamespace.role):\($0.peerInterface)" } == [
            "gateway:h-a-host a:eth0", "gateway:h-b-host b:eth0", "gateway:wan0-outside:gw0", "gateway:wan1-outside:gw1",
        ])
        #expect(lab.namespace(owning: wan1v6) == lab.outside)
        #expect(lab.namespace(owning: b6) == (try lab.host("b")))
        #expect(try Self.namespaceNames().isSuperset(of: lab.namespaces.map(\.name)))
    }

    /// Sends from each host's addresses (`hosts`: name and addresses) to every outside address of
    /// the same family, over TCP and UDP, and checks each listener's exact counts. Returns the
    /// TCP bytes each outside address got from each source.
    private func sendToEveryOutside(_ lab: Lab, hosts: [(String, [LabAddress])],
                                    outside: [LabAddress]) throws -> [LabAddress: [LabAddress: Int]] {
        var tcp: [LabAddress: TCPListener] = [:]
        var udp: [LabAddress: UDPListener] = [:]
        for address in outside {
            tcp[address] = try lab.tcpListener(on: address, port: 8080)
            udp[address] = try lab.udpListener(on: address, port: 5353)
        }
        var expectedTCP: [LabAddress: [LabAddress: Int]] = [:]
        var expectedUDP: [LabAddress: [LabAddress: Int]] = [:]
        for (index, (host, sources)) in hosts.enumerated() {
            let namespace = try lab.host(host)
            for destination in outside {
                let source = try #require(sources.first { $0.family == destination.family })
                let bytes = 200_000 + 7_919 * index + (destination.family == .ipv6 ? 1 : 0)
                let sent = try LabTraffic.tcpSend(from: namespace, to: destination, port: 8080, bytes: bytes,
                                                  chunk: 16384, timeout: .seconds(5))
                #expect(sent == TCPSendResult(connected: true, bytesWritten: bytes, ending: .completed, elapsed: sent.elapsed),
                        "\(source) -> \(destination)")
                expectedTCP[destination, default: [:]][source] = bytes

                let size = 600 + index
                let datagrams = try LabTraffic.udpSend(from: namespace, to: destination, port: 5353, datagrams: 8, size: size)
                #expect(datagrams.datagramsSent == 8 && datagrams.datagramsRejected == 0 && !datagrams.timedOut)
                #expect(datagrams.sourceAddress == source)
                let listener = try #require(udp[destination])
                #expect(listener.waitForBytes(8 * size, from: source, timeout: .seconds(10)), "\(source) -> \(destination) udp")
                expectedUDP[destination, default: [:]][source] = 8 * size
            }
        }
        for address in outside {
            let tcpCounts = try #require(tcp[address]).counts()
            #expect(tcpCounts.byPeer == expectedTCP[address], "tcp \(address)")
            #expect(tcpCounts.arrivals == 2)
            let udpCounts = try #require(udp[address]).counts()
            #expect(udpCounts.byPeer == expectedUDP[address], "udp \(address)")
            #expect(udpCounts.arrivals == 16)
        }
        return expectedTCP
    }

    /// Traffic to addresses behind wan1 leaves over wan1, the rest over wan0.
    private func expectUplinks(_ lab: Lab, _ gateway: LabNamespace, _ expectedTCP: [LabAddress: [LabAddress: Int]],
                               wan0v4: LabAddress, wan0v6: LabAddress, wan1v4: LabAddress, wan1v6: LabAddress) throws {
        let toWan1 = expectedTCP[wan1v4, default: [:]].values.reduce(0, +) + expectedTCP[wan1v6, default: [:]].values.reduce(0, +)
        #expect(try Self.statistic(lab, gateway, "wan1", "tx_bytes") > toWan1)
        #expect(try Self.statistic(lab, gateway, "wan1", "rx_bytes") > 0)
        let toWan0 = expectedTCP[wan0v4, default: [:]].values.reduce(0, +) + expectedTCP[wan0v6, default: [:]].values.reduce(0, +)
        #expect(try Self.statistic(lab, gateway, "wan0", "tx_bytes") > toWan0)
        #expect(try Self.statistic(lab, gateway, "wan0", "tx_bytes") < toWan0 + toWan1)
    }

    /// Host-to-host traffic crosses the gateway's forward hook, where counters of table
    /// labtest see it.
    private func expectLateralCounted(_ lab: Lab, _ gateway: LabNamespace, a4: LabAddress, a6: LabAddress,
                                      b4: LabAddress, b6: LabAddress) throws {
        try lab.run(in: gateway, ["nft", "-f", "-"], input: """
            table inet labtest {
              counter lateral4 {}
              counter lateral6 {}
              chain forward {
                type filter hook forward priority filter; policy accept;
                ip saddr \(a4) ip daddr \(b4) counter name "lateral4"
                ip6 saddr \(a6) ip6 daddr \(b6) counter name "lateral6"
              }
            }
            """)
        let lateral4 = try lab.tcpListener(on: b4, port: 7000)
        let lateral6 = try lab.tcpListener(on: b6, port: 7000)
        let hostA = try lab.host("a")
        #expect(try LabTraffic.tcpSend(from: hostA, to: b4, port: 7000, bytes: 40_000, timeout: .seconds(5)).ending == .completed)
        #expect(try LabTraffic.tcpSend(from: hostA, to: b6, port: 7000, bytes: 30_000, timeout: .seconds(5)).ending == .completed)
        #expect(lateral4.counts().bytes(from: a4) == 40_000)
        #expect(lateral6.counts().bytes(from: a6) == 30_000)
        #expect(try Self.counterBytes(lab, gateway, table: "labtest", counter: "lateral4") > 40_000)
        #expect(try Self.counterBytes(lab, gateway, table: "labtest", counter: "lateral6") > 30_000)
    }

    /// Drop rules in labtest's forward chain cut a4 from b4 port 7000 and UDP 5353 to wan0v4;
    /// the other direction, IPv6 and the other uplink still work.
    private func expectDropRulesCut(_ lab: Lab, _ gateway: LabNamespace, a4: LabAddress, a6: LabAddress, b4: LabAddress,
                                    b6: LabAddress, wan0v4: LabAddress, wan0v6: LabAddress, wan1v4: LabAddress) throws {
        let hostA = try lab.host("a")
        try lab.run(in: gateway, ["nft", "add", "rule", "inet", "labtest", "forward",
                                  "ip", "saddr", "\(a4)", "ip", "daddr", "\(b4)", "tcp", "dport", "7000", "drop"])
        try lab.run(in: gateway, ["nft", "add", "rule", "inet", "labtest", "forward",
                                  "ip", "daddr", "\(wan0v4)", "udp", "dport", "5353", "drop"])
        let probe = Duration.milliseconds(400)
        #expect(try LabTraffic.tcpConnect(from: hostA, to: b4, port: 7000, timeout: probe) == .timedOut)
        #expect(try lab.canConnect(from: a4, to: b4, port: 7000, proto: .tcp, timeout: probe) == false)
        #expect(try lab.canConnect(from: a6, to: b6, port: 7000, proto: .tcp, timeout: probe))
        #expect(try lab.canConnect(from: b4, to: a4, port: 7001, proto: .tcp, timeout: probe))
        #expect(try lab.canConnect(from: a4, to: wan0v4, port: 5353, proto: .udp, timeout: probe) == false)
        #expect(try lab.canConnect(from: a4, to: wan1v4, port: 5353, proto: .udp, timeout: probe))
        #expect(try lab.canConnect(from: b6, to: wan0v6, port: 53, proto: .udp, timeout: probe))
        #expect(throws: LabError.addressNotInLab(try Self.address("192.0.2.99"))) {
            try lab.canConnect(from: a4, to: try Self.address("192.0.2.99"), port: 80, proto: .tcp)
        }
    }

    @Test("host lab: the node reaches the outside with its own addresses and talks to its management host",
          .disabled(if: LabTests.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"), .timeLimit(.minutes(10)))
    func hostLab() throws {
        let root = try RootSnapshot.take()
        let node4 = try Self.address("10.40.0.5"), node6 = try Self.address("fd00:40::5")
        let out4 = try Self.address("198.51.100.7"), out6 = try Self.address("2001:db8:300::7")
        let soc4 = try Self.address("10.0.0.5"), soc6 = try Self.address("fd00:1::5")
        let lab = try Lab.create(.host(node: [node4, node6], outside: [out4, out6],
                                       management: LabHostSpec(name: "soc", addresses: [soc4, soc6])))
        defer { lab.destroy() }
        let node = try lab.node()
        #expect(lab.links.map { "\($0.namespace.role):\($0.interface)-\($0.peerNamespace.role):\($0.peerInterface)" } == [
            "node:wan0-outside:node0", "node:mgmt0-management:eth0",
        ])
        #expect(throws: LabError.noSuchNamespace("gateway")) { try lab.gateway() }

        try expectNodeReachesOutside(lab, node, [(out4, node4, 123_457), (out6, node6, 98_765)])

        // Paced sending keeps to its rate: 6000 bytes at 20000 B/s take about 0.3 s.
        try expectPacedSending(node, to: out4)

        // Management host and node reach each other both ways, on both families.
        try expectManagementBothWays(lab, node, soc4: soc4, soc6: soc6, node4: node4, node6: node6)

        // A host firewall in the node's output hook: dropped TCP times out, dropped UDP is refused locally.
        try expectHostFirewall(lab, node, out4: out4, out6: out6)

        // Commands: output, typed failures that name the command, timeouts.
        try expectCommands(lab, node)

        try Self.destroyAndCheck(lab, root: root)
    }

    /// For each (destination, the node's source address there, bytes): TCP and UDP from the node
    /// arrive from its own address, in full.
    private func expectNodeReachesOutside(_ lab: Lab, _ node: LabNamespace, _ cases: [(LabAddress, LabAddress, Int)]) throws {
        for (destination, source, bytes) in cases {
            let tcp = try lab.tcpListener(on: destination, port: 443)
            let udp = try lab.udpListener(on: destination, port: 123)
            let sent = try LabTraffic.tcpSend(from: node, to: destination, port: 443, bytes: bytes, chunk: 4096, timeout: .seconds(5))
            #expect(sent.ending == .completed && sent.bytesWritten == bytes)
            #expect(tcp.counts().byPeer == [source: bytes], "the node sends from its own address, not a link address")
            let datagrams = try LabTraffic.udpSend(from: node, to: destination, port: 123, datagrams: 5, size: 48)
            #expect(datagrams.datagramsSent == 5)
            #expect(udp.waitForBytes(240, from: source, timeout: .seconds(10)))
            #expect(udp.counts().total == 240)
            #expect(try lab.canConnect(from: node, to: destination, port: 443, proto: .tcp))
        }
    }

    /// 6000 bytes at 20000 B/s take about 0.3 s.
    private func expectPacedSending(_ node: LabNamespace, to out4: LabAddress) throws {
        let paced = try LabTraffic.tcpSend(from: node, to: out4, port: 443, bytes: 6000, chunk: 500, pace: 20_000, timeout: .seconds(5))
        #expect(paced.ending == .completed)
        #expect(paced.elapsed >= .milliseconds(250) && paced.elapsed < .seconds(2))
    }

    /// The management host and the node reach each other both ways, on both families.
    private func expectManagementBothWays(_ lab: Lab, _ node: LabNamespace, soc4: LabAddress, soc6: LabAddress,
                                          node4: LabAddress, node6: LabAddress) throws {
        #expect(try lab.canConnect(from: soc4, to: node4, port: 22, proto: .tcp))
        #expect(try lab.canConnect(from: soc6, to: node6, port: 22, proto: .tcp))
        #expect(try lab.canConnect(from: node, to: soc4, port: 514, proto: .udp))
        let fromNode = try lab.tcpListener(on: soc4, port: 9100)
        #expect(try LabTraffic.tcpSend(from: node, to: soc4, port: 9100, bytes: 10, timeout: .seconds(2)).ending == .completed)
        #expect(fromNode.counts().peers == [node4])
    }

    /// A host firewall in the node's output hook: dropped TCP times out, dropped UDP is refused locally.
    private func expectHostFirewall(_ lab: Lab, _ node: LabNamespace, out4: LabAddress, out6: LabAddress) throws {
        try lab.run(in: node, ["nft", "-f", "-"], input: """
            table inet labtest {
              chain output {
                type filter hook output priority filter; policy accept;
                ip daddr \(out4) tcp dport 443 drop
                ip6 daddr \(out6) udp dport 123 drop
              }
            }
            """)
        #expect(try lab.canConnect(from: node, to: out4, port: 443, proto: .tcp, timeout: .milliseconds(400)) == false)
        let refused = try LabTraffic.udpSend(from: node, to: out6, port: 123, datagrams: 3, size: 10)
        #expect(refused.datagramsSent == 0 && refused.datagramsRejected == 3)
        #expect(try lab.canConnect(from: node, to: out6, port: 443, proto: .tcp, timeout: .seconds(1)))
    }

    /// Commands in the node: output, typed failures that name the command, timeouts.
    private func expectCommands(_ lab: Lab, _ node: LabNamespace) throws {
        let listing = try lab.run(in: node, ["ip", "-o", "address", "show", "dev", "wan0"])
        #expect(listing.standardOutput.contains("inet 10.40.0.5/32"))
        #expect(listing.standardOutput.contains("inet6 fd00:40::5/128"))
        do {
            try lab.run(in: node, ["ls", "/nonexistent-lab-path"])
            Issue.record("a failing command must throw")
        } catch let LabError.commandFailed(command, status, standardError) {
            #expect(command.suffix(2) == ["ls", "/nonexistent-lab-path"])
            #expect(status == 2)
            #expect(standardError.contains("nonexistent-lab-path"))
        }
        let quick = ContinuousClock.now
        #expect(throws: LabError.commandTimedOut(command: ["ip", "netns", "exec", node.name, "sleep", "10"], timeout: .milliseconds(200))) {
            try lab.run(in: node, ["sleep", "10"], timeout: .milliseconds(200))
        }
        #expect(quick.duration(to: .now) < .seconds(2))
        #expect(try lab.run(in: node, ["false"], check: false).status == 1)
    }

    @Test("destroy is safe to call from several threads at once",
          .disabled(if: LabTests.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"), .timeLimit(.minutes(10)))
    func concurrentDestroy() throws {
        let root = try RootSnapshot.take()
        let lab = try Lab.create(.host(node: [try Self.address("10.50.0.1")], outside: [try Self.address("192.0.2.50")]))
        let listener = try lab.udpListener(on: try Self.address("192.0.2.50"), port: 4000)
        let names = Set(lab.namespaces.map(\.name))
        let inodes = Set(try lab.namespaces.map { try $0.inode() })
        let threads = try (0..<4).map { _ in try JoinableThread.start("destroy") { _ = lab.destroy() } }
        threads.forEach { $0.join() }
        #expect(lab.isDestroyed)
        #expect(!listener.isRunning)
        #expect(try Self.namespaceNames().isDisjoint(with: names))
        #expect(Self.tasks(inNamespaces: inodes).isEmpty)
        #expect(try RootSnapshot.take().sysctls == root.sysctls)
    }
}
