extension Parser {
    /// A quoted DNS name of a `destination` or an `expect` line; nil after reporting a bad one.
    /// `allowPattern` admits `*.suffix`; an `expect` line checks one name.
    mutating func parseDomainItem(allowPattern: Bool) -> Located<DomainPattern>? {
        let token = advance()
        if token.isPoisoned {
            problemCount += 1
            return nil
        }
        switch DomainPattern.check(token.text) {
        case .success(let pattern):
            if pattern.isWildcard && !allowPattern {
                error(.badDNSName, "an expect line checks one name, not a pattern", at: location(token),
                      notes: [Parser.help("write a name the pattern covers, such as \"www.\(pattern.suffix)\"")])
                return nil
            }
            return Located(pattern, location(token))
        case .failure(let problem):
            error(.badDNSName, problem.message, at: location(token), notes: problem.help.map { [Parser.help($0)] } ?? [])
            return nil
        }
    }

    /// The destination of an `expect` line: an address, or a quoted DNS name.
    mutating func parseExpectDestination() throws -> (Located<IPAddress>?, Located<DomainPattern>?) {
        let token = current
        if token.kind == .string { return (nil, parseDomainItem(allowPattern: false)) }
        guard token.kind == .word else {
            throw syntaxError("expected a destination address or a quoted DNS name, found \(describe(token))", at: token)
        }
        advance()
        if token.isPoisoned {
            problemCount += 1
            return (nil, nil)
        }
        return (parseSingleAddress(token, role: "destination").map { Located($0, location(token)) }, nil)
    }

    /// `dns SERVER, ...`, `dns ttl at least D` or `dns addresses per name N`; returns what may
    /// follow, for the end-of-line message. Each form is a setting of its own for duplicates.
    mutating func parseDNSSetting(_ node: inout PolicyNode) throws -> String {
        let keyword = advance()
        if isWord("ttl") {
            let first = isFirstSetting("dns ttl", keyword, &node)
            advance()
            guard isWord("at"), peekWord(1) == "least" else {
                throw syntaxError("expected 'at least' after 'dns ttl', found \(describe(current))", at: current,
                                  notes: [Parser.help("write 'dns ttl at least 60s'")])
            }
            advance()
            advance()
            let floor = try parseDuration(isWindow: false, allowZero: true)
            if let floor, floor.value > DNSSettings.maximumTTLFloor {
                error(.badDNSLimit, "a TTL floor longer than a day keeps addresses a service has moved away from",
                      at: floor.location, notes: [Parser.help("the floor is at most 1d")])
            } else if first, let floor {
                node.dnsTTLFloor = floor
            }
            return "end of line"
        }
        if isWord("addresses") {
            let first = isFirstSetting("dns addresses", keyword, &node)
            advance()
            guard isWord("per"), peekWord(1) == "name" else {
                throw syntaxError("expected 'per name' after 'dns addresses', found \(describe(current))", at: current,
                                  notes: [Parser.help("write 'dns addresses per name 256'")])
            }
            advance()
            advance()
            let token = advance()
            let limit = DNSSettings.maximumAddressesPerName
            guard token.kind == .word, !token.isPoisoned, token.text.utf8.count <= 6,
                  token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let count = Int(token.text),
                  (1...limit).contains(count) else {
                error(.badDNSLimit, "expected a count from 1 to \(limit), found \(describe(token))", at: location(token))
                return "end of line"
            }
            if first { node.dnsAddressesPerName = Located(count, location(token)) }
            return "end of line"
        }
        let first = isFirstSetting("dns", keyword, &node)
        var servers: [Located<IPAddress>] = []
        repeat {
            let token = current
            guard token.kind == .word else {
                throw syntaxError("expected the address of a DNS server, found \(describe(token))", at: token)
            }
            advance()
            if token.isPoisoned {
                problemCount += 1
            } else if let address = parseSingleAddress(token, role: "DNS server", in: "the dns setting") {
                servers.append(Located(address, location(token)))
            }
        } while consumeComma()
        if first { node.dnsServers = servers }
        return "',' or end of line"
    }

    /// The text of the word `offset` tokens ahead, if it is one.
    func peekWord(_ offset: Int) -> String? {
        let i = index + offset
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        return tokens[i].text
    }
}
