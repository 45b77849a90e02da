/// Everything `Lab.create` will do, computed from the spec and the run's tag before anything is
/// touched: namespace names, links, sysctls and the `ip` batch lines for each namespace.
struct LabPlan: Sendable {
    /// The run's random tag, part of every namespace name.
    let tag: String
    /// Every namespace, in creation order (the router first).
    let namespaces: [LabNamespace]
    /// Every veth pair, in creation order.
    let links: [LabLink]
    /// Which namespace owns each spec address.
    let owners: [LabAddress: LabNamespace]
    /// `/proc/sys` writes per namespace (paths relative to `/proc/sys/`), in order.
    let sysctls: [(namespace: LabNamespace, settings: [(path: String, value: String)])]
    /// `ip -batch` lines run from the root namespace that create each link directly inside its two
    /// namespaces (`link add NAME netns A type veth peer name PEER netns B`), so that no interface
    /// ever exists in the root namespace and names cannot collide with anything outside the lab.
    let linkCommands: [String]
    /// `ip -n NAMESPACE -batch` lines per namespace: links up, addresses, routes, IPv4 rules.
    let namespaceCommands: [(namespace: LabNamespace, commands: [String])]
    /// `ip -6 -n NAMESPACE -batch` lines run after `namespaceCommands`: IPv6 rules, since a batch
    /// line cannot carry `-6` and `ip rule` does not take the family from the address.
    let namespaceIPv6Rules: [(namespace: LabNamespace, commands: [String])]

    /// The table the outside namespace uses to send replies from `wan1` addresses back over `wan1`.
    static let secondUplinkTable = 101

    init(spec: LabSpec, tag: String) {
        self.tag = tag
        let prefix = "sl-\(tag)-"
        var namespaces: [LabNamespace] = []
        var links: [LabLink] = []
        var owners: [LabAddress: LabNamespace] = [:]
        var commands: [LabNamespace: [String]] = [:]
        var ipv6Rules: [LabNamespace: [String]] = [:]

        let outside = LabNamespace(name: prefix + "out", role: .outside)
        let router: LabNamespace
        switch spec.topology {
        case .gateway: router = LabNamespace(name: prefix + "gw", role: .gateway)
        case .host: router = LabNamespace(name: prefix + "node", role: .node)
        }
        namespaces.append(router)
        namespaces.append(outside)
        commands[router] = ["link set lo up"]
        commands[outside] = ["link set lo up"]
        for entry in spec.outside {
            commands[outside, default: []].append("address add \(LabPlan.hostPrefix(entry.address)) dev lo\(LabPlan.nodad(entry.address))")
            owners[entry.address] = outside
        }

        switch spec.topology {
        case .gateway:
            for host in spec.hosts {
                let namespace = LabNamespace(name: prefix + "h-" + host.name, role: .host(host.name))
                namespaces.append(namespace)
                let link = LabLink(namespace: router, interface: "h-" + host.name, peerNamespace: namespace, peerInterface: "eth0")
                links.append(link)
                commands[router, default: []] += LabPlan.routerSideOfHostLink(link.interface, hostAddresses: host.addresses, preferredSource: [])
                commands[namespace] = LabPlan.hostSide(host.addresses)
                for address in host.addresses { owners[address] = namespace }
            }
            for uplink in 0..<spec.uplinks {
                let link = LabLink(namespace: router, interface: "wan\(uplink)", peerNamespace: outside, peerInterface: "gw\(uplink)")
                links.append(link)
                commands[router, default: []] += [
                    "link set \(link.interface) up",
                    "address add \(LabLinkAddresses.uplinkRouterV4(uplink))/\(LabLinkAddresses.uplinkPrefixLength) dev \(link.interface)",
                    "address add \(LabLinkAddresses.uplinkRouterV6)/64 dev \(link.interface) nodad",
                ]
                commands[outside, default: []] += [
                    "link set \(link.peerInterface) up",
                    "address add \(LabLinkAddresses.uplinkOutsideV4(uplink))/\(LabLinkAddresses.uplinkPrefixLength) dev \(link.peerInterface)",
                    "address add \(LabLinkAddresses.uplinkOutsideV6)/64 dev \(link.peerInterface) nodad",
                ]
            }
            commands[router, default: []] += [
                "route add 0.0.0.0/0 via \(LabLinkAddresses.uplinkOutsideV4(0)) dev wan0",
                "route add ::/0 via \(LabLinkAddresses.uplinkOutsideV6) dev wan0",
            ]
            commands[outside, default: []] += [
                "route add 0.0.0.0/0 via \(LabLinkAddresses.uplinkRouterV4(0)) dev gw0",
                "route add ::/0 via \(LabLinkAddresses.uplinkRouterV6) dev gw0",
            ]
            let secondUplink = spec.outside.filter { $0.uplink == 1 }
            if !secondUplink.isEmpty {
                let table = LabPlan.secondUplinkTable
                commands[outside, default: []] += [
                    "route add 0.0.0.0/0 via \(LabLinkAddresses.uplinkRouterV4(1)) dev gw1 table \(table)",
                    "route add ::/0 via \(LabLinkAddresses.uplinkRouterV6) dev gw1 table \(table)",
                ]
                for entry in secondUplink {
                    let via = entry.address.family == .ipv4 ? LabLinkAddresses.uplinkOutsideV4(1) : LabLinkAddresses.uplinkOutsideV6
                    commands[router, default: []].append("route add \(LabPlan.hostPrefix(entry.address)) via \(via) dev wan1")
                    let rule = "rule add from \(LabPlan.hostPrefix(entry.address)) lookup \(table)"
                    if entry.address.family == .ipv4 {
                        commands[outside, default: []].append(rule)
                    } else {
                        ipv6Rules[outside, default: []].append(rule)
                    }
                }
            }

        case .host:
            let uplink = LabLink(namespace: router, interface: "wan0", peerNamespace: outside, peerInterface: "node0")
            links.append(uplink)
            let firstV4 = spec.nodeAddresses.first { $0.family == .ipv4 }
            let firstV6 = spec.nodeAddresses.first { $0.family == .ipv6 }
            var node = ["link set wan0 up"]
            node += spec.nodeAddresses.map { "address add \(LabPlan.hostPrefix($0)) dev wan0\(LabPlan.nodad($0))" }
            if let firstV4 {
                node.append("route add \(LabLinkAddresses.uplinkOutsideV4(0))/32 dev wan0 scope link")
                node.append("route add 0.0.0.0/0 via \(LabLinkAddresses.uplinkOutsideV4(0)) dev wan0 src \(firstV4)")
            }
            if let firstV6 {
                node.append("route add ::/0 via \(LabLinkAddresses.uplinkOutsideV6) dev wan0 src \(firstV6)")
            }
            commands[router, default: []] += node
            for address in spec.nodeAddresses { owners[address] = router }
            commands[outside, default: []] += [
                "link set node0 up",
                "address add \(LabLinkAddresses.uplinkOutsideV4(0))/\(LabLinkAddresses.uplinkPrefixLength) dev node0",
                "address add \(LabLinkAddresses.uplinkOutsideV6)/64 dev node0 nodad",
            ] + spec.nodeAddresses.map { "route add \(LabPlan.hostPrefix($0)) dev node0" }

            if let management = spec.management {
                let namespace = LabNamespace(name: prefix + "mgmt", role: .management)
                namespaces.append(namespace)
                let link = LabLink(namespace: router, interface: "mgmt0", peerNamespace: namespace, peerInterface: "eth0")
                links.append(link)
                // The node's own address, not its link address, should be the source of what it sends
                // to the management host, as it would be on a real network.
                commands[router, default: []] += LabPlan.routerSideOfHostLink(
                    link.interface, hostAddresses: management.addresses, preferredSource: [firstV4, firstV6].compactMap { $0 })
                commands[namespace] = LabPlan.hostSide(management.addresses)
                for address in management.addresses { owners[address] = namespace }
            }
        }

        var sysctls: [(namespace: LabNamespace, settings: [(path: String, value: String)])] = []
        for namespace in namespaces {
            // Without DAD, IPv6 addresses work at once; without rp_filter, replies from `wan1`
            // addresses (routed back by source) are not dropped as martians.
            var settings: [(path: String, value: String)] = [
                ("net/ipv6/conf/all/accept_dad", "0"),
                ("net/ipv6/conf/default/accept_dad", "0"),
                ("net/ipv4/conf/all/rp_filter", "0"),
                ("net/ipv4/conf/default/rp_filter", "0"),
            ]
            if namespace.role == .gateway {
                settings += [("net/ipv4/ip_forward", "1"), ("net/ipv6/conf/all/forwarding", "1")]
            }
            sysctls.append((namespace, settings))
        }

        self.namespaces = namespaces
        self.links = links
        self.owners = owners
        self.sysctls = sysctls
        self.linkCommands = links.map { link in
            "link add \(link.interface) netns \(link.namespace.name) type veth peer name \(link.peerInterface) netns \(link.peerNamespace.name)"
        }
        self.namespaceCommands = namespaces.map { ($0, commands[$0] ?? []) }
        self.namespaceIPv6Rules = namespaces.compactMap { namespace in
            ipv6Rules[namespace].map { (namespace, $0) }
        }
    }

