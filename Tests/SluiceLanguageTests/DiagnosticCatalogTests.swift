import Testing
@testable import SluiceLanguage

/// One test per diagnostic id: the id, its severity, and the exact line and column (and length)
/// of the offending token, marked inline with ⟨...⟩. Each source holds exactly one mistake, so
/// the test also proves that the mistake gives exactly one error (no cascades).
@Suite struct DiagnosticCatalogTests {
    static let cases: [DiagnosticCase] = [
        // Lexical and syntax errors.
        DiagnosticCase(id: .syntaxError, severity: .error, source: gatewayHeader + """
            group compute 10.20.0.0/16
            destination mirrors 192.0.2.0/26
            allow compute ⟨mirrors⟩
            """),
        DiagnosticCase(id: .unterminatedString, severity: .error, source: """
            policy t {
              mode gateway
              egress ⟨"wan0⟩
            }
            """),
        DiagnosticCase(id: .invalidCharacter, severity: .error, source: gatewayHeader + """
            group lab 10.1.0.0/16⟨@⟩
            allow lab to 192.0.2.1
            """),
        DiagnosticCase(id: .nameTooLong, severity: .error, source: gatewayHeader + """
            group ⟨\(String(repeating: "a", count: 65))⟩ 10.1.0.0/16
            allow \(String(repeating: "a", count: 65)) to 192.0.2.1
            """),
        DiagnosticCase(id: .keywordAsName, severity: .error, source: gatewayHeader + """
            group ⟨host⟩ 10.1.0.0/16
            """),
        DiagnosticCase(id: .badEscape, severity: .error, source: """
            policy t {
              egress "wan⟨\\q⟩0"
            }
            """),

        // Names.
        DiagnosticCase(id: .undefinedName, severity: .error, source: gatewayHeader + """
            group compute 10.20.0.0/16
            allow ⟨compte⟩ to 192.0.2.1
            """),
        DiagnosticCase(id: .duplicateName, severity: .error, source: gatewayHeader + """
            group lab 10.1.0.0/16
            destination ⟨lab⟩ 192.0.2.1
            allow lab to 192.0.2.1
            """),
        DiagnosticCase(id: .wrongKind, severity: .error, source: gatewayHeader + """
            group lab 10.1.0.0/16
            allow lab to ⟨soc⟩
            """),

        // Values.
        DiagnosticCase(id: .badAddress, severity: .error, source: gatewayHeader + """
            destination d ⟨10.0.0.256⟩
            allow soc to d
            """),
        DiagnosticCase(id: .hostBitsSet, severity: .error, source: gatewayHeader + """
            group lab ⟨10.20.0.5/16⟩
            allow lab to 192.0.2.1
            """),
        DiagnosticCase(id: .badRange, severity: .error, source: gatewayHeader + """
            group lab ⟨10.1.0.9-10.1.0.1⟩
            allow lab to 192.0.2.1
            """),
        DiagnosticCase(id: .ipv4Mapped, severity: .error, source: gatewayHeader + """
            group lab ⟨::ffff:10.1.0.21⟩
            allow lab to 192.0.2.1
            """),
        DiagnosticCase(id: .badPort, severity: .error, source: gatewayHeader + """
            service ping ⟨icmp/8⟩
            allow soc to 192.0.2.1 on ping
            """),
        DiagnosticCase(id: .portOutOfRange, severity: .error, source: gatewayHeader + """
            service s tcp/⟨70000⟩
            allow soc to 192.0.2.1 on s
            """),
        DiagnosticCase(id: .badSize, severity: .error, source: gatewayHeader + """
            quota soc 2 ⟨Gb⟩ per day per host
            """),
        DiagnosticCase(id: .zeroSize, severity: .error, source: gatewayHeader + """
            quota soc ⟨0 GiB⟩ per day per host
            """),
        DiagnosticCase(id: .badDuration, severity: .error, source: gatewayHeader + """
            quota soc 1 GiB per day per host
            on exceed soc { block for ⟨month⟩ }
            """),
        DiagnosticCase(id: .windowTooShort, severity: .error, source: gatewayHeader + """
            quota soc 1 GiB per ⟨0s⟩ per host
            """),
        DiagnosticCase(id: .badMultiple, severity: .error, source: gatewayHeader + """
            quota soc ⟨0.5x⟩ usual at least 1 GiB per day per host
            """),
        DiagnosticCase(id: .missingFloor, severity: .error, source: gatewayHeader + """
            quota soc 3x usual ⟨per⟩ day per host
            """),
        DiagnosticCase(id: .learnedTotal, severity: .error, source: gatewayHeader + """
            quota soc 3x usual at least 1 GiB per day ⟨total⟩
            """),
        DiagnosticCase(id: .badDNSName, severity: .error, source: """
            policy t {
              egress "wan0"
              dns 192.0.2.53
            }
            group lab 10.1.0.0/16
            destination pypi "pypi.org", ⟨"files..pythonhosted.org"⟩
            allow lab to pypi
            """),
        DiagnosticCase(id: .badDNSLimit, severity: .error, source: """
            policy t {
              egress "wan0"
              dns 192.0.2.53
              dns addresses per name ⟨0⟩
            }
            """),
        DiagnosticCase(id: .learnPeriodTooShort, severity: .error, source: """
            policy t {
              egress "wan0"
              baseline learn ⟨6d⟩
            }
            """),
        DiagnosticCase(id: .badRate, severity: .error, source: """
            policy t {
              egress "wan0"
              log denied ⟨0/second⟩
            }
            """),
        DiagnosticCase(id: .badInterface, severity: .error, source: """
            policy t {
              egress ⟨"wan*"⟩
            }
            """),
        DiagnosticCase(id: .badExecPath, severity: .error, source: gatewayHeader + """
            quota soc 1 GiB per day per host
            on exceed soc { alert exec ⟨"page-oncall"⟩ }
            """),

        // Structure.
        DiagnosticCase(id: .missingPolicy, severity: .error, source: """
            ⟨⟩group lab 10.1.0.0/16
            """),
        DiagnosticCase(id: .duplicatePolicy, severity: .error, source: gatewayHeader + """
            ⟨policy⟩ u { egress "wan1" }
            """),
        DiagnosticCase(id: .unknownSetting, severity: .error, source: """
            policy t {
              egress "wan0"
              ⟨modes⟩ host
            }
            """),
        DiagnosticCase(id: .duplicateSetting, severity: .error, source: """
            policy t {
              egress "wan0"
              ⟨egress⟩ "wan1"
            }
            """),
        DiagnosticCase(id: .gatewayWithoutEgress, severity: .error, source: """
            policy t {
              mode ⟨gateway⟩
            }
            """),
        DiagnosticCase(id: .selfOutsideHostMode, severity: .error, source: gatewayHeader + """
            allow ⟨self⟩ to 192.0.2.1
            """),
        DiagnosticCase(id: .includeCycle, severity: .error, source: gatewayHeader + """
            include "a.sluice"
            """, files: ["a.sluice": "include ⟨\"test.sluice\"⟩\n"], markedFile: "a.sluice"),
        DiagnosticCase(id: .includeNotFound, severity: .error, source: gatewayHeader + """
            include ⟨"missing.sluice"⟩
            """),
        DiagnosticCase(id: .notAPolicy, severity: .error, source: gatewayHeader + """
            include ⟨"/etc/shadow"⟩
            """, files: ["/etc/shadow": "root:$y$j9T$abc$def:19000:0:99999:7:::\n"]),
        DiagnosticCase(id: .includeTooDeep, severity: .error, source: gatewayHeader + """
            include "i1.sluice"
            """, files: nestedIncludes(PolicyLimits.includeDepth + 1, marked: PolicyLimits.includeDepth),
            markedFile: "i\(PolicyLimits.includeDepth).sluice"),
        DiagnosticCase(id: .globTooBroad, severity: .error, source: gatewayHeader + """
            include ⟨"conf.d/*.sluice"⟩
            """, files: ["conf.d/a.sluice": "", "conf.d/b.sluice": "", "conf.d/c.sluice": ""], globLimit: 2),
        DiagnosticCase(id: .allowAnyToAny, severity: .error, source: gatewayHeader + """
            ⟨allow⟩ any to any
            """),
        DiagnosticCase(id: .managementOutside, severity: .error, source: """
            policy t {
              egress "wan0"
              management soc
            }
            group soc 10.0.0.0/28, ⟨198.51.100.7⟩
            allow soc to 192.0.2.1
            """),
        DiagnosticCase(id: .insideOverlapsOutside, severity: .error, source: """
            policy t {
              egress "wan0"
              management soc
              inside 10.0.0.0/8, ⟨192.0.2.0/24⟩
            }
            group soc 10.0.0.0/28
            allow soc to 192.0.2.1
            """),
        DiagnosticCase(id: .dnsWithoutServers, severity: .error, source: gatewayHeader + """
            destination pypi 192.0.2.7, ⟨"pypi.org"⟩, "*.pythonhosted.org"
            allow soc to pypi
            """),
        DiagnosticCase(id: .unknownAction, severity: .error, source: gatewayHeader + """
            quota soc 1 GiB per day per host
            on exceed soc {
              ⟨quarantine⟩ for 1h
            }
            """),
        DiagnosticCase(id: .duplicateAction, severity: .error, source: gatewayHeader + """
            quota soc 1 GiB per day per host
            on exceed soc {
              block
              ⟨isolate⟩ for 1h
            }
            """),
        DiagnosticCase(id: .mixedFamilies, severity: .error, source: gatewayHeader + """
            expect allow 10.0.0.1 to ⟨2001:db8::1⟩
            """),

        // Warnings.
        DiagnosticCase(id: .shadowedAllow, severity: .warning, source: gatewayHeader + """
            ⟨allow⟩ soc to 192.0.2.1 on tcp/443
            """),
        DiagnosticCase(id: .unusedName, severity: .warning, source: gatewayHeader + """
            destination ⟨archive⟩ 192.0.2.1
            """),
        DiagnosticCase(id: .overlappingGroups, severity: .warning, source: gatewayHeader + """
            group lab 10.1.0.0/16
            group ⟨gpu⟩ 10.1.2.0/24
            allow lab, gpu to 192.0.2.1
            """),
        DiagnosticCase(id: .quotaWithoutAllow, severity: .warning, source: gatewayHeader + """
            group lab 10.1.0.0/16
            quota ⟨lab⟩ 1 GiB per day per host
            """),
        DiagnosticCase(id: .containmentWithoutManagement, severity: .warning, source: """
            policy t { egress "wan0" }
            group lab 10.1.0.0/16
            allow lab to 192.0.2.1
            quota lab 1 GiB per day per host
            on exceed lab { ⟨isolate⟩ }
            """),
        DiagnosticCase(id: .emptyInclude, severity: .warning, source: gatewayHeader + """
            include ⟨"conf.d/*.sluice"⟩
            """),
        DiagnosticCase(id: .exceedWithoutQuota, severity: .warning, source: gatewayHeader + """
            on exceed ⟨soc⟩ { alert log }
            """),
        DiagnosticCase(id: .exceedReachesManagement, severity: .warning, source: gatewayHeader + """
            group lab 10.0.0.0/24
            allow lab to 192.0.2.1
            quota lab 1 GiB per day per host
            on exceed ⟨lab⟩ { isolate for 1h }
            """),
        DiagnosticCase(id: .duplicateAudit, severity: .warning, source: gatewayHeader + """
            group lab 10.1.0.0/16
            group gpu 10.2.0.0/16
            audit lab, gpu
            audit ⟨gpu⟩
            """),
        DiagnosticCase(id: .familyMismatch, severity: .warning, source: gatewayHeader + """
            group lab 2001:db8:1::/64
            ⟨allow⟩ lab to 192.0.2.1
            """),

        // Users (host mode).
        DiagnosticCase(id: .badUser, severity: .error, source: """
            policy t { mode host }
            users staff alice, ⟨2000-1000⟩
            allow staff to 192.0.2.1
            """),
        DiagnosticCase(id: .usersOutsideHostMode, severity: .error, source: gatewayHeader + """
            ⟨users⟩ staff alice
            allow staff to 192.0.2.1
            """),
        DiagnosticCase(id: .duplicateGateway, severity: .error, source: gatewayHeader + """
            gateway border-a { egress "wan1" }
            gateway ⟨border-a⟩ { egress "wan2" }
            """),
        DiagnosticCase(id: .gatewayBlockInHostMode, severity: .error, source: """
            policy t { mode host }
            allow self to 192.0.2.1
            ⟨gateway⟩ border-a { egress "wan1" }
            """),
    ]

