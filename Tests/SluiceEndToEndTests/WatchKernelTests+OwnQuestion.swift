import Foundation
import SluiceLab
import Testing

extension WatchKernelTests.Names {
    /// watch-host-names.sluice on a node, the DNS server outside. The watcher's own question to
    /// the server (the confirmation of each new address) is answered into the queue it reads
    /// itself: a lookup on the node still connects at once, and a reply forged for the node's
    /// own query still admits nothing.
    @Test("host mode: the watcher's own question is not held up by its own queue; a forged reply admits nothing")
    func hostModeConfirmsThroughItsOwnQueue() throws {
        let node = "10.80.0.10"
        let lab = try WatchLab.host(node: [node], management: try LabHostSpec(name: "mgmt", parsing: ["10.0.0.5"]),
                                    outside: ["192.0.2.53", Self.pypi, Self.other])
        defer { lab.destroy() }
        try lab.apply(try lab.policy("watch-host-names.sluice"))
        let inside = try lab.namespace(of: try LabAddress(parsing: node))
        let outside = try lab.namespace(of: try LabAddress(parsing: Self.pypi))
        _ = try DNSLabServer.start(lab.lab, in: outside, servers: ["192.0.2.53"], targets: [Self.pypi, Self.other],
                                   zone: ["pypi.org": .init(ttl: 60, a: [Self.pypi])])
        guard Eventually.wait(seconds: 5, {
            (try? DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: "192.0.2.53", name: "nosuch.example", ipv6: false))
                == "nxdomain"
        }) != nil else { throw TestFailure("the lab's DNS server did not answer") }
        let watcher = try lab.startWatcher()

        let clock = ContinuousClock()
        let start = clock.now
        #expect(try DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: "192.0.2.53", name: "pypi.org", ipv6: false)
                == "connected \(Self.pypi)", "\(watcher.log())")
        // Far under the confirmer's 1 s timeout, after which it would have admitted nothing.
        #expect(clock.now - start < .seconds(1))

        let asked = try lab.lab.run(in: inside, ["python3", "-c", Self.asker])
        #expect(asked.standardOutput.contains("asked"), "\(asked.standardError)")
        let sent = try lab.lab.run(in: outside, ["python3", "-c", Self.forger, "192.0.2.53", node, "40001", Self.other])
        #expect(sent.standardOutput.contains("sent"), "\(sent.standardError)")
        #expect(Eventually.wait(seconds: 5) { watcher.log().contains("did not confirm") } != nil, "\(watcher.log())")
        #expect(try lab.element(Self.other, in: "dn_pypi_v4") == nil)
        #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.other) == "denied \(Self.other)")
    }

    /// The same in `mode gateway` with the resolver on the gateway itself (its host-link address):
    /// its answers, to the hosts and to the watcher alike, leave through the output hook and are
    /// held there.
    @Test("a resolver on the gateway: the watcher's own question passes its own queue; lookups connect")
    func gatewayResolverConfirmsThroughItsOwnQueue() throws {
        let lab = try Self.makeLab()
        defer { lab.destroy() }
        let resolver = LabLinkAddresses.hostLinkRouterV4
        try lab.apply(try lab.policy("watch-names.sluice", replacing: [("dns 192.0.2.53, 2001:db8::53", "dns \(resolver)")]))
        let outside = try lab.namespace(of: try LabAddress(parsing: Self.pypi))
        let inside = try lab.namespace(of: try LabAddress(parsing: Self.client))
        _ = try DNSLabServer.start(lab.lab, in: lab.router, servers: [resolver], targets: [],
                                   zone: ["pypi.org": .init(ttl: 60, a: [Self.pypi])])
        _ = try DNSLabServer.start(lab.lab, in: outside, servers: [], targets: [Self.pypi, Self.other], zone: [:])
        guard Eventually.wait(seconds: 5, {
            (try? DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: resolver, name: "nosuch.example", ipv6: false))
                == "nxdomain"
        }) != nil else { throw TestFailure("the gateway's DNS server did not answer") }
        let watcher = try lab.startWatcher()
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: resolver, name: "pypi.org", ipv6: false)
                == "connected \(Self.pypi)", "\(watcher.log())")
        #expect(clock.now - start < .seconds(1))
        #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.other) == "denied \(Self.other)")
        #expect(!watcher.log().contains("did not"), "\(watcher.log())")
    }
}