    /// The router side of a host link: up, the Calico-style link addresses, a route per host address.
    private static func routerSideOfHostLink(_ interface: String, hostAddresses: [LabAddress],
                                             preferredSource: [LabAddress]) -> [String] {
        var lines = [
            "link set \(interface) up",
            "address add \(LabLinkAddresses.hostLinkRouterV4)/32 dev \(interface)",
            "address add \(LabLinkAddresses.hostLinkRouterV6)/64 dev \(interface) nodad",
        ]
        for address in hostAddresses {
            let source = preferredSource.first { $0.family == address.family }.map { " src \($0)" } ?? ""
            lines.append("route add \(hostPrefix(address)) dev \(interface)\(source)")
        }
        return lines
    }

    /// An inside host's side of its link (`eth0`): its addresses and on-link default routes.
    private static func hostSide(_ addresses: [LabAddress]) -> [String] {
        var lines = ["link set lo up", "link set eth0 up"]
        lines += addresses.map { "address add \(hostPrefix($0)) dev eth0\(nodad($0))" }
        if let firstV4 = addresses.first(where: { $0.family == .ipv4 }) {
            lines.append("route add \(LabLinkAddresses.hostLinkRouterV4)/32 dev eth0 scope link")
            lines.append("route add 0.0.0.0/0 via \(LabLinkAddresses.hostLinkRouterV4) dev eth0 src \(firstV4)")
        }
        if let firstV6 = addresses.first(where: { $0.family == .ipv6 }) {
            lines.append("route add ::/0 via \(LabLinkAddresses.hostLinkRouterV6) dev eth0 src \(firstV6)")
        }
        return lines
    }

    /// `A/32` or `A/128`.
    static func hostPrefix(_ address: LabAddress) -> String {
        "\(address)/\(address.family.bitCount)"
    }

    /// ` nodad` for IPv6, so that the address is usable at once.
    static func nodad(_ address: LabAddress) -> String {
        address.family == .ipv6 ? " nodad" : ""
    }
}
