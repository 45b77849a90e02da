import Foundation
import Testing
import SluiceLanguage
import SluiceCompiler

/// `sluice fmt` over every shipped policy and fixture (the golden corpus among them): formatting
/// is idempotent and changes nothing a policy means. The formatted tree compiles to the same
/// ruleset, with the same diagnostics, as the original; only the line numbers that comments and
/// diagnostics cite may move (a `;` or a one-line block becomes several lines).
@Suite struct FormattedPolicyTests {
    /// Every policy file of `policies/`, `Tests/Fixtures/` and `packaging/`, relative to the package root.
    static let files: [String] = {
        var out: [String] = []
        for directory in ["policies", "Tests/Fixtures", "packaging"] {
            let root = PolicyCorpus.root.appendingPathComponent(directory)
            let walker = FileManager.default.enumerator(atPath: root.path)
            while let name = walker?.nextObject() as? String {
                if name.hasSuffix(".sluice") { out.append(directory + "/" + name) }
            }
        }
        return out.sorted()
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.files.count >= 20)
        for golden in PolicyCorpus.all { #expect(Self.files.contains(golden.path)) }
    }

    @Test("every shipped policy and fixture formats, and formatting it again changes nothing")
    func idempotent() throws {
        for file in Self.files {
            let text = try String(contentsOf: PolicyCorpus.root.appendingPathComponent(file), encoding: .utf8)
            guard case .formatted(let once) = PolicyFormatter.format(text, file: file) else {
                Issue.record("\(file) was refused")
                continue
            }
            #expect(PolicyFormatter.format(once, file: file) == .formatted(once), "\(file) is not a fixed point")
        }
    }

    @Test("the shipped policies are in the canonical layout")
    func shippedPoliciesAreFormatted() throws {
        for file in Self.files where !file.hasPrefix("Tests/") {
            let text = try String(contentsOf: PolicyCorpus.root.appendingPathComponent(file), encoding: .utf8)
            let canonical = PolicyFormatter.format(text, file: file) == .formatted(text)
            #expect(canonical, "\(file) is not in the canonical layout: run sluice fmt \(file)")
        }
    }

    @Test("a formatted policy compiles to the same ruleset with the same diagnostics", arguments: files)
    func sameMeaning(file: String) throws {
        // Both trees in memory under the same names, so includes find their own tree's files and
        // diagnostics name files the same way.
        var originals: [String: String] = [:], formatted: [String: String] = [:]
        for other in Self.files {
            let text = try String(contentsOf: PolicyCorpus.root.appendingPathComponent(other), encoding: .utf8)
            guard case .formatted(let result) = PolicyFormatter.format(text, file: other) else {
                Issue.record("\(other) was refused")
                return
            }
            originals[other] = text
            formatted[other] = result
        }
        let before = Self.build(file, in: originals)
        let after = Self.build(file, in: formatted)
        #expect(after.diagnostics == before.diagnostics, "\(file): diagnostics differ")
        #expect(after.ruleset == before.ruleset, "\(file): ruleset differs")
        #expect(after.json == before.json, "\(file): JSON ruleset differs")
    }

    /// What a build of `file` among `files` says, with source line numbers taken out.
    static func build(_ file: String, in files: [String: String]) -> (ruleset: String?, json: String?, diagnostics: [String]) {
        let build = PolicyBuild.build(path: file, fileSystem: InMemoryFileSystem(files))
        let diagnostics = build.diagnostics.map {
            withoutLines("\($0.id.rawValue) \($0.severity) \($0.location.file) \($0.message) "
                         + $0.notes.map { "\($0.kind) \($0.message)" }.joined(separator: " | "))
        }
        return (build.compiled.map { withoutLines(NFTRenderer.render($0.ruleset)) },
                build.compiled.map { withoutLines(NFTJSONRenderer.render($0.ruleset)) }, diagnostics)
    }

    /// `FILE.sluice:12` and `line 12` with the number replaced.
    static func withoutLines(_ text: String) -> String {
        text.replacingOccurrences(of: #"\.sluice:[0-9]+"#, with: ".sluice:N", options: .regularExpression)
            .replacingOccurrences(of: #"line [0-9]+"#, with: "line N", options: .regularExpression)
    }
}
