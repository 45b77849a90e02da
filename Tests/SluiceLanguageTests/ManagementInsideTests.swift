import Foundation
import Testing
@testable import SluiceLanguage

/// The management group must hold only inside hosts: isolated hosts can still reach it, so an
/// outside address there would be a way out of containment.
@Suite struct ManagementInsideTests {
    static func policy(mode: String = "gateway", settings: String = "", soc: String, rest: String = "") -> String {
        """
        policy t {
          mode \(mode)
          egress "wan0"
          management soc
        \(settings)
        }
        group soc \(soc)
        allow soc to 192.0.2.1
        \(rest)
        """
    }

    /// Loads a marked source; returns the result and the marker.
    func check(_ marked: String) -> (PolicyLoadResult, MarkedSource) {
        let source = MarkedSource(marked)
        return (load(source.text), source)
    }

    @Test("outside addresses, or a whole family, in the management group are errors at the address",
          arguments: [
            (soc: "10.0.0.0/28, ⟨198.51.100.7⟩", note: "holds 198.51.100.7, outside the inside networks"),
            (soc: "⟨0.0.0.0/0⟩", note: "holds every IPv4 address"),
            (soc: "10.0.0.0/28, ⟨::/0⟩", note: "holds every IPv6 address"),
            (soc: "10.0.0.0/28, ⟨2001:db8:5::/64⟩", note: "holds 2001:db8:5::/64, outside the inside networks"),
            (soc: "⟨9.255.255.0-10.0.0.5⟩", note: "holds 9.255.255.0/24, outside the inside networks"),
            (soc: "⟨192.0.2.0/28⟩", note: "overlaps the allow target 192.0.2.1 (line 8): both contain 192.0.2.1"),
          ])
    func outsideAddresses(_ soc: String, _ message: String) throws {
        let (result, marked) = check(Self.policy(soc: soc))
        #expect(ids(result) == [.managementOutside], "\(rendered(result))")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "the management group 'soc' " + message)
        #expect(diagnostic.location.line == marked.line)
        #expect(diagnostic.location.column == marked.column)
        #expect(diagnostic.location.length == marked.length)
        #expect(diagnostic.notes.first?.location?.line == 4, "the note points at the management setting")
        #expect(result.policy == nil)
    }

    @Test("a whole family in pieces is an error at the management setting")
    func wholeFamilyInPieces() throws {
        let (result, _) = check(Self.policy(mode: "host", settings: "  inside 0.0.0.0/0", soc: "0.0.0.0/1, 128.0.0.0/1"))
        #expect(ids(result) == [.managementOutside], "\(rendered(result))")
        #expect(result.diagnostics.first?.location == SourceLocation(file: "test.sluice", line: 4, column: 14, length: 3))
    }

