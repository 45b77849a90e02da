import Foundation
import SluiceLab
import Testing

extension WatchKernelTests.Names {
    /// The seconds an element has left (`expires 1h4m59s120ms` in its listing), or nil.
    static func secondsLeft(_ element: String) -> Double? {
        let words = element.split(separator: " ")
        guard let i = words.firstIndex(of: "expires"), i + 1 < words.count else { return nil }
        var total = 0.0, number = ""
        var text = Substring(words[i + 1])
        while let c = text.first {
            if c.isNumber {
                number.append(c)
                text = text.dropFirst()
                continue
            }
            let unit = text.hasPrefix("ms") ? "ms" : String(c)
            guard let value = Double(number),
                  let scale = ["d": 86_400, "h": 3_600, "m": 60, "s": 1, "ms": 0.001][unit] else { return nil }
            total += value * scale
            number = ""
            text = text.dropFirst(unit.count)
        }
        return number.isEmpty ? total : nil
    }

    @Test("a reply forged for the host's query keeps no old address: the name moved, the server no longer gives it, it expires")
    func aReplyForgedForTheHostsQueryKeepsNoOldAddress() throws {
        let lab = try Self.makeLab()
        defer { lab.destroy() }
        try lab.apply(try lab.policy("watch-names.sluice"))
        let outside = try lab.namespace(of: try LabAddress(parsing: Self.pypi))
        let inside = try lab.namespace(of: try LabAddress(parsing: Self.client))
        func serve(_ address: String) throws -> LabProcess {
            let server = try DNSLabServer.start(lab.lab, in: outside, servers: ["192.0.2.53"], targets: [Self.pypi, Self.hosted],
                                                zone: ["pypi.org": .init(ttl: 5, a: [address])])
            guard Eventually.wait(seconds: 5, {
                (try? DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: "192.0.2.53", name: "nosuch.example", ipv6: false))
                    == "nxdomain"
            }) != nil else { throw TestFailure("the lab's DNS server did not answer") }
            return server
        }
        let first = try serve(Self.pypi)
        let watcher = try lab.startWatcher()
        let asked = try lab.lab.run(in: inside, ["python3", "-c", Self.asker])
        #expect(asked.standardOutput.contains("asked"), "\(asked.standardError)")
        // The real answer taught the real address, for its TTL and grace (10 s).
        #expect(lab.waitForElement(Self.pypi, in: "dn_pypi_v4", seconds: 2) != nil)
        let learned = ContinuousClock.now

        // The name moves to another address; its old one is now the attacker's, whose forger
        // answers the host's query with it, for an hour.
        try first.terminate()
        _ = try serve(Self.hosted)
        // Past the second in which the watcher reuses its own question's answer rather than ask
        // the server again: within it, the forged reply meets that earlier confirmation (which
        // extends nothing either), and no question of the watcher's says "did not confirm".
        Eventually.sleep(until: learned + .milliseconds(1_500))
        let sent = try lab.lab.run(in: outside, ["python3", "-c", Self.forger, "192.0.2.53", Self.client, "40001", Self.pypi])
        #expect(sent.standardOutput.contains("sent"), "\(sent.standardError)")
        // The forged reply is held; the server, asked again, no longer gives the old address.
        let logged = Eventually.wait(seconds: 5) { watcher.log().contains("did not confirm") }
        #expect(logged != nil, "\(watcher.log())")
        let element = try #require(try lab.element(Self.pypi, in: "dn_pypi_v4"))
        let left = try #require(Self.secondsLeft(element), "\(element)")
        #expect(left <= 10, "the forged reply extended the old address: \(element)")

        // It expires where the watcher's own confirmation ended, and stays denied.
        let remaining = max(0, 11 - Double((ContinuousClock.now - learned).components.seconds))
        #expect(lab.waitForElement(Self.pypi, in: "dn_pypi_v4", present: false, seconds: remaining + 2) != nil)
        #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.pypi) == "denied \(Self.pypi)")
        #expect(try DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: "192.0.2.53", name: "pypi.org", ipv6: false)
                == "connected \(Self.hosted)")
    }
}
