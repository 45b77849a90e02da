import Testing
@testable import SluiceLanguage

/// Loads the benchmark-sized policy (100,000 destination prefixes, 1,000 groups). Not a timed
/// assertion: it makes regressions visible in test time, and prints the measured load time.
@Suite struct PerformanceTests {
    @Test("a policy with 100,000 destination prefixes and 1,000 groups loads")
    func largePolicy() throws {
        let text = LargePolicy.text()
        let fs = InMemoryFileSystem(["big.sluice": text])
        let clock = ContinuousClock()
        var result: PolicyLoadResult?
        let elapsed = clock.measure { result = PolicyLoader(fileSystem: fs).load(path: "big.sluice") }
        print("SluiceLanguage: loaded \(text.utf8.count) bytes (100,000 prefixes, 1,000 groups) in \(elapsed)")
        let loaded = try #require(result)
        // `on exceed any { block }` reaches the management group g0: the one warning.
        #expect(loaded.diagnostics.map(\.id) == [.exceedReachesManagement], "\(loaded.diagnostics.prefix(3))")
        let policy = try #require(loaded.policy)
        #expect(policy.groups.count == LargePolicy.groupCount)
        #expect(policy.destinations.reduce(0) { $0 + $1.addresses.count }
            == LargePolicy.destinationCount * LargePolicy.prefixesPerDestination)
        #expect(policy.allows.count == LargePolicy.groupCount)
        #expect(policy.quotas.count == LargePolicy.groupCount)
    }

    /// `count` allows in three shapes that a pairwise shadowed-allow check cannot tell apart by
    /// their bounds (same sources and targets, other ports; same ports, other targets), and every
    /// 1,000th repeating an earlier one.
    static func similarAllows(_ count: Int) -> String {
        var lines: [String] = []
        for i in 0..<count {
            let n = i / 3
            if i > 0 && i % 1_000 == 0 {
                lines.append(lines[i / 2])
            } else if i % 3 == 0 {
                lines.append("allow g\(n % 100) to 2001:db8:0:\(String(n, radix: 16))::/64 on web")
            } else if i % 3 == 1 {
                lines.append("allow g\(n % 100), g\((n + 1) % 100) to d\(n % 50) on tcp/\(1 + n)")
            } else {
                lines.append("allow any to any on udp/\(1 + n)")
            }
        }
        let groups = (0..<100).map { "group g\($0) 10.\($0).0.0/16, fd00:\(String($0, radix: 16))::/64\n" }
        let destinations = (0..<50).map { "destination d\($0) 2001:db8:\(String(0x1000 + $0, radix: 16))::/48\n" }
        return "policy p { egress \"wan0\"; management g0 }\nservice web tcp/80, tcp/443\n" + groups.joined()
            + destinations.joined() + lines.joined(separator: "\n") + "\n"
    }

    @Test("20,000 similar allows: the shadowed-allow check is not pairwise")
    func similarAllows() throws {
        let text = Self.similarAllows(20_000)
        // The pairwise check took 55 s in a release build (minutes in a debug one).
        let (result, seconds) = threadCPUSeconds { load(text) }
        print("PerformanceTests: 20,000 similar allows loaded in \(seconds) s of CPU")
        #expect(seconds < 30, "loading took \(seconds) s of CPU")
        #expect(result.policy != nil)
        #expect(result.diagnostics.count == 19)
        #expect(result.diagnostics.allSatisfy { $0.id == .shadowedAllow })
    }

    @Test("long lists (sources, targets, ports, interfaces, alert sinks) are deduplicated in linear time")
    func longLists() throws {
        let count = 40_000
        let names = (0..<count).map { "g\($0)" }
        var text = "policy p {\n  egress " + (0..<count).map { "\"e\($0 % 10_000)\"" }.joined(separator: ", ")
        text += "\n  management g0\n}\n"
        text += (0..<count).map { "group g\($0) 10.\($0 / 65_536).\($0 / 256 % 256).\($0 % 256)\n" }.joined()
        text += "allow " + names.joined(separator: ", ") + " to " + (0..<count).map { "192.0.2.\($0 % 256)" }.joined(separator: ", ")
        text += " on " + (0..<count).map { "tcp/\(1 + $0)" }.joined(separator: ", ") + "\n"
        text += "quota any 1 GiB per day per host\n"
        text += "on exceed any { alert " + (0..<20_000).map { "exec \"/bin/p\($0)\"" }.joined(separator: ", ") + " }\n"
        let (result, seconds) = threadCPUSeconds { load(text) }
        print("PerformanceTests: long lists loaded in \(seconds) s of CPU")
        #expect(seconds < 30, "loading took \(seconds) s of CPU")
        #expect(result.diagnostics.isEmpty, "\(rendered(result).prefix(1_000))")
        let policy = try #require(result.policy)
        #expect(policy.egressInterfaces.count == 10_000)
        #expect(policy.allows.first.map { if case .groups(let g) = $0.sources { g.count } else { 0 } } == count)
    }

    @Test("20,000 undefined names against 20,000 groups: suggestions stop at their budget")
    func manyUndefinedNames() {
        var text = gatewayHeader
        text += (0..<20_000).map { "group grp\($0) 10.1.\($0 / 256 % 256).\($0 % 256)\n" }.joined()
        text += (0..<20_000).map { "allow gpr\($0) to 192.0.2.1\n" }.joined()
        let (result, seconds) = threadCPUSeconds { load(text) }
        print("PerformanceTests: 20,000 undefined names resolved in \(seconds) s of CPU")
        #expect(seconds < 30, "loading took \(seconds) s of CPU")
        #expect(result.diagnostics.filter { $0.id == .undefinedName }.count == 20_000)
        // The first ones still get their suggestion.
        #expect(result.diagnostics.first { $0.id == .undefinedName }?.notes.first?.message == "did you mean 'grp0'?")
    }
}
