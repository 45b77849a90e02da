import Foundation
import SluiceCompiler
import SluiceLab
import Testing

/// The compiler's golden rulesets, and the lab fixtures' rulesets, are accepted by the kernel
/// through nft 1.0.6 in both of the forms Sluice prints: `nft -f` text and `nft -j -f` JSON.
@Suite("Rulesets load into the kernel", .timeLimit(.minutes(10)))
struct GoldenRulesetKernelTests {
    /// A ruleset to load: a file to read, or text to feed on standard input.
    enum Source: Sendable {
        case file(String)
        case text(String)
    }

    @Test("every golden ruleset comes as .nft and .json, and there are some")
    func goldenPairs() {
        let names = TestEnvironment.goldenNames()
        #expect(names.paired.count >= 6, "golden rulesets in \(TestEnvironment.goldenDirectory.path): \(names.paired)")
        #expect(names.unpaired.isEmpty, "golden rulesets with only one form: \(names.unpaired)")
    }

    @Test("a golden ruleset loads with nft -f and with nft -j -f, each into a fresh namespace, and both list alike",
          .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"), arguments: TestEnvironment.goldenNames().paired)
    func goldenLoads(name: String) throws {
        let directory = TestEnvironment.goldenDirectory
        try Self.loadBoth(name, text: .file(directory.appendingPathComponent("\(name).nft").path),
                          json: .file(directory.appendingPathComponent("\(name).json").path))
    }

    @Test("a lab fixture's ruleset, rendered now as text and as JSON, loads and lists alike",
          .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"), arguments: ["lab-gateway.sluice", "lab-host.sluice", "lab-quota.sluice"])
    func fixtureLoads(name: String) throws {
        let build = try PolicyLab.compile(TestEnvironment.fixture(name))
        let compiled = try #require(build.compiled)
        try Self.loadBoth(name, text: .text(NFTRenderer.render(compiled.ruleset)), json: .text(NFTJSONRenderer.render(compiled.ruleset)))
    }

    @Test("a policy kept at a long path still compiles to a ruleset nft accepts (nft allows comments of 128 bytes at most)",
          .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"))
    func longPolicyPath() throws {
        // /etc/sluice/sites/<site>/<building>/gateway.sluice and the like are ordinary; 100 bytes is not long.
        let directory = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("sluice-e2e-\(UInt32.random(in: 0...UInt32.max))-" + String(repeating: "d", count: 60))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lab-quota.sluice").path
        try FileManager.default.copyItem(atPath: TestEnvironment.fixture("lab-quota.sluice"), toPath: path)
        #expect(path.utf8.count < 120)

        let build = try PolicyLab.compile(path)
        let ruleset = try #require(build.compiled).ruleset
        let comments = ruleset.sets.compactMap(\.comment) + ruleset.quotas.compactMap(\.comment)
            + ruleset.counters.compactMap(\.comment) + ruleset.chains.flatMap(\.rules).compactMap(\.comment)
        let tooLong = comments.filter { $0.utf8.count > 128 }
        #expect(tooLong.isEmpty, "\(tooLong.count) comments over 128 bytes, e.g. \(tooLong.first ?? "")")
        try Self.loadBoth(path, text: .text(NFTRenderer.render(ruleset)), json: .text(NFTJSONRenderer.render(ruleset)))
    }

    /// Loads `text` with `nft -f` into one fresh namespace and `json` with `nft -j -f` into another,
    /// then compares `nft list table inet sluice` of both, set comments aside (nft 1.0.6's JSON
    /// parser drops them).
    static func loadBoth(_ name: String, text: Source, json: Source, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        // Two namespaces that are fresh and removed again: a gateway lab with no hosts.
        let lab = try Lab.create(.gateway(hosts: [], outside: []))
        defer { lab.destroy() }
        // Rendered text goes through a file too: nft -j reads "/dev/stdin" by name, which fails
        // when standard input is a socket (as the lab's command runner provides).
        var scratch: [String] = []
        defer { scratch.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        func file(_ source: Source, _ suffix: String) throws -> String {
            let content: String
            switch source {
            case .file(let path): content = try String(contentsOfFile: path, encoding: .utf8)
            case .text(let text): content = text
            }
            let path = NSTemporaryDirectory() + "sluice-e2e-\(UInt64.random(in: 0...UInt64.max)).\(suffix)"
            try (suffix == "json" ? try withoutFamilyTables(json: content) : withoutFamilyTables(text: content))
                .write(toFile: path, atomically: false, encoding: .utf8)
            scratch.append(path)
            return path
        }
        let forms = [(try lab.gateway(), try file(text, "nft"), ["nft", "-f"]), (lab.outside, try file(json, "json"), ["nft", "-j", "-f"])]
        var listings: [String] = []
        for (namespace, path, command) in forms {
            let loaded = try lab.run(in: namespace, command + [path], check: false)
            #expect(loaded.succeeded, "\(command.joined(separator: " ")) \(name): \(loaded.standardError)", sourceLocation: sourceLocation)
            guard loaded.succeeded else { continue }
            let listed = try lab.run(in: namespace, ["nft", "list", "table", "inet", "sluice"], check: false)
            #expect(listed.succeeded, "nft list table inet sluice after \(command.joined(separator: " ")) \(name): \(listed.standardError)",
                    sourceLocation: sourceLocation)
            listings.append(listed.standardOutput)
        }
        guard listings.count == 2 else { return }
        #expect(listings.allSatisfy { $0.hasPrefix("table inet sluice {") }, sourceLocation: sourceLocation)
        #expect(listings[0].contains("\tchain "), "\(name) lists no chain", sourceLocation: sourceLocation)
        let (fromText, fromJSON) = (normalized(listings[0]), normalized(listings[1]))
        if fromText != fromJSON {
            let a = fromText.split(separator: "\n", omittingEmptySubsequences: false)
            let b = fromJSON.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("""
                \(name): the table loaded from text and from JSON list differently at line \(first + 1):
                  text: \(first < a.count ? String(a[first]) : "<end>")
                  json: \(first < b.count ? String(b[first]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }

    /// The text without the `table ip`/`table ip6` blocks of the DNS answer queue: nft 1.0.6
    /// writes `queue` as the native expression, which this kernel lacks (CONFIG_NFT_QUEUE); Sluice
    /// sends the NFQUEUE target instead, and AnswerQueueTableTests checks that nft lists those
    /// tables exactly as rendered.
    static func withoutFamilyTables(text: String) -> String {
        guard let start = text.range(of: "\ntable ip") else { return text }
        return String(text[..<start.lowerBound]) + "\n"
    }

    /// The JSON document without the objects of the `ip`/`ip6` tables (see the text form).
    static func withoutFamilyTables(json: String) throws -> String {
        guard var document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let items = document["nftables"] as? [[String: Any]] else { return json }
        document["nftables"] = items.filter { item in
            !item.values.contains { (($0 as? [String: Any])?["family"] as? String).map { $0 == "ip" || $0 == "ip6" } ?? false }
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
    }

    /// The listing without the `comment` lines of sets (which nft 1.0.6 drops from JSON), and without what packets change: quota
    /// `used` and counter values (the lab's links send IPv6 housekeeping through output hooks).
    static func normalized(_ listing: String) -> String {
        var inSet = false
        var kept: [Substring] = []
        for line in listing.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("\tset ") { inSet = true } else if line == "\t}" { inSet = false }
            if inSet && line.hasPrefix("\t\tcomment \"") { continue }
            kept.append(Substring(line
                .replacing(/\s+used [0-9]+ [a-z]*bytes/, with: "")
                .replacing(/packets [0-9]+ bytes [0-9]+/, with: "packets 0 bytes 0")))
        }
        return kept.joined(separator: "\n")
    }
}
