import Testing
@testable import SluiceLanguage

/// Seeded, deterministic mutations of valid policies: the front end never crashes, refuses a
/// policy exactly when it reports an error, points only inside the file, and says the same thing
/// twice for the same input.
@Suite struct FuzzTests {
    static let hostPolicy = """
    policy laptop {
      mode host
      management admins
      log denied
    }
    group admins 10.0.0.0/28, fd00::/64
    destination updates 192.0.2.0/24, 2001:db8:5::/48
    service web tcp/80, tcp/443
    allow self to updates on web, udp/53 quota 1.5 GiB per week total
    allow admins to any
    quota self 10GB per 30d total
    on exceed self { block for 2h; alert log, exec "/usr/bin/logger" }
    expect allow self to 192.0.2.7 on tcp/443
    expect deny self to 198.51.100.1
    """

    /// Splits text into words, runs of blanks and single other characters.
    static func pieces(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var currentIsWord = false
        for c in text {
            let isWord = c.isLetter || c.isNumber || "_-.:/".contains(c)
            if isWord && currentIsWord {
                current.append(c)
            } else {
                if !current.isEmpty { out.append(current) }
                current = String(c)
                currentIsWord = isWord
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static let junk: [String] = [
        "{", "}", ",", ";", "\"", "#", "\n", "\t", " ", "@", "é", "\u{00A0}", "\\", "/", "-", ".", ":", "0",
        "allow", "policy", "group", "any", "to", "on", "per", "quota", "include", "\"*.sluice\"", "self", "x",
        "10.0.0.1/33", "tcp/0", "0s", "0 B", "\r\n", "\u{FEFF}", "ö", "𝒳",
    ]

    static func mutate(_ pieces: [String], _ random: inout SeededRandom) -> String {
        var parts = pieces
        for _ in 0..<(1 + random.next(upTo: 3)) where !parts.isEmpty {
            let i = random.next(upTo: parts.count)
            switch random.next(upTo: 6) {
            case 0: parts.remove(at: i)
            case 1: parts.insert(parts[i], at: i)
            case 2:
                let j = random.next(upTo: parts.count)
                parts.swapAt(i, j)
            case 3:
                var scalars = Array(parts[i].unicodeScalars)
                let k = random.next(upTo: scalars.count)
                let replacement = junk[random.next(upTo: junk.count)].unicodeScalars.first ?? "x"
                scalars[k] = replacement
                parts[i] = String(String.UnicodeScalarView(scalars))
            case 4: parts.insert(junk[random.next(upTo: junk.count)], at: i)
            default: parts.removeSubrange(i...)
            }
        }
        return parts.joined()
    }

    static func check(_ text: String, path: String, files: [String: String]) {
        var all = files
        all[path] = text
        let loader = PolicyLoader(fileSystem: InMemoryFileSystem(all))
        let first = loader.load(path: path)
        let second = loader.load(path: path)
        #expect(first.diagnostics == second.diagnostics, "not deterministic for:\n\(text)")
        #expect(first.policy == second.policy)
        #expect((first.policy == nil) == first.diagnostics.hasErrors, "policy/error mismatch for:\n\(text)")

        var lines: [String: [Int]] = [:]
        for source in first.sources {
            var lengths = [0]
            for scalar in source.text.unicodeScalars {
                if scalar == "\n" { lengths.append(0) } else { lengths[lengths.count - 1] += 1 }
            }
            lines[source.path] = lengths
        }
        for diagnostic in first.diagnostics {
            for location in [diagnostic.location] + diagnostic.notes.compactMap(\.location) {
                guard let lengths = lines[location.file] else {
                    #expect(first.sources.isEmpty, "diagnostic in an unknown file \(location.file)")
                    continue
                }
                #expect(location.line >= 1 && location.line <= lengths.count, "\(location) outside:\n\(text)")
                #expect(location.column >= 1, "\(location):\n\(text)")
                if location.line >= 1 && location.line <= lengths.count {
                    #expect(location.column <= lengths[location.line - 1] + 1,
                            "\(location) past the line end (\(diagnostic.message)):\n\(text)")
                }
            }
        }
        _ = DiagnosticRenderer.render(first.diagnostics, sources: first.sources)
    }

    @Test("thousands of mutations of the spec example and a host policy", arguments: [1, 2, 3, 4])
    func mutations(_ seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let bases = [
            ("policies/hpc-center.sluice", Self.pieces(SpecExampleTests.example)),
            ("laptop.sluice", Self.pieces(Self.hostPolicy)),
        ]
        let files = ["policies/common/services.sluice": SpecExampleTests.services]
        for iteration in 0..<600 {
            let (path, base) = bases[iteration % bases.count]
            Self.check(Self.mutate(base, &random), path: path, files: files)
        }
    }

    @Test("the unmutated bases are valid")
    func basesAreValid() {
        let result = load(Self.hostPolicy)
        #expect(!result.diagnostics.hasErrors, "\(rendered(result))")
        #expect(result.policy != nil)
    }
}
