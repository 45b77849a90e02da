import Testing
@testable import SluiceLab

/// Spec validation, planning and addresses: no kernel needed.
extension LabTests {
    @Test("addresses parse, print canonically, sort IPv4 first and test prefixes")
    func addresses() throws {
        #expect(LabAddress("2001:DB8:0:0::1")?.description == "2001:db8::1")
        #expect(LabAddress("10.20.3.4")?.bytes == [10, 20, 3, 4])
        #expect(LabAddress("10.20.3") == nil)
        #expect(LabAddress("10.20.3.4/32") == nil)
        #expect(LabAddress("fe80::1%eth0") == nil)
        #expect(throws: LabError.invalidAddress("nope")) { try LabAddress(parsing: "nope") }
        let sorted = try ["fd00::1", "10.0.0.2", "2001:db8::1", "10.0.0.10"].map { try Self.address($0) }.sorted()
        #expect(sorted.map(\.description) == ["10.0.0.2", "10.0.0.10", "2001:db8::1", "fd00::1"])
        #expect(try Self.address("198.51.100.255").isDocumentation)
        #expect(try !Self.address("198.51.101.0").isDocumentation)
        #expect(try Self.address("2001:db8:ffff::1").isDocumentation)
        #expect(try !Self.address("2001:db9::1").isDocumentation)
        #expect(try Self.address("fd12::1").isLabInside)
        #expect(try !Self.address("172.16.0.1").isLabInside)
        #expect(try Self.address("10.1.2.3").isWithin(try Self.address("10.1.0.0"), prefixLength: 15))
        #expect(try !Self.address("10.3.2.3").isWithin(try Self.address("10.1.0.0"), prefixLength: 15))
    }

    @Test("invalid specs are refused before anything is created", arguments: [
        (LabSpec.gateway(hosts: [], outside: [LabAddress("8.8.8.8")].compactMap { $0 }),
         "outside address 8.8.8.8 is not in 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 or 2001:db8::/32"),
        (LabSpec.gateway(hosts: [LabHostSpec(name: "fourteen-chars", addresses: [LabAddress("10.0.0.1")].compactMap { $0 })], outside: []),
         "host name \"fourteen-chars\" must be 1-13 of A-Z a-z 0-9 _ -"),
        (LabSpec.gateway(hosts: [LabHostSpec(name: "a b", addresses: [LabAddress("10.0.0.1")].compactMap { $0 })], outside: []),
         "host name \"a b\" must be 1-13 of A-Z a-z 0-9 _ -"),
        (LabSpec.gateway(hosts: [LabHostSpec(name: "a", addresses: [LabAddress("10.0.0.1")].compactMap { $0 }),
                                 LabHostSpec(name: "a", addresses: [LabAddress("10.0.0.2")].compactMap { $0 })], outside: []),
         "host name \"a\" is used twice"),
        (LabSpec.gateway(hosts: [LabHostSpec(name: "a", addresses: [LabAddress("10.0.0.1")].compactMap { $0 }),
                                 LabHostSpec(name: "b", addresses: [LabAddress("10.0.0.1")].compactMap { $0 })], outside: []),
         "10.0.0.1 is given to both host a and host b"),
        (LabSpec.gateway(hosts: [LabHostSpec(name: "a", addresses: [LabAddress("169.254.0.1")].compactMap { $0 })], outside: []),
         "host a: 169.254.0.1 is not in 10.0.0.0/8, fd00::/8 or a documentation prefix"),
        (LabSpec.gateway(hosts: [LabHostSpec(name: "a", addresses: [])], outside: []), "host a has no address"),
        (LabSpec(topology: .gateway, outside: [LabAddress("192.0.2.1")].compactMap { $0 }.map { LabOutsideAddress($0, uplink: 1) }),
         "outside address 192.0.2.1 names uplink wan1, which the lab does not have"),
        (LabSpec(topology: .gateway, uplinks: 3), "a gateway has 1 or 2 uplinks, not 3"),
        (LabSpec.host(node: [], outside: []), "the node needs at least one address"),
        (LabSpec(topology: .host, hosts: [LabHostSpec(name: "a", addresses: [])], nodeAddresses: [LabAddress("10.0.0.1")].compactMap { $0 }),
         "a host lab has no inside hosts; give the node's addresses"),
    ])
    func invalidSpecs(spec: LabSpec, message: String) {
        #expect(throws: LabError.invalidSpec(message)) { try spec.validate() }
        #expect(throws: LabError.invalidSpec(message)) { try Lab.create(spec) }
    }

