/// Checks that a spec can be built without touching anything outside the lab (fail closed).
extension LabSpec {
    /// Throws `LabError.invalidSpec` naming the first problem, in a fixed order.
    public func validate() throws {
        switch topology {
        case .gateway:
            guard nodeAddresses.isEmpty, management == nil else {
                throw LabError.invalidSpec("a gateway lab has inside hosts, not node addresses or a management host")
            }
            guard uplinks == 1 || uplinks == 2 else {
                throw LabError.invalidSpec("a gateway has 1 or 2 uplinks, not \(uplinks)")
            }
        case .host:
            guard hosts.isEmpty else {
                throw LabError.invalidSpec("a host lab has no inside hosts; give the node's addresses")
            }
            guard uplinks == 1 else { throw LabError.invalidSpec("a node has exactly one uplink, wan0") }
            guard !nodeAddresses.isEmpty else { throw LabError.invalidSpec("the node needs at least one address") }
        }

        var names = Set<String>()
        for host in hosts + (management.map { [$0] } ?? []) {
            guard LabSpec.isValidHostName(host.name) else {
                throw LabError.invalidSpec("host name \"\(host.name)\" must be 1-13 of A-Z a-z 0-9 _ -")
            }
            guard names.insert(host.name).inserted else {
                throw LabError.invalidSpec("host name \"\(host.name)\" is used twice")
            }
            guard !host.addresses.isEmpty else { throw LabError.invalidSpec("host \(host.name) has no address") }
        }

        var owners: [LabAddress: String] = [:]
        func claim(_ address: LabAddress, by owner: String) throws {
            if let previous = owners[address] {
                throw LabError.invalidSpec("\(address) is given to both \(previous) and \(owner)")
            }
            owners[address] = owner
        }
        for host in hosts + (management.map { [$0] } ?? []) {
            for address in host.addresses {
                guard address.isLabInside, !address.isLinkLocal else {
                    throw LabError.invalidSpec("host \(host.name): \(address) is not in 10.0.0.0/8, fd00::/8 or a documentation prefix")
                }
                try claim(address, by: "host \(host.name)")
            }
        }
        for address in nodeAddresses {
            guard address.isLabInside, !address.isLinkLocal else {
                throw LabError.invalidSpec("node: \(address) is not in 10.0.0.0/8, fd00::/8 or a documentation prefix")
            }
            try claim(address, by: "the node")
        }
        for entry in outside {
            guard entry.address.isDocumentation else {
                throw LabError.invalidSpec("outside address \(entry.address) is not in 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 or 2001:db8::/32")
            }
            guard entry.uplink >= 0, entry.uplink < uplinks else {
                throw LabError.invalidSpec("outside address \(entry.address) names uplink wan\(entry.uplink), which the lab does not have")
            }
            try claim(entry.address, by: "the outside")
        }
    }

    /// Whether `name` can be a host name: short enough for `h-NAME` to fit IFNAMSIZ, and only
    /// characters that are safe in interface and namespace names.
    static func isValidHostName(_ name: String) -> Bool {
        guard (1...13).contains(name.utf8.count) else { return false }
        return name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x5F || byte == 0x2D
        }
    }
}
