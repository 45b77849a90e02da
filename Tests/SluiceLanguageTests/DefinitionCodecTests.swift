import Testing
@testable import SluiceLanguage

/// The statement cache's form of a parsed definition gives back exactly the parsed node, moved to
/// where the statement now starts, and refuses what it did not write.
@Suite struct DefinitionCodecTests {
    static let text = """
        group lab 10.0.0.0/24, 10.0.0.5, fd00::/64,
          192.168.0.1-192.168.0.9
        destination web 2001:db8::/64, 2001:db8::/48, 198.51.100.7
        service mixed tcp/80, tcp/8000-8080, udp/53, icmp
        """

    static func definitions(_ text: String, file: String = "p.sluice") -> [DefinitionNode] {
        let bytes = Array(text.utf8)
        let parsed = Parser.parse(bytes: bytes, tokens: Lexer.tokenize(bytes: bytes, file: file).tokens, file: file)
        return parsed.statements.compactMap { if case .definition(let node) = $0 { node } else { nil } }
    }

    /// Every field, compared: a field added to `DefinitionNode` shows up here as a mismatch in
    /// the list of names until the codec (and this test) keep it.
    static func fields(_ node: DefinitionNode) -> [String: String] {
        Dictionary(uniqueKeysWithValues: Mirror(reflecting: node).children.map { ($0.label ?? "?", "\($0.value)") })
    }

    @Test func everyFieldComesBackAtTheStatementsNewLine() throws {
        let nodes = Self.definitions(Self.text)
        #expect(nodes.count == 3)
        // `users` and `names` are empty for what the codec keeps: SegmentedParse never caches a
        // users statement or a destination with DNS names.
        #expect(Set(Self.fields(nodes[0]).keys) == ["kind", "name", "addresses", "addressLocations", "ports", "location",
                                                    "hasErrors", "normalizedAddresses", "users", "names"])
        // The same statements ten lines further down, as an edit above them moves them.
        let moved = Self.definitions(String(repeating: "\n", count: 10) + Self.text)
        for (node, movedNode) in zip(nodes, moved) {
            let normalized = AddressRange.normalize(node.addresses)
            let entry = DefinitionCodec.encode(node, normalized: normalized, firstLine: node.location.line)
            let decoded = try #require(DefinitionCodec.decode(entry, file: "p.sluice", firstLine: movedNode.location.line))
            var expected = movedNode
            expected.normalizedAddresses = normalized
            #expect(Self.fields(decoded) == Self.fields(expected))
        }
    }

    @Test func anEntryCutShortDamagedOrOfAnotherVersionIsRefused() throws {
        let node = try #require(Self.definitions(Self.text).first)
        let entry = DefinitionCodec.encode(node, normalized: AddressRange.normalize(node.addresses), firstLine: 1)
        #expect(DefinitionCodec.decode(entry, file: "p.sluice", firstLine: 1) != nil)
        for length in 0..<entry.count {
            #expect(DefinitionCodec.decode(Array(entry[..<length]), file: "p.sluice", firstLine: 1) == nil)
        }
        #expect(DefinitionCodec.decode(entry + [0], file: "p.sluice", firstLine: 1) == nil)
        var other = entry
        other[0] = DefinitionCodec.version &+ 1
        #expect(DefinitionCodec.decode(other, file: "p.sluice", firstLine: 1) == nil)
    }
}
