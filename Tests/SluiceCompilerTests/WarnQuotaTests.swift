import Foundation
import Testing
import SluiceLanguage
@testable import SluiceCompiler

/// `warn` quotas: counted and announced like any quota, never dropping.
@Suite struct WarnQuotaTests {
    static func compiled(warn: Bool, scope: QuotaScope = .perHost) throws -> CompiledPolicy {
        var policy = HandBuiltPolicies.hpc
        policy.quotas = [policy.quotas[0]]
        policy.quotas[0].spec.scope = scope
        policy.quotas[0].spec.alertOnly = warn
        return try #require(PolicyCompiler().compile(policy).compiled)
    }

    static func overChain(_ compiled: CompiledPolicy) throws -> [Rule] {
        let binding = try #require(compiled.quotas.first { !$0.inline })
        return try #require(compiled.ruleset.chain(named: "over_\(binding.id)")).rules
    }

    static func drops(_ rules: [Rule]) -> Bool { rules.contains { $0.statements.contains(.verdict(.drop)) } }

    @Test(arguments: [QuotaScope.perHost, .total])
    func theOverChainAnnouncesButNeverDrops(_ scope: QuotaScope) throws {
        let enforcing = try Self.overChain(Self.compiled(warn: false, scope: scope))
        let warning = try Self.overChain(Self.compiled(warn: true, scope: scope))
        #expect(Self.drops(enforcing))
        #expect(!Self.drops(warning))
        // The announcement to the watcher is the same.
        #expect(warning.contains { $0.statements.contains { if case .log = $0 { true } else { false } } })
        #expect(!warning.contains { $0.statements.contains(.verdict(.return)) })
    }

    @Test func aFullHostSetDoesNotDenyUnderAWarnQuota() throws {
        func egressDrops(_ c: CompiledPolicy) throws -> Int {
            try #require(c.ruleset.chain(named: "egress")).rules.dropLast().filter { Self.drops([$0]) }.count
        }
        // The enforcing quota denies hosts its full set cannot track, once per family of the set.
        let enforcing = try Self.compiled(warn: false)
        let binding = try #require(enforcing.quotas.first)
        let families = AddressFamily.allCases.filter { binding.hostSet($0) != nil }.count
        #expect(families > 0)
        #expect(try egressDrops(enforcing) - egressDrops(Self.compiled(warn: true)) == families)
    }

    @Test func theBindingSaysAlertOnly() throws {
        // hpc's inline quota stays enforcing; the statement made `warn` says so.
        #expect(try Self.compiled(warn: true).quotas.filter { !$0.inline }.allSatisfy(\.alertOnly))
        #expect(try Self.compiled(warn: true).quotas.filter(\.inline).allSatisfy { !$0.alertOnly })
        #expect(try !Self.compiled(warn: false).quotas.contains { $0.alertOnly })
    }

    @Test func aBindingStoredBeforeWarnDecodesAsEnforcing() throws {
        let binding = try #require(Self.compiled(warn: true).quotas.first { !$0.inline })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(binding), as: UTF8.self)
        let old = text.replacingOccurrences(of: "\"alertOnly\":true,", with: "")
        #expect(old != text)
        let back = try JSONDecoder().decode(QuotaBinding.self, from: Data(old.utf8))
        #expect(!back.alertOnly)
        #expect(back.id == binding.id && back.bytes == binding.bytes)
    }

    @Test func theStoredCompiledPolicyKeepsAlertOnly() throws {
        let compiled = try Self.compiled(warn: true)
        let back = try CompiledPolicyCodec.decode(try CompiledPolicyCodec.encode(compiled))
        #expect(back.quotas.map(\.alertOnly) == compiled.quotas.map(\.alertOnly))
        #expect(back.quotas.contains { $0.alertOnly })
    }
}
