extension PolicyResolver {
    /// The `dns` settings of the policy block (defaults for what it leaves out), reporting
    /// `dns-without-servers` at the first name of each destination that lists names when the
    /// policy trusts no resolver: nothing could ever admit their addresses.
    mutating func dnsSettings(_ node: PolicyNode?, definitions: [DefinitionNode]) -> DNSSettings {
        var settings = DNSSettings()
        settings.servers = Array(Set((node?.dnsServers ?? []).map(\.value))).sorted()
        if let floor = node?.dnsTTLFloor { settings.ttlFloor = floor.value }
        if let cap = node?.dnsAddressesPerName { settings.addressesPerName = cap.value }
        // A `dns` line that failed to parse was still written: one error about it is enough.
        guard settings.servers.isEmpty, node?.settingLocations["dns"] == nil, node?.isBroken != true else {
            return settings
        }
        for definition in definitions where definition.kind == .destination {
            guard let first = definition.names.first else { continue }
            diagnostics.append(.error(
                .dnsWithoutServers, "destination '\(DisplayText.quoted(definition.name.value))' lists DNS names, but the policy trusts no DNS server",
                at: first.location,
                notes: [DiagnosticNote(.note, "a name's addresses are learned only from answers of the 'dns' servers"),
                        DiagnosticNote(.help, "add the resolvers to the policy block, such as: dns 192.0.2.53")]))
        }
        return settings
    }
}

extension Expectation {
    /// The expectation of an `expect` line whose destination is a DNS name.
    init(_ node: ExpectNode, source: FlowSource, name: DomainPattern) {
        var family = AddressFamily.ipv4
        if case .address(let a) = source { family = a.family }
        self.init(verdict: node.verdict, source: source, destination: Expectation.namePlaceholder(family),
                  port: node.port?.value, location: node.location, name: name)
    }
}
