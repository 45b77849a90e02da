import Foundation
import Testing
@testable import SluiceLanguage

/// Learned quotas (`Nx usual at least SIZE`), alert-only quotas (`warn`) and `baseline learn`.
@Suite struct LearnedQuotaTests {
    func spec(_ quota: String) -> (QuotaSpec?, [DiagnosticID]) {
        let result = load(gatewayHeader + "quota soc \(quota)\n")
        return (result.policy?.quotas.first?.spec, ids(result))
    }

    @Test(arguments: [
        ("3x usual at least 200 MB per 1h per host", UInt32(300), UInt64(200_000_000), UInt64(3_600), false),
        ("10x usual at least 2 GiB per 6h per host", 1_000, 2 << 30, 21_600, false),
        ("1.5x usual at least 1 MB per day per host warn", 150, 1_000_000, 86_400, true),
        ("1.25x usual at least 1 MB per day per host", 125, 1_000_000, 86_400, false),
        ("1x usual at least 1 B per 1h per host", 100, 1, 3_600, false),
        ("1000x usual at least 1 B per 1h per host", 100_000, 1, 3_600, false),
    ])
    func learned(_ text: String, _ hundredths: UInt32, _ floor: UInt64, _ window: UInt64, _ warn: Bool) {
        let (value, diagnostics) = spec(text)
        #expect(diagnostics.isEmpty, "\(text): \(diagnostics)")
        #expect(value == QuotaSpec(bytes: floor, window: window, scope: .perHost,
                                   learned: LearnedMultiple(hundredths: hundredths), alertOnly: warn), "\(text)")
    }

    @Test("warn makes any quota alert-only, fixed or inline")
    func warnOnFixedQuotas() throws {
        #expect(spec("1 GiB per day per host warn").0 == QuotaSpec(bytes: 1 << 30, window: 86_400, scope: .perHost,
                                                                   alertOnly: true))
        #expect(spec("1 GiB per day total warn").0?.alertOnly == true)
        #expect(spec("1 GiB per day total").0?.alertOnly == false)
        let policy = try #require(load(gatewayHeader + "allow soc to 192.0.2.1 quota 1 GiB per day per host warn\n").policy)
        #expect(policy.allows.last?.quota?.alertOnly == true)
    }

    @Test(arguments: [
        ("0x usual at least 1 GiB per day per host", DiagnosticID.badMultiple),
        ("0.99x usual at least 1 GiB per day per host", .badMultiple),
        ("1001x usual at least 1 GiB per day per host", .badMultiple),
        ("1.234x usual at least 1 GiB per day per host", .badMultiple),
        ("1..2x usual at least 1 GiB per day per host", .badMultiple),
        ("3x usual per day per host", .missingFloor),
        ("3x usual 1 GiB per day per host", .missingFloor),
        ("3x usual at least 1 GiB per day total", .learnedTotal),
        ("3x at least 1 GiB per day per host", .syntaxError),
        ("3x usual at 1 GiB per day per host", .syntaxError),
        ("3x usual at least 0 B per day per host", .zeroSize),
        ("3x usual at least 1 GiB per day per host warn warn", .syntaxError),
    ])
    func refused(_ text: String, _ id: DiagnosticID) {
        let (value, diagnostics) = spec(text)
        #expect(diagnostics == [id], "\(text)")
        #expect(value == nil, "\(text)")
    }

    @Test("a missing floor is reported where 'at least' belongs")
    func missingFloorLocation() throws {
        let result = load(gatewayHeader + "quota soc 3x usual per day per host\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location.line == 8)
        #expect(diagnostic.location.column == 20)
        #expect(result.policy == nil)
    }

    @Test("baseline learn: two weeks unless set, at least seven days")
    func learnPeriod() throws {
        #expect(try #require(load(gatewayHeader).policy).baselineLearn == 14 * 86_400)
        let header = "policy t {\n  egress \"wan0\"\n  baseline learn %@\n}\ngroup soc 10.0.0.0/28\nallow soc to any\n"
        let set = load(header.replacingOccurrences(of: "%@", with: "4w"))
        #expect(ids(set).isEmpty)
        #expect(set.policy?.baselineLearn == 28 * 86_400)
        #expect(ids(load(header.replacingOccurrences(of: "%@", with: "7d"))).isEmpty)
        #expect(ids(load(header.replacingOccurrences(of: "%@", with: "167h"))) == [.learnPeriodTooShort])
        #expect(ids(load(header.replacingOccurrences(of: "%@", with: "0d"))) == [.learnPeriodTooShort])
        #expect(ids(load(header.replacingOccurrences(of: "%@", with: "14d 14d"))) == [.syntaxError])
        #expect(ids(load(header.replacingOccurrences(of: "%@", with: "7d\n  baseline learn 8d"))) == [.duplicateSetting])
    }

    @Test("names like usual, least, warn and baseline stay usable as group names")
    func wordsStayUnreserved() {
        let text = gatewayHeader + "group usual 10.1.0.0/24\ngroup warn 10.2.0.0/24\ngroup baseline 10.3.0.0/24\n"
            + "allow usual, warn, baseline to 192.0.2.1\nquota warn 2x usual at least 1 MB per day per host warn\n"
        #expect(ids(load(text)).isEmpty)
    }

    @Test("a policy stored before these fields existed decodes as fixed and enforcing, learning two weeks")
    func oldEncodingDecodes() throws {
        let old = #"{"bytes":1024,"window":60,"scope":"per-host"}"#
        let spec = try JSONDecoder().decode(QuotaSpec.self, from: Data(old.utf8))
        #expect(spec == QuotaSpec(bytes: 1024, window: 60, scope: .perHost))
        let policy = try #require(load(gatewayHeader).policy)
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(policy)) as? [String: Any])
        object["baselineLearn"] = nil
        let decoded = try JSONDecoder().decode(Policy.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(decoded.baselineLearn == Policy.defaultBaselineLearn)
    }

    @Test("the multiple reads back as written and applies rounding down")
    func multiple() {
        #expect(LearnedMultiple(hundredths: 300).description == "3x")
        #expect(LearnedMultiple(hundredths: 150).description == "1.5x")
        #expect(LearnedMultiple(hundredths: 105).description == "1.05x")
        #expect(LearnedMultiple(hundredths: 150).applied(to: 3) == 4)
        #expect(LearnedMultiple(hundredths: 100_000).applied(to: UInt64.max) == PolicyLimits.largestSize)
    }
}
