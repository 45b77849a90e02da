import Testing
@testable import SluiceLanguage

/// Seeded, deterministic mutations of valid policies: the front end never crashes, refuses a
/// policy exactly when it reports an error, points only inside the file, and says the same thing
/// twice for the same input. The whole front end takes a few thousand inputs a run; the lexer and
/// parser alone take 100,000, mutated at the byte level so that mutating costs less than parsing.
/// `Fuzz/parser` runs the same checks under libFuzzer (docs/fuzzing.md).
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

    // MARK: Lexer and parser alone, at volume

    /// How many mutated inputs each seed feeds the lexer and parser: 4 seeds, 100,000 inputs a run.
    static let inputsPerSeed = 25_000

    /// Byte strings that mean something to the lexer, inserted whole.
    static let junkBytes: [[UInt8]] = (junk + [
        "\u{1B}[2J", "\u{202E}", "\r", "\u{0}", "\u{85}", "\u{2028}", "\u{7F}", "\"\\", "\\\"", "/", "::", "-",
        "on exceed any {", "}\n", "\n\n", ",\n", "policy p {", "inside 10.0.0.0/8", "management", "exec \"/\"",
        String(repeating: "{", count: 64), String(repeating: "a", count: 70), "tcp/65536", "1.5 GiB", "18446744073709551616",
    ]).map { Array($0.utf8) }

    /// Cheap byte-level mutations: cut, copy, move, splice junk, flip a byte, truncate.
    static func mutate(_ base: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var bytes = base
        for _ in 0..<(1 + random.next(upTo: 4)) {
            let i = random.next(upTo: bytes.count + 1)
            let end = min(bytes.count, i + 1 + random.next(upTo: 12))
            switch random.next(upTo: 7) {
            case 0: bytes.removeSubrange(i..<end)
            case 1: bytes.insert(contentsOf: bytes[i..<end], at: random.next(upTo: bytes.count + 1))
            case 2:
                let cut = Array(bytes[i..<end])
                bytes.removeSubrange(i..<end)
                bytes.insert(contentsOf: cut, at: random.next(upTo: bytes.count + 1))
            case 3: bytes.insert(contentsOf: junkBytes[random.next(upTo: junkBytes.count)], at: i)
            case 4: if i < bytes.count { bytes[i] = UInt8(truncatingIfNeeded: random.next()) }
            case 5: if random.next(upTo: 4) == 0 { bytes.removeSubrange(i...) }
            default: bytes.insert(contentsOf: junkBytes[random.next(upTo: junkBytes.count)], at: end)
            }
        }
        return bytes
    }

    /// Lexes and parses one input; returns what is wrong with the result, or nil.
    static func lexAndParse(_ input: [UInt8]) -> String? {
        // The loader only ever sees valid UTF-8 (files are decoded first).
        let bytes = Array(String(decoding: input, as: UTF8.self).utf8)
        let lexed = Lexer.tokenize(bytes: bytes, file: "f")
        let parsed = Parser.parse(bytes: bytes, tokens: lexed.tokens, file: "f")
        _ = PolicyShape.problem(bytes: bytes, tokens: lexed.tokens)
        guard lexed.tokens.last?.kind == .end else { return "the tokens do not end with .end" }
        var lengths = [0]
        for b in bytes {
            if b == 0x0A { lengths.append(0) } else if b & 0xC0 != 0x80 { lengths[lengths.count - 1] += 1 }
        }
        var previous = 0
        for token in lexed.tokens {
            guard token.start >= previous, token.start <= token.end, token.end <= bytes.count else {
                return "token \(token.kind) at \(token.start)..<\(token.end) is out of order or out of the file"
            }
            previous = token.start
        }
        for diagnostic in lexed.diagnostics + parsed.diagnostics {
            for location in [diagnostic.location] + diagnostic.notes.compactMap(\.location) {
                guard location.line >= 1, location.line <= lengths.count, location.column >= 1,
                      location.column <= lengths[location.line - 1] + 1 else {
                    return "\(location) is outside the file (\(diagnostic.message))"
                }
            }
            guard diagnostic.message.unicodeScalars.allSatisfy({ DisplayText.escape($0) == nil }) else {
                return "a raw control character in \(DisplayText.escaped(diagnostic.message))"
            }
        }
        return nil
    }

    @Test("100,000 mutated inputs through the lexer and the parser", arguments: [UInt64(11), 12, 13, 14])
    func lexerAndParser(_ seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let bases = [SpecExampleTests.example, Self.hostPolicy, SpecExampleTests.services].map { Array($0.utf8) }
        for iteration in 0..<Self.inputsPerSeed {
            let input = Self.mutate(bases[iteration % bases.count], &random)
            if let problem = Self.lexAndParse(input) {
                Issue.record("\(problem), for input (seed \(seed), iteration \(iteration)):\n\(DisplayText.escaped(String(decoding: input, as: UTF8.self)))")
                return
            }
        }
    }

    @Test("the unmutated bases are valid")
    func basesAreValid() {
        let result = load(Self.hostPolicy)
        #expect(!result.diagnostics.hasErrors, "\(rendered(result))")
        #expect(result.policy != nil)
    }
}
