import Foundation
import SluiceLab
import Testing

extension WatchKernelTests.Names {
    /// A forged answer: a packet from outside that claims the `dns` server's address and port 53
    /// and says that a listed name (pypi.org) is the sender's own address. The host it is sent
    /// to asked nothing, so the queue rule does not hold it and the watcher learns nothing: the
    /// address stays denied. (Before the rule tested `ct direction reply`, this one packet
    /// admitted any address its sender chose, for any inside host to reach.)
    static let forger = """
        import socket, struct, sys
        server, target, port, address = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
        question = bytes([4]) + b"pypi" + bytes([3]) + b"org" + b"\\0" + struct.pack("!HH", 1, 1)
        message = struct.pack("!HHHHHH", 0x4242, 0x8180, 1, 1, 0, 0) + question
        message += struct.pack("!HHHIH", 0xC00C, 1, 1, 3600, 4) + socket.inet_aton(address)
        # A raw socket bound to the server's address: the server itself holds its port 53.
        s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_UDP)
        s.bind((server, 0))
        datagram = struct.pack("!HHHH", 53, port, 8 + len(message), 0) + message
        for _ in range(3): s.sendto(datagram, (target, 0))
        print("sent")
        """

    /// A host the attacker owns asks the server from a port it chose, then tells a forger outside
    /// (through the resolver itself, in a real attack) which port: any packet from the server's
    /// port 53 to that port is a reply of the tracked query for as long as conntrack keeps it.
    static let asker = """
        import socket, struct
        q = struct.pack("!HHHHHH", 0x4242, 0x0100, 1, 0, 0, 0) + bytes([4]) + b"pypi" + bytes([3]) + b"org" + b"\\0"
        q += struct.pack("!HH", 1, 1)
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("0.0.0.0", 40001)); s.settimeout(3)
        s.sendto(q, ("192.0.2.53", 53))
        s.recv(65535)
        print("asked")
        """

    @Test("a reply forged for the host's own query admits nothing: the watcher asks the server itself")
    func aReplyForgedForTheHostsQueryAdmitsNothing() throws {
        let (lab, inside) = try Self.setUp(zone: ["pypi.org": .init(ttl: 60, a: [Self.pypi])])
        defer { lab.destroy() }
        let outside = try lab.namespace(of: try LabAddress(parsing: Self.pypi))
        let watcher = try lab.startWatcher()
        let asked = try lab.lab.run(in: inside, ["python3", "-c", Self.asker])
        #expect(asked.standardOutput.contains("asked"), "\(asked.standardError)")
        // The real answer taught the real address.
        #expect(lab.waitForElement(Self.pypi, in: "dn_pypi_v4", seconds: 2) != nil)

        let sent = try lab.lab.run(in: outside, ["python3", "-c", Self.forger, "192.0.2.53", Self.client, "40001", Self.other])
        #expect(sent.standardOutput.contains("sent"), "\(sent.standardError)")
        // The forged reply is held (it is one of the tracked query's); the server, asked by the
        // watcher, does not give the forged address, so it is not admitted, and the log says so.
        let logged = Eventually.wait(seconds: 5) { watcher.log().contains("did not confirm") }
        #expect(logged != nil, "\(watcher.log())")
        #expect(watcher.log().contains(Self.other))
        #expect(try lab.element(Self.other, in: "dn_pypi_v4") == nil)
        #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.other) == "denied \(Self.other)")
        #expect(try DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: "192.0.2.53", name: "pypi.org", ipv6: false)
                == "connected \(Self.pypi)")
    }

    @Test("an answer the host did not ask for teaches nothing: a forged one from outside admits no address")
    func aForgedAnswerAdmitsNothing() throws {
        let (lab, inside) = try Self.setUp(zone: ["pypi.org": .init(ttl: 60, a: [Self.pypi])])
        defer { lab.destroy() }
        let outside = try lab.namespace(of: try LabAddress(parsing: Self.pypi))
        _ = try lab.startWatcher()
        // The watcher learns from real answers (so what follows is not a dead queue).
        #expect(try DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: "192.0.2.53", name: "pypi.org", ipv6: false)
                == "connected \(Self.pypi)")

        let sent = try lab.lab.run(in: outside, ["python3", "-c", Self.forger, "192.0.2.53", Self.client, "40000", Self.other])
        #expect(sent.standardOutput.contains("sent"), "\(sent.standardError)")
        // Given the time a held answer takes, the forged address is still not in the set.
        #expect(lab.waitForElement(Self.other, in: "dn_pypi_v4", seconds: 2) == nil)
        #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.other) == "denied \(Self.other)")
        #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.pypi) == "connected \(Self.pypi)")
    }
}

extension WatchKernelTests.Names {
    @Test("a resolver that refuses the watcher's own question admits nothing, and the log names it")
    func aResolverThatRefusesTheWatcherAdmitsNothing() throws {
        let lab = try Self.makeLab()
        defer { lab.destroy() }
        try lab.apply(try lab.policy("watch-names.sluice"))
        let outside = try lab.namespace(of: try LabAddress(parsing: Self.pypi))
        let inside = try lab.namespace(of: try LabAddress(parsing: Self.client))
        // An access list that lets the inside host ask, and nobody else (not the gateway).
        _ = try DNSLabServer.start(lab.lab, in: outside, servers: ["192.0.2.53"], targets: [Self.pypi],
                                   zone: ["pypi.org": .init(ttl: 60, a: [Self.pypi])], onlyFrom: [Self.client])
        guard Eventually.wait(seconds: 5, {
            (try? DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: "192.0.2.53", name: "nosuch.example", ipv6: false))
                == "nxdomain"
        }) != nil else { throw TestFailure("the lab's DNS server did not answer") }
        let watcher = try lab.startWatcher()
        #expect(try DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: "192.0.2.53", name: "pypi.org", ipv6: false)
                == "denied \(Self.pypi)")
        let logged = Eventually.wait(seconds: 5) { watcher.log().contains("did not answer the watcher's own question") }
        #expect(logged != nil, "\(watcher.log())")
        #expect(watcher.log().contains("192.0.2.53") && watcher.log().contains("pypi.org"))
    }
}
