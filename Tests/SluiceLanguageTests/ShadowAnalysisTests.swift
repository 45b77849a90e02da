import Testing
@testable import SluiceLanguage

/// The indexed shadowed-allow analysis reports exactly what the pairwise one (`ShadowOracle`)
/// reports, on random footprints and on random policies, and stays near-linear on many similar
/// allows.
@Suite struct ShadowAnalysisTests {
    /// A random address set from a small universe, so that coverage is frequent.
    static func addresses(_ random: inout SeededRandom) -> AddressSet {
        var ranges: [AddressRange] = []
        for _ in 0..<random.next(upTo: 4) {
            let family: AddressFamily = random.next(upTo: 3) == 0 ? .ipv6 : .ipv4
            switch random.next(upTo: 8) {
            case 0:
                ranges.append(.all(family))
            default:
                let base: UInt128 = family == .ipv4 ? 0x0A00_0000 : 0xFD00 << 112
                let lower = base + UInt128(random.next(upTo: 64))
                let upper = lower + UInt128(random.next(upTo: 3) == 0 ? random.next(upTo: 64) : 0)
                if let range = AddressRange(lower: IPAddress(family: family, value: lower),
                                            upper: IPAddress(family: family, value: upper)) {
                    ranges.append(range)
                }
            }
        }
        return AddressSet(ranges)
    }

    static func ports(_ random: inout SeededRandom) -> PortSet {
        if random.next(upTo: 6) == 0 { return .everything }
        var specs: [PortSpec] = []
        for _ in 0..<(1 + random.next(upTo: 3)) {
            let transport = Transport.allCases[random.next(upTo: Transport.allCases.count)]
            if !transport.hasPorts || random.next(upTo: 4) == 0 {
                specs.append(PortSpec(transport))
            } else {
                let low = UInt16(1 + random.next(upTo: 20))
                specs.append(PortSpec(transport, ports: low...(low + UInt16(random.next(upTo: 10)))))
            }
        }
        return PortSet(specs)
    }

    @Test("random footprints: the indexed analysis equals the pairwise one", arguments: 1...8)
    func randomFootprints(_ seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var shadowed = 0
        for _ in 0..<40 {
            var footprints: [AllowFootprint?] = []
            var eligible: [Bool] = []
            for _ in 0..<(1 + random.next(upTo: 120)) {
                // Some footprints repeat an earlier one, so that covering is common.
                if random.next(upTo: 4) == 0, let earlier = footprints[random.next(upTo: max(1, footprints.count))...].first {
                    footprints.append(earlier)
                } else if random.next(upTo: 20) == 0 {
                    footprints.append(nil)
                } else {
                    footprints.append(AllowFootprint(sources: Self.addresses(&random), targets: Self.addresses(&random),
                                                     ports: Self.ports(&random)))
                }
                let canMatch = footprints.last.flatMap { $0.map { !$0.families.isEmpty } } ?? false
                eligible.append(canMatch && random.next(upTo: 10) != 0)
            }
            let indexed = ShadowAnalysis.firstShadowers(footprints, eligible: eligible)
            let pairwise = ShadowOracle.firstShadowers(footprints, eligible: eligible)
            #expect(indexed == pairwise)
            if indexed != pairwise { return }
            shadowed += pairwise.compactMap { $0 }.count
        }
        #expect(shadowed > 200, "too few shadowed allows to mean anything: \(shadowed)")
    }

    /// A random policy: small groups and destinations that overlap often, services, and allows
    /// mixing `any`, names, literal addresses and ports.
    static func policy(_ random: inout SeededRandom) -> String {
        func pick(_ names: [String]) -> String {
            var chosen: [String] = []
            for _ in 0..<(1 + random.next(upTo: 2)) {
                let name = names[random.next(upTo: names.count)]
                if !chosen.contains(name) { chosen.append(name) }
            }
            return chosen.joined(separator: ", ")
        }
        func address() -> String {
            random.next(upTo: 4) == 0 ? "fd00::\(random.next(upTo: 16))/126" : "10.0.0.\(4 * random.next(upTo: 16))/30"
        }
        var out = "policy t { egress \"wan0\"; management soc }\ngroup soc 10.9.0.0/28\nallow soc to 192.0.2.1 on tcp/1\n"
        let groups = (0..<5).map { "g\($0)" }, destinations = (0..<4).map { "d\($0)" }, services = (0..<3).map { "s\($0)" }
        for g in groups { out += "group \(g) \(address()), \(address())\n" }
        for d in destinations { out += "destination \(d) \(address().replacingOccurrences(of: "10.0.", with: "192.0."))\n" }
        for s in services { out += "service \(s) tcp/\(1 + random.next(upTo: 5))-\(6 + random.next(upTo: 5)), udp/\(1 + random.next(upTo: 3))\n" }
        for _ in 0..<80 {
            let sources = random.next(upTo: 5) == 0 ? "any" : pick(groups)
            let targets = random.next(upTo: 6) == 0 ? "any"
                : random.next(upTo: 3) == 0 ? "192.0.0.\(random.next(upTo: 64))" : pick(destinations)
            var line = "allow \(sources) to \(targets)"
            switch random.next(upTo: 4) {
            case 0: break
            case 1: line += " on \(pick(services))"
            case 2: line += " on tcp/\(1 + random.next(upTo: 10)), icmp"
            default: line += " on \(pick(services)), udp"
            }
            out += line + "\n"
        }
        return out
    }

    @Test("random policies: the shadowed-allow warnings are the pairwise analysis's", arguments: 1...8)
    func randomPolicies(_ seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var shadowed = 0
        for _ in 0..<25 {
            let text = Self.policy(&random)
            let files = InMemoryFileSystem(["test.sluice": text])
            var expander = IncludeExpander(fileSystem: files)
            expander.expand(root: "test.sluice")
            let resolution = PolicyResolver.resolve(expander.statements, rootFile: "test.sluice")
            let sets = AllowSets(resolution.policy)
            let footprints = resolution.allows.map { $0.rule.map(sets.footprint) }
            let eligible = zip(resolution.allows, footprints).map { entry, footprint -> Bool in
                guard let rule = entry.rule, let footprint, !footprint.families.isEmpty else { return false }
                if case .any = rule.sources, footprint.targets.isFull(.ipv4), footprint.targets.isFull(.ipv6),
                   footprint.ports.isEverything { return false }
                return true
            }
            var expected: [String] = []
            for (index, shadower) in ShadowOracle.firstShadowers(footprints, eligible: eligible).enumerated() {
                guard let shadower else { continue }
                expected.append("\(resolution.allows[index].node.location.line)<\(resolution.allows[shadower].node.location.line)")
            }
            let found = load(text).diagnostics.filter { $0.id == .shadowedAllow }.map { diagnostic in
                "\(diagnostic.location.line)<\(diagnostic.notes.first?.location?.line ?? 0)"
            }
            #expect(found == expected, "\(text)")
            shadowed += expected.count
        }
        #expect(shadowed > 100, "too few shadowed allows to mean anything: \(shadowed)")
    }
}
