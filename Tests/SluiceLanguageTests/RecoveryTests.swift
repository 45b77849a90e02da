import Testing
@testable import SluiceLanguage

/// Error recovery: each mistake is reported once, and the statements around it still count.
@Suite struct RecoveryTests {
    @Test("three mistakes in one file give three diagnostics")
    func threeMistakes() {
        let result = load(gatewayHeader + """
            group compute 10.20.0.256/16
            destination mirrors 192.0.2.0/26
            allow compute mirrors on tcp/443
            service web tcp/80, tpc/443
            allow soc to mirrors on web
            """)
        #expect(ids(result) == [.badAddress, .syntaxError, .badPort], "\(rendered(result))")
        #expect(result.diagnostics.map(\.location.line) == [8, 10, 11])
        #expect(result.diagnostics.map(\.location.column) == [15, 15, 21])
        #expect(result.policy == nil)
    }

    @Test("a broken statement does not swallow the next line")
    func nextLineSurvives() {
        let result = load(gatewayHeader + """
            allow soc to to 192.0.2.1
            group lab 10.1.0.0/16
            allow lab to 192.0.2.9 on tcp/22
            quota lab 0 B per day per host
            """)
        #expect(ids(result) == [.syntaxError, .zeroSize], "\(rendered(result))")
    }

    @Test("a missing '}' is reported once and the statements after it still parse")
    func missingBrace() {
        let result = load("""
            policy t {
              egress "wan0"
              management soc

            group soc 10.0.0.0/28
            allow soc to any
            allow sco to 192.0.2.1
            """)
        #expect(ids(result) == [.syntaxError, .undefinedName], "\(rendered(result))")
        #expect(result.diagnostics[0].location.line == 5)
        #expect(result.diagnostics[0].notes.first?.location?.line == 1)
    }

    @Test("a stray '{' does not hide the statements after it")
    func strayBrace() {
        let result = load(gatewayHeader + """
            {
            zzz1
            allow soc to 192.0.2.300
            group g 10.0.0.300
            """)
        // The brace, then each bad address: the skip stops at the next statement.
        #expect(result.diagnostics.map(\.location.line) == [8, 10, 11], "\(rendered(result))")
        #expect(ids(result).suffix(2) == [.badAddress, .badAddress], "\(rendered(result))")
    }

    @Test("a trailing comma before a new statement is one error at the comma")
    func trailingComma() {
        let result = load(gatewayHeader + """
            group lab 10.1.0.0/16,
            allow lab to 192.0.2.1
            """)
        #expect(ids(result) == [.syntaxError], "\(rendered(result))")
        #expect(result.diagnostics[0].location.line == 8)
        #expect(result.diagnostics[0].location.column == 22)
    }

    @Test("a list continues on the next line after a trailing comma")
    func continuedList() throws {
        let result = load(gatewayHeader + """
            group lab 10.1.0.0/16,   # first building
                      10.3.0.0/16,

                      10.5.0.0/16
            allow lab to 192.0.2.1
            """)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        let lab = try #require(result.policy?.group(named: "lab"))
        #expect(lab.addresses.count == 3)
    }

    @Test("names in a broken statement are not reported unused")
    func mentionedNamesAreUsed() {
        let result = load(gatewayHeader + """
            group lab 10.1.0.0/16
            destination d 192.0.2.1
            allow lab d
            """)
        #expect(ids(result) == [.syntaxError], "\(rendered(result))")
    }

    @Test("errors in a block are reported and the block goes on")
    func blockRecovery() {
        let result = load("""
            policy t {
              mode gatway
              egress wan0
              management soc
              lgo denied
            }
            group soc 10.0.0.0/28
            allow soc to any
            """)
        #expect(ids(result) == [.syntaxError, .syntaxError, .unknownSetting], "\(rendered(result))")
        #expect(result.diagnostics[0].notes.map(\.message) == ["did you mean 'gateway'?"])
        #expect(result.diagnostics[1].notes.map(\.message) == ["quote interface names: egress \"wan0\""])
    }

    @Test("a setting outside the block and an action outside 'on exceed' are explained")
    func misplacedLines() {
        let result = load(gatewayHeader + """
            mode host
            isolate for 1h
            alow soc to 192.0.2.1
            """)
        #expect(ids(result) == [.syntaxError, .syntaxError, .syntaxError])
        #expect(result.diagnostics[2].notes.map(\.message) == ["did you mean 'allow'?"])
    }

    @Test("semicolons separate statements and one-line blocks work")
    func semicolons() throws {
        let result = load("""
            policy t { mode host; management soc }
            group soc 10.0.0.0/28; allow self to 192.0.2.0/24 on tcp/443; allow soc to any
            quota self 1 GiB per day total; on exceed self { block for 1h; alert log }
            """)
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
        let policy = try #require(result.policy)
        #expect(policy.mode == .host)
        #expect(policy.allows.count == 2)
        #expect(policy.exceedRules.first?.actions == [.block(seconds: 3600), .alert([.log])])
    }
}
