extension Parser {
    mutating func parseAllow() throws {
        let keyword = advance()
        let before = problemCount
        let sources = try parseSourceList()
        guard isWord("to") else {
            throw syntaxError("expected ',' or 'to', found \(describe(current))", at: current)
        }
        advance()
        let targets = try parseTargetList()
        var ports: [Located<PortItem>]?
        if isWord("on") {
            advance()
            ports = try parsePortList()
        }
        var quota: Located<QuotaSpec>?
        if isWord("quota") {
            advance()
            quota = try parseQuotaSpec()
        }
        statements.append(.allow(AllowNode(sources: sources, targets: targets, ports: ports, quota: quota,
                                           location: location(keyword), hasErrors: problemCount > before)))
        let expected = quota != nil ? "end of line"
            : ports != nil ? "',', 'quota' or end of line" : "',', 'on', 'quota' or end of line"
        try expectStatementEnd(expected: expected)
    }

    mutating func parseQuota() throws {
        let keyword = advance()
        let before = problemCount
        let sources = try parseSourceList()
        let spec = try parseQuotaSpec()
        statements.append(.quota(QuotaNode(sources: sources, spec: spec, location: location(keyword),
                                           hasErrors: problemCount > before)))
        try expectStatementEnd()
    }

    mutating func parseExpect() throws {
        let keyword = advance()
        let before = problemCount
        let verdictToken = current
        guard verdictToken.kind == .word, let verdict = Verdict(rawValue: verdictToken.text) else {
            throw syntaxError("expected 'allow' or 'deny' after 'expect', found \(describe(verdictToken))",
                              at: verdictToken,
                              notes: verdictToken.kind == .word ? didYouMean(verdictToken.text, among: ["allow", "deny"]) : [])
        }
        advance()
        var source: Located<FlowSource>?
        let sourceToken = current
        guard sourceToken.kind == .word else {
            throw syntaxError("expected a source address or 'self', found \(describe(sourceToken))", at: sourceToken)
        }
        advance()
        if sourceToken.isPoisoned {
            problemCount += 1
        } else if sourceToken.text == "user", current.kind == .word, current.text != "to" {
            if let item = try parseUserItem() {
                if case .uids(let uids) = item.value, uids.count > 1 {
                    error(.badUser, "an expect line checks one user, not a range", at: item.location)
                } else {
                    source = Located(.user(item.value), location(sourceToken))
                }
            }
        } else if sourceToken.text == Group.selfName {
            source = Located(.machine, location(sourceToken))
        } else if let address = parseSingleAddress(sourceToken, role: "source") {
            source = Located(.address(address), location(sourceToken))
        }
        guard isWord("to") else {
            throw syntaxError("expected 'to', found \(describe(current))", at: current)
        }
        advance()
        let (destination, destinationName) = try parseExpectDestination()
        var port: Located<PortItem>?
        if isWord("on") {
            advance()
            port = try parsePortItem()
            if current.kind == .comma {
                throw syntaxError("an expect line checks one port or service", at: current,
                                  notes: [Parser.help("write one expect line per port")])
            }
        }
        var node = ExpectNode(verdict: verdict, source: source, destination: destination, port: port,
                              location: location(keyword), hasErrors: problemCount > before)
        node.destinationName = destinationName
        statements.append(.expect(node))
        try expectStatementEnd(expected: port == nil ? "'on' or end of line" : "end of line")
    }
}
