import Testing
@testable import SluiceLanguage

/// Name resolution and validation beyond the one-case-per-id catalogue.
@Suite struct SemanticTests {
    @Test("host mode: 'self' is a built-in group listed first")
    func hostMode() throws {
        let result = load("""
            policy laptop {
              mode host
              management admins
            }
            group admins 10.0.0.0/28
            allow self to 192.0.2.0/24 on tcp/443
            allow admins to any
            quota self 5 GiB per day total
            on exceed self { block for 1h }
            expect allow self to 192.0.2.10 on tcp/443
            expect deny 10.0.0.1 to 198.51.100.1 on udp/53
            """)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        let policy = try #require(result.policy)
        #expect(policy.mode == .host)
        #expect(policy.egressInterfaces.isEmpty)
        #expect(policy.groups.map(\.name) == ["self", "admins"])
        #expect(policy.groups[0].isSelf)
        #expect(policy.groups[0].addresses.isEmpty)
        #expect(policy.allows[0].sources == .groups(["self"]))
        #expect(policy.expectations[0].source == .machine)
    }

    @Test("defining 'self' is an error in either mode")
    func defineSelf() {
        for mode in ["host", "gateway\n egress \"wan0\""] {
            let result = load("policy t {\n mode \(mode)\n}\ngroup self 10.0.0.1\n")
            #expect(ids(result) == [.keywordAsName], "\(rendered(result))")
        }
    }

    @Test("'self' in an expect line outside host mode")
    func selfExpectInGateway() {
        let result = load(gatewayHeader + "expect allow self to 192.0.2.1\n")
        #expect(ids(result) == [.selfOutsideHostMode])
    }

    @Test("'self' cannot be the management group or a destination")
    func selfMisused() {
        let result = load("policy t {\n mode host\n management self\n}\nallow self to self\n")
        #expect(ids(result) == [.wrongKind, .wrongKind], "\(rendered(result))")
    }

    @Test("wrong kinds in every position")
    func wrongKinds() {
        let result = load(gatewayHeader + """
            destination d 192.0.2.1
            service web tcp/443
            allow d to web on soc
            quota web 1 GiB per day total
            expect allow 10.0.0.1 to 192.0.2.1 on d
            """)
        #expect(ids(result) == [.wrongKind, .wrongKind, .wrongKind, .wrongKind, .wrongKind], "\(rendered(result))")
        #expect(result.diagnostics[0].message == "'d' is a destination, not a group")
        #expect(result.diagnostics[0].notes.first?.location?.line == 8)
    }

    @Test("undefined names suggest only names of the right kind")
    func suggestionsByKind() {
        let result = load(gatewayHeader + """
            group compute 10.20.0.0/16
            destination computes 192.0.2.1
            allow compute to compute
            """)
        #expect(ids(result) == [.unusedName, .wrongKind])
        #expect(result.diagnostics[1].notes.count == 1)
        let undefined = load(gatewayHeader + "destination mirrors 192.0.2.0/26\nallow soc to mirors\nallow soc to zzz\n")
        #expect(ids(undefined) == [.undefinedName, .undefinedName])
        #expect(undefined.diagnostics[0].notes.map(\.message) == ["did you mean 'mirrors'?", "'mirrors' is defined here"])
        #expect(undefined.diagnostics[1].notes.isEmpty)
    }

    @Test("'management' must name a defined group")
    func management() {
        let result = load("policy t { egress \"wan0\"; management sco }\ngroup soc 10.0.0.0/28\nallow soc to any\n")
        #expect(ids(result) == [.undefinedName])
    }

    @Test("mode defaults to gateway, which needs egress")
    func defaultMode() throws {
        let result = load("policy t { }\n")
        #expect(ids(result) == [.gatewayWithoutEgress])
        let ok = load("policy t { egress \"wan0\", \"wan1\", \"wan0\" }\n")
        #expect(ok.policy?.mode == .gateway)
        #expect(ok.policy?.egressInterfaces == ["wan0", "wan1"])
    }

    @Test("shadowing compares real address and port sets, not names")
    func shadowingByAddresses() {
        let result = load(gatewayHeader + """
            group lab 10.1.0.0/16
            group gpu 10.1.4.0/24
            destination web-mirrors 192.0.2.0/26
            service web tcp/80, tcp/443
            allow lab to 192.0.2.0/24 on tcp/1-1024
            allow gpu to web-mirrors on web
            allow gpu to web-mirrors on udp/443
            allow gpu to 192.0.2.128/25 on tcp/443
            """)
        // gpu is inside lab, web-mirrors inside 192.0.2.0/24, web inside tcp/1-1024: shadowed.
        // udp/443 and 192.0.2.128/25 are not covered.
        #expect(ids(result) == [.overlappingGroups, .shadowedAllow, .shadowedAllow], "\(rendered(result))")
        let shadowed = result.diagnostics.filter { $0.id == .shadowedAllow }
        #expect(shadowed.map(\.location.line) == [13, 15])
        #expect(shadowed.map { $0.notes.first?.location?.line } == [12, 12])
    }

