import Testing
@testable import SluiceLanguage

/// The `audit` statement: what it resolves to, where it may stand, and that the word stays free
/// for names (policies written before it existed keep working).
@Suite struct AuditStatementTests {
    @Test("audit names groups; the policy lists them in policy order, once")
    func auditedGroups() throws {
        let result = load(gatewayHeader + """
            group lab 10.1.0.0/16
            group gpu 10.2.0.0/16
            audit gpu
            audit lab
            """)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        let policy = try #require(result.policy)
        #expect(policy.audits.map(\.sources) == [.groups(["gpu"]), .groups(["lab"])])
        #expect(policy.audits[0].location.line == 10)
        #expect(policy.auditedGroups == ["lab", "gpu"])
    }

    @Test("audit any audits every group, self included in host mode")
    func auditAny() throws {
        let result = load("policy t {\n mode host\n}\ngroup admins 10.0.0.0/28\naudit any\n")
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        #expect(try #require(result.policy).auditedGroups == ["self", "admins"])
    }

    @Test("an audited group needs no allow for its quota to count, and is a used name")
    func auditCountsAsAdmitted() {
        let result = load("""
            policy t {
              egress "wan0"
            }
            group lab 10.1.0.0/16
            audit lab
            quota lab 1 GiB per day per host
            """)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    }

    @Test("'audit' is not reserved: a group may be called audit, also in an audit line")
    func auditIsAName() throws {
        let result = load(gatewayHeader + """
            group audit 10.1.0.0/16
            allow soc,
                  audit to 192.0.2.1
            audit audit
            """)
        #expect(!result.diagnostics.hasErrors, "\(rendered(result))")
        #expect(try #require(result.policy).auditedGroups == ["audit"])
    }

    @Test("mistakes in an audit line: an unknown group, self in a gateway, nothing named, any with names")
    func mistakes() {
        #expect(ids(load(gatewayHeader + "audit lab\n")) == [.undefinedName])
        #expect(ids(load(gatewayHeader + "audit self\n")) == [.selfOutsideHostMode])
        #expect(ids(load(gatewayHeader + "audit\n")) == [.syntaxError])
        #expect(ids(load(gatewayHeader + "audit any, soc\n")) == [.syntaxError])
        let wrong = load(gatewayHeader + "destination d 192.0.2.1\nallow soc to d\naudit d\n")
        #expect(wrong.diagnostics.filter { $0.severity == .error }.map(\.id) == [.wrongKind], "\(rendered(wrong))")
    }

    @Test("a file that starts with audit is a policy file (not refused as foreign)")
    func startsWithAudit() {
        let result = load("audit soc\n" + gatewayHeader)
        #expect(!result.diagnostics.contains { $0.id == .notAPolicy }, "\(rendered(result))")
    }

    @Test("'audit any' after another audit, and a name after 'audit any', are duplicate-audit")
    func duplicateAfterAny() {
        let result = load(gatewayHeader + "group lab 10.1.0.0/16\naudit any\naudit lab\naudit any\n")
        #expect(ids(result) == [.duplicateAudit, .duplicateAudit], "\(rendered(result))")
    }
}