    @Test("in gateway mode the management group may not overlap a destination")
    func overlapsDestination() throws {
        let (result, _) = check(Self.policy(soc: "⟨10.0.0.0/28⟩", rest: "destination partner 10.0.0.0/24\nallow soc to partner on tcp/22\n"))
        #expect(ids(result) == [.managementOutside], "\(rendered(result))")
        #expect(result.diagnostics.first?.message
            == "the management group 'soc' overlaps destination 'partner': both contain 10.0.0.0/28")
    }

    @Test("in host mode a destination that holds the management hosts is fine (the site's own services)")
    func hostModeDestination() {
        let (result, _) = check(Self.policy(mode: "host", soc: "10.0.0.0/28",
                                            rest: "destination site 10.0.0.0/8\nallow soc to site on tcp/22\n"))
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    }

    @Test("0.0.0.0/0 as a destination or target means anywhere, not outside")
    func anywhereIsNotOutside() {
        let (result, _) = check(Self.policy(soc: "10.0.0.0/28",
                                            rest: "destination internet 0.0.0.0/0, ::/0\nallow soc to internet on tcp/443\n"))
        #expect(result.diagnostics.isEmpty, "\(rendered(result))")
    }

    @Test("the default inside networks hold the private ranges and the other groups' addresses")
    func defaultInside() throws {
        let (result, _) = check(Self.policy(soc: "10.0.0.0/28, 203.0.113.0/28",
                                            rest: "group campus 203.0.113.0/24, 2001:db8:9::/48\nallow campus to 192.0.2.1\n"))
        #expect(ids(result) == [.overlappingGroups], "\(rendered(result))")
        let policy = try #require(result.policy)
        #expect(policy.insideNetworks.map(\.description) == [
            "10.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16", "203.0.113.0/24",
            "2001:db8:9::/48", "fc00::/7", "fe80::/10",
        ])
    }

    @Test("the inside setting replaces the default; the management group must lie within it")
    func insideSetting() throws {
        let (refused, marked) = check(Self.policy(settings: "  inside 10.1.0.0/16, 2001:db8:5::/48", soc: "⟨10.0.0.0/28⟩"))
        #expect(ids(refused) == [.managementOutside], "\(rendered(refused))")
        #expect(refused.diagnostics.first?.location.column == marked.column)
        #expect(refused.diagnostics.first?.notes.map(\.message).contains("the inside networks are those of the 'inside' setting") == true)
        let (accepted, _) = check(Self.policy(settings: "  inside 10.0.0.0/8, 2001:db8:5::/48", soc: "10.0.0.0/28, 2001:db8:5::/64"))
        #expect(accepted.diagnostics.isEmpty, "\(rendered(accepted))")
        #expect(accepted.policy?.insideNetworks.map(\.description) == ["10.0.0.0/8", "2001:db8:5::/48"])
    }

    @Test("an inside network that overlaps a destination or an allow target is an error in gateway mode")
    func insideOverlapsOutside() throws {
        let (result, marked) = check(Self.policy(settings: "  inside 10.0.0.0/8, ⟨198.51.100.0/24⟩", soc: "10.0.0.0/28",
                                                 rest: "destination partner 198.51.100.128/25\nallow soc to partner\n"))
        #expect(ids(result) == [.insideOverlapsOutside], "\(rendered(result))")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "inside network 198.51.100.0/24 overlaps destination 'partner': both contain 198.51.100.128/25")
        #expect(diagnostic.location.line == marked.line && diagnostic.location.column == marked.column)
        let (host, _) = check(Self.policy(mode: "host", settings: "  inside 10.0.0.0/8, 198.51.100.0/24", soc: "10.0.0.0/28",
                                          rest: "destination partner 198.51.100.128/25\nallow soc to partner\n"))
        #expect(host.diagnostics.isEmpty, "\(rendered(host))")
    }

    @Test("inside is a setting: once, with valid addresses, and not at top level; 'inside' stays a usable name")
    func insideSyntax() {
        #expect(ids(load(Self.policy(settings: "  inside 10.0.0.0/8\n  inside 10.0.0.0/8", soc: "10.0.0.0/28")))
            == [.duplicateSetting])
        #expect(ids(load(Self.policy(settings: "  inside 10.0.0.300/8", soc: "10.0.0.0/28"))) == [.badAddress])
        let topLevel = load(Self.policy(soc: "10.0.0.0/28", rest: "inside 10.0.0.0/8\n"))
        #expect(ids(topLevel) == [.syntaxError])
        #expect(topLevel.diagnostics.first?.message == "'inside' is a setting of the policy block, not a statement")
        let named = load(Self.policy(soc: "10.0.0.0/28", rest: "group inside 10.70.0.0/24\nallow inside, soc to 192.0.2.2\n"))
        #expect(named.diagnostics.isEmpty, "\(rendered(named))")
        #expect(ids(load(Self.policy(settings: "  insde 10.0.0.0/8", soc: "10.0.0.0/28"))) == [.unknownSetting])
    }

    @Test("a policy stored before insideNetworks existed decodes with the default")
    func decodesOldPolicies() throws {
        let policy = try #require(load(Self.policy(soc: "10.0.0.0/28, fd00:5::/64", rest: "group lab 203.0.113.0/24\nallow lab to 192.0.2.1\n")).policy)
        let encoded = try JSONEncoder().encode(policy)
        #expect(try JSONDecoder().decode(Policy.self, from: encoded) == policy)
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object.removeValue(forKey: "insideNetworks") != nil)
        let old = try JSONDecoder().decode(Policy.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.insideNetworks == policy.insideNetworks)
    }
}

/// `on exceed` rules that can block or isolate management hosts are a warning at their sources.
@Suite struct ExceedReachesManagementTests {
    static let header = """
        policy t {
          egress "wan0"
          management soc
        }
        group soc 10.0.0.0/28, fd00:5::/64
        group lab 10.0.0.0/24
        group far 10.9.0.0/16
        allow soc, lab, far to 192.0.2.1
        quota any 1 GiB per day per host

        """

    @Test("containing any, the management group, or a group overlapping it is a warning at that source",
          arguments: [
            ("on exceed ⟨any⟩ { block }", "'any' includes the management group 'soc'"),
            ("on exceed far, ⟨soc⟩ {\n  isolate for 1h\n  alert log\n}", "group 'soc' is the management group"),
            ("on exceed far, ⟨lab⟩ { block for 2h }", "group 'lab' overlaps the management group 'soc': both contain 10.0.0.0/28"),
          ])
    func warned(_ rule: String, _ reason: String) throws {
        let marked = MarkedSource(Self.header + rule + "\n")
        let result = load(marked.text)
        // `lab` overlapping `soc` is also an overlapping-groups warning, at line 6.
        #expect(ids(result) == [.overlappingGroups, .exceedReachesManagement], "\(rendered(result))")
        let diagnostic = try #require(result.diagnostics.last)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "this 'on exceed' can contain management hosts: " + reason)
        #expect(diagnostic.location == SourceLocation(file: "test.sluice", line: marked.line, column: marked.column,
                                                      length: marked.length))
        #expect(diagnostic.notes.first?.location?.line == 3, "the note points at the management setting")
        #expect(result.policy != nil)
    }

    @Test("alerts only, or groups apart from the management hosts, are fine",
          arguments: ["on exceed any { alert log }", "on exceed far { isolate }", "on exceed soc, lab { alert log }"])
    func notWarned(_ rule: String) {
        let result = load(Self.header + rule + "\n")
        #expect(ids(result) == [.overlappingGroups], "\(rendered(result))")
    }

    @Test("in host mode, containing self is fine; containing the management group is not")
    func hostMode() {
        let text = """
            policy t {
              mode host
              management admins
            }
            group admins 10.0.0.0/28
            allow self, admins to 192.0.2.1
            quota self, admins 1 GiB per day per host

            """
        #expect(load(text + "on exceed self { isolate }\n").diagnostics.isEmpty)
        #expect(ids(load(text + "on exceed self, admins { isolate }\n")) == [.exceedReachesManagement])
    }
}