    @Test("a rule for one family is not shadowed by a rule that covers only the other")
    func shadowingPerFamily() {
        let result = load(gatewayHeader + """
            group lab 10.1.0.0/16, 2001:db8:1::/48
            allow lab to 192.0.2.0/24
            allow lab to 192.0.2.1, 2001:db8:ff::1
            allow lab to 192.0.2.2
            """)
        #expect(ids(result) == [.shadowedAllow], "\(rendered(result))")
        #expect(result.diagnostics[0].location.line == 11)
    }

    @Test("an inline quota on a shadowed allow is noted")
    func shadowedInlineQuota() {
        let result = load(gatewayHeader + "allow soc to 192.0.2.1 quota 1 GiB per day per host\n")
        #expect(ids(result) == [.shadowedAllow])
        #expect(result.diagnostics[0].notes.map(\.message).contains("its inline quota never counts anything"))
    }

    @Test("allow any to any, also spelled with full prefixes and all protocols")
    func anyToAny() {
        #expect(ids(load(gatewayHeader + "allow any to 0.0.0.0/0, ::/0 on tcp, udp, icmp, icmpv6\n")) == [.allowAnyToAny])
        let header = "policy t { egress \"wan0\" }\ngroup lab 10.1.0.0/16\n"
        #expect(ids(load(header + "allow any to any on udp/53\n")) == [])
        #expect(ids(load(header + "allow any to 0.0.0.0/0\n")) == [])
        #expect(ids(load(header + "allow lab to any\n")) == [])
        // Groups that hold a whole family, to everything: every source of it is let out.
        let everyone = "policy t { egress \"wan0\" }\ngroup all 0.0.0.0/0, ::/0\n"
        #expect(ids(load(everyone + "allow all to any\n")) == [.allowAnyToAny])
        #expect(ids(load(everyone + "allow all to any on tcp/443\n")) == [])
        let halves = "policy t { egress \"wan0\" }\ngroup low 0.0.0.0/1\ngroup high 128.0.0.0/1\n"
        #expect(ids(load(halves + "allow low, high to any\n")) == [.allowAnyToAny])
        #expect(ids(load(halves + "allow low, high to any on udp/53\n")) == [])
    }

    @Test("'any' combined with names is an error")
    func anyCombined() {
        #expect(ids(load(gatewayHeader + "allow any, soc to 192.0.2.1\n")) == [.syntaxError])
        #expect(ids(load(gatewayHeader + "allow soc to any, 192.0.2.1\n")) == [.syntaxError])
    }

