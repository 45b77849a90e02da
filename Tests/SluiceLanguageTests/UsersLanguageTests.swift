import Testing
@testable import SluiceLanguage

/// The `users` statement of host mode: items, quotas `per user`, where a users set may stand.
@Suite struct UsersLanguageTests {
    static let header = """
        policy login {
          mode host
          management soc
        }
        group soc 10.0.0.5
        destination mirrors 192.0.2.10

        """

    @Test("names, uids and uid ranges parse, in order, with their locations")
    func items() throws {
        let result = load(Self.header + """
            users researchers alice, 1001, 10000-59999
            allow researchers to mirrors on tcp/443
            quota researchers 20 GiB per day per user
            quota researchers 100 GiB per day total
            on exceed researchers { block for 24h; alert log }
            expect allow user alice to 192.0.2.10 on tcp/443
            expect deny user 1001 to 192.0.2.11 on tcp/443
            """)
        #expect(!result.diagnostics.hasErrors, "\(rendered(result))")
        let policy = try #require(result.policy)
        let group = try #require(policy.group(named: "researchers"))
        #expect(group.isUsers && group.addresses.isEmpty)
        #expect(group.users?.map(\.value) == [.name("alice"), .uids(1001...1001), .uids(10000...59999)])
        #expect(group.users?.map(\.location.column) == [19, 26, 32])
        #expect(policy.quotas.map(\.spec.scope) == [.perUser, .total])
        #expect(policy.expectations.map(\.source) == [.user(.name("alice")), .user(.uids(1001...1001))])
        #expect(policy.exceedRules.first.map { policy.groupNames($0.sources) } == ["researchers"])
    }

    @Test("bad items are bad-user at the item, and the rest of the list is still read")
    func badItems() {
        for (item, column) in [("2000-1000", 13), ("4294967295", 13), ("9alice", 13), ("1-2-3", 13),
                               (String(repeating: "a", count: 33), 13)] {
            let result = load(Self.header + "users staff \(item), bob\nallow staff to mirrors\n")
            let bad = result.diagnostics.filter { $0.id == .badUser }
            #expect(bad.count == 1 && bad.first?.location.column == column, "\(item): \(rendered(result))")
        }
    }

    @Test("'per user' counts users sets only; a users set counts 'per user' or 'total', never 'per host'")
    func scopes() {
        let perHost = load(Self.header + "users staff alice\nallow staff to mirrors\nquota staff 1 GiB per day per host\n")
        #expect(perHost.diagnostics.contains { $0.id == .wrongKind && $0.message.contains("per user") }, "\(rendered(perHost))")
        let perUser = load(Self.header + "group lab 10.1.0.0/16\nallow lab to mirrors\nquota lab 1 GiB per day per user\n")
        #expect(perUser.diagnostics.contains { $0.id == .wrongKind && $0.message.contains("users sets only") }, "\(rendered(perUser))")
        let inline = load(Self.header + "users staff alice\nallow staff to mirrors quota 1 GiB per day per user\n")
        #expect(!inline.diagnostics.hasErrors, "\(rendered(inline))")
    }

    @Test("a users set is not a management group, and does not exist in a gateway policy")
    func wrongPlaces() {
        let management = load("""
            policy login {
              mode host
              management staff
            }
            users staff alice
            allow staff to 192.0.2.1
            """)
        #expect(management.diagnostics.contains { $0.id == .wrongKind && $0.message.contains("management") }, "\(rendered(management))")
        let gateway = load(gatewayHeader + "users staff alice\nallow staff to 192.0.2.1\nexpect allow user alice to 192.0.2.1\n")
        #expect(ids(gateway).filter { $0 == .usersOutsideHostMode }.count == 2, "\(rendered(gateway))")
        #expect(gateway.diagnostics.filter { $0.severity == .error }.count == 2, "no echo from the allow: \(rendered(gateway))")
    }

    @Test("an allow of a users set shadows nothing: a later 'self' allow of the same targets is not shadowed")
    func noShadowing() {
        let result = load(Self.header + "users staff alice\nallow staff to mirrors\nallow self to mirrors\n")
        #expect(!ids(result).contains(.shadowedAllow), "\(rendered(result))")
    }
}
