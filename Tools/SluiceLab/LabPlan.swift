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

    /// Plans the lab `spec` describes, its namespaces named `sl-TAG-...`; touches nothing.
    init(spec: LabSpec, tag: String) {
        self.tag = tag
        var builder = LabPlanBuilder(tag: tag)
        let (router, outside) = builder.addRouterAndOutside(spec)
        switch spec.topology {
        case .gateway:
            builder.addInsideHosts(spec.hosts, router: router)
            builder.addUplinks(spec.uplinks, router: router, outside: outside)
            builder.addSecondUplinkRoutes(spec.outside.filter { $0.uplink == 1 }, router: router, outside: outside)
        case .host:
            let nodeSources = builder.addNodeUplink(spec.nodeAddresses, router: router, outside: outside)
            if let management = spec.management {
                builder.addManagement(management, router: router, nodeSources: nodeSources)
            }
        }

        let namespaces = builder.namespaces, links = builder.links
        let commands = builder.commands, ipv6Rules = builder.ipv6Rules
        self.namespaces = namespaces
        self.links = links
        self.owners = builder.owners
        self.sysctls = namespaces.map { ($0, LabPlan.sysctls(for: $0)) }
        self.linkCommands = links.map { link in
            "link add \(link.interface) netns \(link.namespace.name) type veth peer name \(link.peerInterface) netns \(link.peerNamespace.name)"
        }
        self.namespaceCommands = namespaces.map { ($0, commands[$0] ?? []) }
        self.namespaceIPv6Rules = namespaces.compactMap { namespace in
            ipv6Rules[namespace].map { (namespace, $0) }
        }
    }

    /// The `/proc/sys` writes for one namespace.
    private static func sysctls(for namespace: LabNamespace) -> [(path: String, value: String)] {
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
        return settings
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
