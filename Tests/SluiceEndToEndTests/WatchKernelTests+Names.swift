import Foundation
import Glibc
import SluiceCompiler
import SluiceLab
import SluiceLanguage
import Testing

extension WatchKernelTests {
    /// Destinations by DNS name with `sluice watch` running: a client inside looks a name up at
    /// the lab's DNS server outside and connects at once. The answers are held by the compiled
    /// ruleset's queue rule (`table ip`/`ip6` NAME, NFQUEUE with bypass).
    @Suite("Destinations by DNS name", .timeLimit(.minutes(2)))
    struct Names {
        static let client = "10.70.0.10", client6 = "fd00:70::10"
        static let pypi = "198.51.100.7", pypi6 = "2001:db8:1::7"
        static let hosted = "198.51.100.8", hosted6 = "2001:db8:1::8"
        static let other = "203.0.113.7"

        static func makeLab() throws -> WatchLab {
            try WatchLab.gateway(hosts: [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"]),
                                         try LabHostSpec(name: "a", parsing: [client, client6])],
                                 outside: ["192.0.2.53", "2001:db8::53", pypi, pypi6, hosted, hosted6, other])
        }

        /// A lab with the policy applied (its queue rule holds answers), and the DNS server answering from `zone`
        /// (every target listening); returns it with the client's namespace.
        static func setUp(zone: [String: DNSLabServer.Entry]) throws -> (WatchLab, LabNamespace) {
            let lab = try Self.makeLab()
            do {
                // Applied before the server runs: the apply's own resolution finds nobody (a
                // warning), so every address starts denied and only the watcher admits it.
                try lab.apply(try lab.policy("watch-names.sluice"))
                let outside = try lab.namespace(of: try LabAddress(parsing: Self.pypi))
                let inside = try lab.namespace(of: try LabAddress(parsing: Self.client))
                _ = try DNSLabServer.start(lab.lab, in: outside, servers: ["192.0.2.53", "2001:db8::53"],
                                           targets: [Self.pypi, Self.pypi6, Self.hosted, Self.hosted6, Self.other], zone: zone)
                // The server is up before anything is asserted of it.
                guard Eventually.wait(seconds: 5, {
                    (try? DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: "192.0.2.53", name: "nosuch.example", ipv6: false))
                        == "nxdomain"
                }) != nil else { throw TestFailure("the lab's DNS server did not answer") }
                return (lab, inside)
            } catch {
                lab.destroy()
                throw error
            }
        }

        @Test("an answer admits its addresses before the client has it; they expire after TTL + grace; unlisted names and a dead watcher admit nothing; both families")
        func lookUpThenConnect() throws {
            let (lab, inside) = try Self.setUp(zone: [
                "pypi.org": .init(ttl: 1, a: [Self.pypi], aaaa: [Self.pypi6]),
                "files.pythonhosted.org": .init(ttl: 1, a: [Self.hosted], aaaa: [Self.hosted6]),
                "other.example": .init(ttl: 60, a: [Self.other])])
            defer { lab.destroy() }
            func lookUp(_ name: String, ipv6: Bool) throws -> String {
                try DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: ipv6 ? "2001:db8::53" : "192.0.2.53", name: name, ipv6: ipv6)
            }
            let watcher = try lab.startWatcher()

            // Before a lookup, the addresses are denied.
            #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.pypi) == "denied \(Self.pypi)")
            #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.pypi6) == "denied \(Self.pypi6)")
            // Right after the answer, the first SYN passes, in both families.
            #expect(try lookUp("pypi.org", ipv6: false) == "connected \(Self.pypi)")
            #expect(try lookUp("pypi.org", ipv6: true) == "connected \(Self.pypi6)")
            // A name the policy does not list is answered but stays denied.
            #expect(try lookUp("other.example", ipv6: false) == "denied \(Self.other)")

            // status --names shows what was learned (written to the store within a second).
            let listed = Eventually.wait(seconds: 3) {
                ((try? lab.sluice(["status", "--names"]).standardOutput) ?? "").contains(Self.pypi6)
            }
            let names = try lab.sluice(["status", "--names"]).standardOutput
            #expect(listed != nil, "\(names)")
            #expect(names.contains("pypi.org") && names.contains(Self.pypi) && !names.contains(Self.other), "\(names)")

            // After TTL (1 s) + grace (5 s), the kernel forgets them.
            #expect(lab.waitForElement(Self.pypi, in: "dn_pypi_v4", present: false, seconds: 10) != nil)
            #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.pypi) == "denied \(Self.pypi)")
            #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.pypi6) == "denied \(Self.pypi6)")

            // The watcher killed: lookups still answer (bypass), and a new name admits nothing.
            _ = try watcher.crash()
            #expect(try lookUp("files.pythonhosted.org", ipv6: false) == "denied \(Self.hosted)")
            #expect(try lookUp("files.pythonhosted.org", ipv6: true) == "denied \(Self.hosted6)")
        }

        @Test("a restarted watcher puts learned addresses the kernel lost back, for the time they have left")
        func restartRestores() throws {
            let (lab, inside) = try Self.setUp(zone: ["pypi.org": .init(ttl: 120, a: [Self.pypi])])
            defer { lab.destroy() }
            let first = try lab.startWatcher(label: "watch-1")
            #expect(try DNSLabServer.lookUpAndConnect(lab.lab, in: inside, server: "192.0.2.53", name: "pypi.org", ipv6: false)
                    == "connected \(Self.pypi)")
            // Stored within a second; then the watcher stops and the kernel loses the element (as
            // after a reboot and an apply).
            #expect(Eventually.wait(seconds: 3) {
                ((try? lab.sluice(["status", "--names"]).standardOutput) ?? "").contains(Self.pypi)
            } != nil)
            try first.stop()
            try lab.lab.run(in: lab.router, ["nft", "delete", "element", "inet", WatchLab.table, "dn_pypi_v4", "{ \(Self.pypi) }"])
            #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.pypi) == "denied \(Self.pypi)")

            _ = try lab.startWatcher(label: "watch-2")
            #expect(lab.waitForElement(Self.pypi, in: "dn_pypi_v4", seconds: 3) != nil)
            #expect(try DNSLabServer.connect(lab.lab, in: inside, address: Self.pypi) == "connected \(Self.pypi)")
            // With a timeout: the kernel still expires it on its own.
            let element = try lab.element(Self.pypi, in: "dn_pypi_v4") ?? ""
            #expect(element.contains("timeout") && element.contains("expires"), "\(element)")
        }
    }
}
