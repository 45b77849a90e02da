extension Parser {
    /// `gateway NAME { egress "IF", ... }`: what gateway NAME of a fleet does differently
    /// (docs/fleet.md); compiling for that gateway takes these settings over the policy's.
    mutating func parseGateway() throws {
        let keyword = advance()
        var node = GatewayNode(location: location(keyword))
        let open: Token
        do {
            node.name = try parseDefinitionName(for: "gateway")
            open = try consumeOpeningBrace(expected: "'{' after the gateway name")
        } catch {
            node.name = nil
            statements.append(.gateway(node))
            throw error
        }
        let closed = parseBlockLines(open: open, name: "gateway block") { parser in try parser.parseGatewaySetting(&node) }
        statements.append(.gateway(node))
        if closed { try expectStatementEnd() }
    }

    /// One line of a gateway block (only `egress` for now); returns what may follow it.
    private mutating func parseGatewaySetting(_ node: inout GatewayNode) throws -> String {
        let keyword = current
        guard keyword.kind == .word, !keyword.isPoisoned else {
            throw syntaxError("expected a setting (egress), found \(describe(keyword))", at: keyword)
        }
        guard keyword.text == "egress" else {
            error(.unknownSetting, "unknown setting '\(DisplayText.quoted(keyword.text))' in a gateway block", at: location(keyword),
                  notes: didYouMean(keyword.text, among: ["egress"]) + [Parser.help("a gateway block takes egress")])
            throw ParseAbort()
        }
        let first = node.settingLocations["egress"]
        if let first {
            error(.duplicateSetting, "'egress' is already set", at: location(keyword),
                  notes: [DiagnosticNote(.note, "'egress' is first set here", at: first)])
        } else {
            node.settingLocations["egress"] = location(keyword)
        }
        advance()
        let interfaces = try parseInterfaceList()
        if first == nil { node.egress = interfaces }
        return "',' or end of line"
    }
}
