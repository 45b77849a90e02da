import SluiceLab
import SluiceLanguage

/// Puts probes to the kernel: real packets through a `PolicyLab`, side by side on threads.
enum KernelProbes {
    /// How long silence counts as "denied" in the first round.
    static let timeout = Duration.milliseconds(800)
    /// The second chance for probes believed allowed, so that a loaded machine cannot pass for
    /// a firewall.
    static let recheckTimeout = Duration.seconds(3)

    /// The kernel's verdicts for distinct `probes`. Listeners are started first (one per
    /// destination, protocol and port) so that concurrent probes share them; probes in
    /// `believedAllowed` that come back denied are tried once more with `recheckTimeout`.
    static func run(_ probes: [FlowProbe], in policyLab: PolicyLab, believedAllowed: Set<FlowProbe> = []) throws -> KernelProbeReport {
        let lab = policyLab.lab
        var tcp: [LabEndpoint: TCPListener] = [:]
        var udp: [LabEndpoint: UDPListener] = [:]
        for probe in probes {
            let destination = try LabAddress(probe.destination)
            switch probe.traffic {
            case .tcp(let port):
                let key = LabEndpoint(address: destination, port: port)
                if tcp[key] == nil { tcp[key] = try lab.tcpListener(on: destination, port: port) }
            case .udp(let port):
                let key = LabEndpoint(address: destination, port: port)
                if udp[key] == nil { udp[key] = try lab.udpListener(on: destination, port: port) }
            case .echo:
                break
            }
        }
        defer {
            tcp.values.forEach { $0.stop() }
            udp.values.forEach { $0.stop() }
        }

        var report = KernelProbeReport()
        for (probe, result) in zip(probes, Concurrently.map(probes, { try verdict($0, policyLab, timeout: timeout) })) {
            report.verdicts[probe] = try result.get()
        }
        let again = probes.filter { report.verdicts[$0] == .deny && believedAllowed.contains($0) }
        for (probe, result) in zip(again, Concurrently.map(again, { try verdict($0, policyLab, timeout: recheckTimeout) })) {
            report.verdicts[probe] = try result.get()
            report.rechecked.insert(probe)
        }

        for probe in probes {
            let destination = try LabAddress(probe.destination)
            let source = try policyLab.sourceAddress(probe)
            let heard: () -> Bool
            switch probe.traffic {
            case .tcp(let port):
                heard = { tcp[LabEndpoint(address: destination, port: port)]?.counts().byPeer[source] != nil }
            case .udp(let port):
                heard = { udp[LabEndpoint(address: destination, port: port)]?.counts().byPeer[source] != nil }
            case .echo:
                continue
            }
            // A connection completes in the kernel before the listener's thread accepts it and
            // notes its peer; on a loaded machine that thread can run a while later. A denied
            // probe's listener is read at once, as before.
            report.reachedListener[probe] = report.verdicts[probe] == .allow ? Eventually.wait(seconds: 2, heard) != nil : heard()
        }
        return report
    }

    /// Whether one probe gets through right now.
    static func verdict(_ probe: FlowProbe, _ policyLab: PolicyLab, timeout: Duration) throws -> Verdict {
        let lab = policyLab.lab
        let destination = try LabAddress(probe.destination)
        let passed: Bool
        switch probe.source {
        case .address(let address):
            let source = try LabAddress(address)
            switch probe.traffic {
            case .tcp(let port): passed = try lab.canConnect(from: source, to: destination, port: port, proto: .tcp, timeout: timeout)
            case .udp(let port): passed = try lab.canConnect(from: source, to: destination, port: port, proto: .udp, timeout: timeout)
            case .echo:
                guard let namespace = lab.namespace(owning: source) else { throw LabError.addressNotInLab(source) }
                passed = try ICMPEcho.ping(from: namespace, source: source, to: destination, timeout: timeout)
            }
        case .machine:
            let node = try lab.node()
            switch probe.traffic {
            case .tcp(let port): passed = try lab.canConnect(from: node, to: destination, port: port, proto: .tcp, timeout: timeout)
            case .udp(let port): passed = try lab.canConnect(from: node, to: destination, port: port, proto: .udp, timeout: timeout)
            case .echo: passed = try ICMPEcho.ping(from: node, to: destination, timeout: timeout)
            }
        case .user(let user):
            // Flows of a user need a process of that account: UsersKernelTests sends them.
            throw TestFailure("no replay of flows of user \(user)")
        }
        return passed ? .allow : .deny
    }
}