    @Test("a gateway plan: names, links created inside their namespaces, Calico-style routes, wan1 source routing")
    func gatewayPlan() throws {
        let spec = LabSpec.gateway(
            hosts: [try LabHostSpec(name: "compute1", parsing: ["10.20.3.4", "fd00:20::4"]),
                    try LabHostSpec(name: "login", parsing: ["2001:db8:10::5"])],
            outside: [try Self.address("192.0.2.10")],
            wan1Outside: [try Self.address("203.0.113.9"), try Self.address("2001:db8:200::9")])
        try spec.validate()
        let plan = LabPlan(spec: spec, tag: "abc123")
        #expect(plan.namespaces.map(\.name) == ["sl-abc123-gw", "sl-abc123-out", "sl-abc123-h-compute1", "sl-abc123-h-login"])
        #expect(plan.linkCommands == [
            "link add h-compute1 netns sl-abc123-gw type veth peer name eth0 netns sl-abc123-h-compute1",
            "link add h-login netns sl-abc123-gw type veth peer name eth0 netns sl-abc123-h-login",
            "link add wan0 netns sl-abc123-gw type veth peer name gw0 netns sl-abc123-out",
            "link add wan1 netns sl-abc123-gw type veth peer name gw1 netns sl-abc123-out",
        ])
        let commands = Dictionary(uniqueKeysWithValues: plan.namespaceCommands.map { ($0.namespace.name, $0.commands) })
        #expect(commands["sl-abc123-h-compute1"] == [
            "link set lo up", "link set eth0 up",
            "address add 10.20.3.4/32 dev eth0", "address add fd00:20::4/128 dev eth0 nodad",
            "route add 169.254.0.1/32 dev eth0 scope link",
            "route add 0.0.0.0/0 via 169.254.0.1 dev eth0 src 10.20.3.4",
            "route add ::/0 via fe80::1 dev eth0 src fd00:20::4",
        ])
        #expect(commands["sl-abc123-h-login"] == [
            "link set lo up", "link set eth0 up", "address add 2001:db8:10::5/128 dev eth0 nodad",
            "route add ::/0 via fe80::1 dev eth0 src 2001:db8:10::5",
        ])
        let gateway = try #require(commands["sl-abc123-gw"])
        for line in ["address add 169.254.0.1/32 dev h-compute1", "address add fe80::1/64 dev h-login nodad",
                     "route add 10.20.3.4/32 dev h-compute1", "route add 2001:db8:10::5/128 dev h-login",
                     "route add 0.0.0.0/0 via 169.254.100.2 dev wan0", "route add ::/0 via fe80::2 dev wan0",
                     "route add 203.0.113.9/32 via 169.254.101.2 dev wan1", "route add 2001:db8:200::9/128 via fe80::2 dev wan1"] {
            #expect(gateway.contains(line), "\(line)")
        }
        let outside = try #require(commands["sl-abc123-out"])
        for line in ["address add 192.0.2.10/32 dev lo", "address add 2001:db8:200::9/128 dev lo nodad",
                     "route add 0.0.0.0/0 via 169.254.100.1 dev gw0", "route add 0.0.0.0/0 via 169.254.101.1 dev gw1 table 101",
                     "rule add from 203.0.113.9/32 lookup 101"] {
            #expect(outside.contains(line), "\(line)")
        }
        #expect(plan.namespaceIPv6Rules.map(\.namespace.name) == ["sl-abc123-out"])
        #expect(plan.namespaceIPv6Rules.first?.commands == ["rule add from 2001:db8:200::9/128 lookup 101"])
        let forwarding = plan.sysctls.filter { $0.settings.contains { $0.path == "net/ipv4/ip_forward" } }
        #expect(forwarding.map(\.namespace.name) == ["sl-abc123-gw"])
        #expect(plan.owners[try Self.address("fd00:20::4")]?.name == "sl-abc123-h-compute1")

        let again = LabPlan(spec: spec, tag: "abc123")
        #expect(again.namespaceCommands.map(\.commands) == plan.namespaceCommands.map(\.commands), "planning is deterministic")
    }

    @Test("a host plan: the node sends from its own addresses; the management link is Calico-style")
    func hostPlan() throws {
        let spec = LabSpec.host(node: [try Self.address("10.40.0.5"), try Self.address("fd00:40::5")],
                                outside: [try Self.address("198.51.100.7")],
                                management: try LabHostSpec(name: "soc", parsing: ["10.0.0.5"]))
        try spec.validate()
        let plan = LabPlan(spec: spec, tag: "xyz789")
        #expect(plan.namespaces.map(\.name) == ["sl-xyz789-node", "sl-xyz789-out", "sl-xyz789-mgmt"])
        let commands = Dictionary(uniqueKeysWithValues: plan.namespaceCommands.map { ($0.namespace.name, $0.commands) })
        #expect(commands["sl-xyz789-node"] == [
            "link set lo up", "link set wan0 up",
            "address add 10.40.0.5/32 dev wan0", "address add fd00:40::5/128 dev wan0 nodad",
            "route add 169.254.100.2/32 dev wan0 scope link",
            "route add 0.0.0.0/0 via 169.254.100.2 dev wan0 src 10.40.0.5",
            "route add ::/0 via fe80::2 dev wan0 src fd00:40::5",
            "link set mgmt0 up", "address add 169.254.0.1/32 dev mgmt0", "address add fe80::1/64 dev mgmt0 nodad",
            "route add 10.0.0.5/32 dev mgmt0 src 10.40.0.5",
        ])
        #expect(plan.sysctls.allSatisfy { !$0.settings.contains { $0.path == "net/ipv4/ip_forward" } })
    }
}
