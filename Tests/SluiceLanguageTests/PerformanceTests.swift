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
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.prefix(3))")
        let policy = try #require(loaded.policy)
        #expect(policy.groups.count == LargePolicy.groupCount)
        #expect(policy.destinations.reduce(0) { $0 + $1.addresses.count }
            == LargePolicy.destinationCount * LargePolicy.prefixesPerDestination)
        #expect(policy.allows.count == LargePolicy.groupCount)
        #expect(policy.quotas.count == LargePolicy.groupCount)
    }
}