    /// Files `i1.sluice` ... `iN.sluice`, each including the next (the last includes nothing);
    /// the include in file `marked` carries the marker.
    static func nestedIncludes(_ count: Int, marked: Int) -> [String: String] {
        var files: [String: String] = [:]
        for i in 1...count {
            let next = "\"i\(i + 1).sluice\""
            files["i\(i).sluice"] = i == count ? "" : "include " + (i == marked ? "⟨\(next)⟩" : next) + "\n"
        }
        return files
    }

    /// Ids the front end never reports: the compiler reports `expect-failed`, `host-limit` and
    /// `protocol-family-mismatch`, and `unsupported` is for what a later stage cannot express.
    /// `unknown-user` and `too-many-users` come from the compiler too, which resolves user names.
    static let notFrontEndIDs: Set<DiagnosticID> = [.expectFailed, .unsupported, .hostLimit, .protocolFamilyMismatch,
                                                    .unknownUser, .tooManyUsers, .subordinateUIDs]

    @Test("a missing root file is file-not-found at 1:1")
    func missingRootFile() throws {
        let result = PolicyLoader(fileSystem: InMemoryFileSystem([:])).load(path: "policies/nope.sluice")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.id == .fileNotFound)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "policies/nope.sluice", line: 1, column: 1))
        #expect(result.policy == nil)
        #expect(result.sources.isEmpty)
    }

    @Test("an alert program the machine cannot run is exec-program-unusable at its on exceed")
    func execProgramUnusable() throws {
        let marked = MarkedSource(gatewayHeader + "quota soc 1 GiB per day per host\n⟨on⟩ exceed soc { alert exec \"/gone\" }\n")
        let policy = try #require(load(marked.text).policy)
        let warnings = ExecProgramCheck.warnings(for: policy, fileSystem: ExecPathTests.FakePrograms(table: [:]))
        let diagnostic = try #require(warnings.first)
        #expect(warnings.count == 1)
        #expect(diagnostic.id == .execProgramUnusable)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location == SourceLocation(file: "test.sluice", line: marked.line, column: marked.column,
                                                      length: marked.length))
    }

    @Test("every diagnostic id has a catalogue case")
    func catalogueIsComplete() {
        let covered = Set(Self.cases.map(\.id)).union([.fileNotFound, .execProgramUnusable])
        for id in DiagnosticID.allCases where !Self.notFrontEndIDs.contains(id) {
            #expect(covered.contains(id), "no catalogue case for \(id.rawValue)")
        }
    }

    @Test("diagnostic id, severity and position", arguments: cases)
    func diagnostic(_ row: DiagnosticCase) throws {
        var files: [String: String] = [:]
        var marked: MarkedSource
        var markedPath = row.path
        if let other = row.markedFile, let text = row.files[other] {
            marked = MarkedSource(text)
            files = row.files
            files[other] = marked.text
            markedPath = other
            files[row.path] = row.source
        } else {
            marked = MarkedSource(row.source)
            files = row.files
            files[row.path] = marked.text
        }
        let result = PolicyLoader(fileSystem: InMemoryFileSystem(files, globLimit: row.globLimit)).load(path: row.path)
        let found = result.diagnostics.first { $0.id == row.id }
        let diagnostic = try #require(found, "expected \(row.id.rawValue), got:\n\(rendered(result))")
        #expect(diagnostic.severity == row.severity)
        #expect(diagnostic.location.file == markedPath)
        #expect(diagnostic.location.line == marked.line, "\(rendered(result))")
        #expect(diagnostic.location.column == marked.column, "\(rendered(result))")
        if marked.length > 0 {
            #expect(diagnostic.location.length == marked.length, "\(rendered(result))")
        }
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == (row.severity == .error ? 1 : 0), "one mistake, one error:\n\(rendered(result))")
        #expect((result.policy == nil) == (row.severity == .error))
    }
}