    @Test("overlapping groups: each later group once, with the first earlier group it overlaps")
    func overlaps() {
        let result = load(gatewayHeader + """
            group a 10.1.0.0/16, 10.3.0.0/16
            group b 10.1.2.0/24, 10.3.0.0/24
            group c 10.3.0.128/25
            group d 10.4.0.0/16
            group e 10.4.8.0/24, 10.3.0.200
            allow a, b, c, d, e to 192.0.2.1
            """)
        #expect(ids(result) == [.overlappingGroups, .overlappingGroups, .overlappingGroups], "\(rendered(result))")
        #expect(result.diagnostics.map(\.message) == [
            "groups 'b' and 'a' overlap: both contain 10.1.2.0/24",
            "groups 'c' and 'a' overlap: both contain 10.3.0.128/25",
            "groups 'e' and 'a' overlap: both contain 10.3.0.200",
        ])
        #expect(result.diagnostics.map { $0.notes.first?.location?.line } == [8, 8, 8])
    }

    @Test("5,000 groups holding one network are 4,999 warnings, not one per pair")
    func manyOverlappingGroups() {
        var text = gatewayHeader
        for g in 0..<5_000 { text += "group g\(g) 10.1.0.0/16, fd00::/8\n" }
        text += "allow any to 192.0.2.1\n"
        let result = load(text)
        #expect(result.diagnostics.count == 4_999)
        #expect(result.diagnostics.allSatisfy { $0.id == .overlappingGroups && $0.message.hasSuffix("and 'g0' overlap: both contain 10.1.0.0/16") })
    }

    @Test("quota checks look at addresses: a group inside an allowed group is admitted")
    func quotaAdmittedByOverlap() {
        let result = load(gatewayHeader + """
            group lab 10.1.0.0/16
            group gpu 10.1.4.0/24
            allow lab to 192.0.2.1
            quota gpu 1 GiB per day per host
            """)
        #expect(ids(result) == [.overlappingGroups], "\(rendered(result))")
    }

    @Test("an inline quota on an allow that never matches has no admitted sources")
    func inlineQuotaWithoutAllow() {
        let result = load(gatewayHeader + """
            group lab 2001:db8:1::/48
            allow lab to 192.0.2.1 quota 1 GiB per day total
            """)
        #expect(ids(result) == [.familyMismatch, .quotaWithoutAllow], "\(rendered(result))")
    }

    @Test("an exceed rule is satisfied by a quota on any group sharing its addresses, or an inline quota")
    func exceedCoverage() {
        let result = load(gatewayHeader + """
            group lab 10.1.0.0/16
            group gpu 10.1.4.0/24
            group dtn 10.2.0.0/24
            allow lab to 192.0.2.1
            allow dtn to 192.0.2.2 quota 1 TiB per week per host
            quota lab 1 GiB per day per host
            on exceed gpu, dtn { block for 1h }
            on exceed soc { alert log }
            """)
        #expect(ids(result) == [.overlappingGroups, .exceedWithoutQuota], "\(rendered(result))")
        #expect(result.diagnostics[1].location.line == 15)
    }

    @Test("containment without management is reported for each containing action")
    func containment() {
        let result = load("""
            policy t { egress "wan0" }
            group lab 10.1.0.0/16
            allow lab to 192.0.2.1
            quota lab 1 GiB per day per host
            on exceed lab { block for 1h; alert log }
            on exceed lab { isolate }
            """)
        #expect(ids(result) == [.containmentWithoutManagement, .containmentWithoutManagement])
    }

    @Test("duplicate actions and alert sinks")
    func duplicateActions() {
        let result = load(gatewayHeader + """
            quota soc 1 GiB per day per host
            on exceed soc {
              block
              block for 1h
              alert log, log
              alert exec "/bin/true"
            }
            """)
        #expect(ids(result) == [.duplicateAction, .duplicateAction, .duplicateAction], "\(rendered(result))")
    }

    @Test("an empty 'on exceed' block is an error")
    func emptyExceed() {
        #expect(ids(load(gatewayHeader + "quota soc 1 GiB per day total\non exceed soc { }\n")) == [.syntaxError])
    }

    @Test("expect: single addresses, one port, matching families")
    func expectLines() throws {
        let result = load(gatewayHeader + """
            service web tcp/443
            expect allow 10.0.0.1 to 192.0.2.1 on web
            expect deny 10.0.0.1 to 192.0.2.1
            expect deny 2001:db8::1 to 2001:db8::2 on icmpv6
            """)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        let policy = try #require(result.policy)
        #expect(policy.expectations.map(\.port) == [.service("web"), nil, .port(PortSpec(.icmpv6))])
        #expect(ids(load(gatewayHeader + "expect allow 10.0.0.0/24 to 192.0.2.1\n")) == [.badAddress])
        #expect(ids(load(gatewayHeader + "expect allow soc to 192.0.2.1\n")) == [.badAddress])
        #expect(ids(load(gatewayHeader + "expect allow 10.0.0.1 to 192.0.2.1 on tcp/1, tcp/2\n")) == [.syntaxError])
        #expect(ids(load(gatewayHeader + "expect allow 10.0.0.1 to 192.0.2.1 on icmpv6\n")) == [.mixedFamilies])
        #expect(ids(load(gatewayHeader + "expect maybe 10.0.0.1 to 192.0.2.1\n")) == [.syntaxError])
    }

    @Test("an egress interface name must be a valid Linux name")
    func interfaces() {
        #expect(ids(load("policy t { egress \"\" }\n")) == [.badInterface])
        #expect(ids(load("policy t { egress \"a-very-long-interface\" }\n")) == [.badInterface])
        #expect(ids(load("policy t { egress \"eth 0\" }\n")) == [.badInterface])
        // Linux allows '"', but nft's text cannot write it: `compile` would name another interface.
        #expect(ids(load("policy t { egress \"a\\\"b\" }\n")) == [.badInterface])
        #expect(ids(load("policy t { egress \"br-lan.10\" }\n")) == [])
    }

    @Test("a keyword cannot be used where a name is expected")
    func keywordsAsReferences() {
        #expect(ids(load(gatewayHeader + "allow soc to on\n")) == [.syntaxError])
        #expect(ids(load(gatewayHeader + "destination tcp 192.0.2.1\n")) == [.keywordAsName])
        #expect(ids(load("policy any { egress \"wan0\" }\n")) == [.keywordAsName])
    }

    @Test("a name may be used before it is defined")
    func forwardReferences() {
        let result = load("allow lab to d on s\npolicy t { egress \"wan0\"; management lab }\ngroup lab 10.1.0.0/16\n"
            + "destination d 192.0.2.1\nservice s tcp/22\n")
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    }

    @Test("a name of 64 characters is fine")
    func nameLength() {
        let name = String(repeating: "n", count: 64)
        #expect(ids(load(gatewayHeader + "group \(name) 10.1.0.0/16\nallow \(name) to 192.0.2.1\n")) == [])
    }
}
