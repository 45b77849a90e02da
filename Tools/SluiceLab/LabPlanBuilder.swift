/// The parts of a `LabPlan` as `LabPlan.init` collects them, one piece of the topology at a time:
/// namespaces and links in creation order, address owners, and the `ip` batch lines per namespace.
struct LabPlanBuilder {
    private let prefix: String
    /// Every namespace so far, in creation order.
    private(set) var namespaces: [LabNamespace] = []
    /// Every veth pair so far, in creation order.
    private(set) var links: [LabLink] = []
    /// Which namespace owns each spec address.
    private(set) var owners: [LabAddress: LabNamespace] = [:]
    /// `ip -n NAMESPACE -batch` lines per namespace, in the order they must run.
    private(set) var commands: [LabNamespace: [String]] = [:]
    /// IPv6 rules per namespace, run after `commands` (see `LabPlan.namespaceIPv6Rules`).
    private(set) var ipv6Rules: [LabNamespace: [String]] = [:]

    /// Starts an empty plan for the run tagged `tag`.
    init(tag: String) {
        prefix = "sl-\(tag)-"
    }

    /// Adds the router (the gateway or the node) and the outside namespace, which owns the spec's
    /// outside addresses on its loopback.
    mutating func addRouterAndOutside(_ spec: LabSpec) -> (router: LabNamespace, outside: LabNamespace) {
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
        return (router, outside)
    }

    /// Gateway topology: each inside host in its own namespace behind its own link to the router.
    mutating func addInsideHosts(_ hosts: [LabHostSpec], router: LabNamespace) {
        for host in hosts {
            let namespace = LabNamespace(name: prefix + "h-" + host.name, role: .host(host.name))
            namespaces.append(namespace)
            let link = LabLink(namespace: router, interface: "h-" + host.name, peerNamespace: namespace, peerInterface: "eth0")
            links.append(link)
            commands[router, default: []] += Self.routerSideOfHostLink(link.interface, hostAddresses: host.addresses, preferredSource: [])
            commands[namespace] = Self.hostSide(host.addresses)
            for address in host.addresses { owners[address] = namespace }
        }
    }

    /// Gateway topology: the uplinks `wan0`, `wan1`... to the outside, and default routes both
    /// ways over `wan0`.
    mutating func addUplinks(_ count: Int, router: LabNamespace, outside: LabNamespace) {
        for uplink in 0..<count {
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
    }

    /// Gateway topology: routes `wan1`'s outside addresses over `wan1`, and sends their replies
    /// back over `gw1` by source (`LabPlan.secondUplinkTable`). Nothing without such addresses.
    mutating func addSecondUplinkRoutes(_ secondUplink: [LabOutsideAddress], router: LabNamespace, outside: LabNamespace) {
        guard !secondUplink.isEmpty else { return }
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

    /// Host topology: the node's one uplink `wan0`, which carries its own addresses. Returns the
    /// node's first address of each family, the sources of its default routes.
    mutating func addNodeUplink(_ nodeAddresses: [LabAddress], router: LabNamespace, outside: LabNamespace) -> [LabAddress] {
        let uplink = LabLink(namespace: router, interface: "wan0", peerNamespace: outside, peerInterface: "node0")
        links.append(uplink)
        let firstV4 = nodeAddresses.first { $0.family == .ipv4 }
        let firstV6 = nodeAddresses.first { $0.family == .ipv6 }
        var node = ["link set wan0 up"]
        node += nodeAddresses.map { "address add \(LabPlan.hostPrefix($0)) dev wan0\(LabPlan.nodad($0))" }
        if let firstV4 {
            node.append("route add \(LabLinkAddresses.uplinkOutsideV4(0))/32 dev wan0 scope link")
            node.append("route add 0.0.0.0/0 via \(LabLinkAddresses.uplinkOutsideV4(0)) dev wan0 src \(firstV4)")
        }
        if let firstV6 {
            node.append("route add ::/0 via \(LabLinkAddresses.uplinkOutsideV6) dev wan0 src \(firstV6)")
        }
        commands[router, default: []] += node
        for address in nodeAddresses { owners[address] = router }
        commands[outside, default: []] += [
            "link set node0 up",
            "address add \(LabLinkAddresses.uplinkOutsideV4(0))/\(LabLinkAddresses.uplinkPrefixLength) dev node0",
            "address add \(LabLinkAddresses.uplinkOutsideV6)/64 dev node0 nodad",
        ] + nodeAddresses.map { "route add \(LabPlan.hostPrefix($0)) dev node0" }
        return [firstV4, firstV6].compactMap { $0 }
    }

    /// Host topology: the management host in its own namespace, linked to the node.
    mutating func addManagement(_ management: LabHostSpec, router: LabNamespace, nodeSources: [LabAddress]) {
        let namespace = LabNamespace(name: prefix + "mgmt", role: .management)
        namespaces.append(namespace)
        let link = LabLink(namespace: router, interface: "mgmt0", peerNamespace: namespace, peerInterface: "eth0")
        links.append(link)
        // The node's own address, not its link address, should be the source of what it sends
        // to the management host, as it would be on a real network.
        commands[router, default: []] += Self.routerSideOfHostLink(
            link.interface, hostAddresses: management.addresses, preferredSource: nodeSources)
        commands[namespace] = Self.hostSide(management.addresses)
        for address in management.addresses { owners[address] = namespace }
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
            lines.append("route add \(LabPlan.hostPrefix(address)) dev \(interface)\(source)")
        }
        return lines
    }

    /// An inside host's side of its link (`eth0`): its addresses and on-link default routes.
    private static func hostSide(_ addresses: [LabAddress]) -> [String] {
        var lines = ["link set lo up", "link set eth0 up"]
        lines += addresses.map { "address add \(LabPlan.hostPrefix($0)) dev eth0\(LabPlan.nodad($0))" }
        if let firstV4 = addresses.first(where: { $0.family == .ipv4 }) {
            lines.append("route add \(LabLinkAddresses.hostLinkRouterV4)/32 dev eth0 scope link")
            lines.append("route add 0.0.0.0/0 via \(LabLinkAddresses.hostLinkRouterV4) dev eth0 src \(firstV4)")
        }
        if let firstV6 = addresses.first(where: { $0.family == .ipv6 }) {
            lines.append("route add ::/0 via \(LabLinkAddresses.hostLinkRouterV6) dev eth0 src \(firstV6)")
        }
        return lines
    }
}
