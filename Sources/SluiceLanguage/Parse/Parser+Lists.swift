extension Parser {
    /// Consumes a list comma. A comma that ends a line before a new statement (or a `}`) is a
    /// mistake: it is reported, and the list ends there so the next statement still parses.
    mutating func consumeComma() -> Bool {
        guard current.kind == .comma else { return false }
        let comma = advance()
        let next = current
        let startsSomethingNew = next.kind == .end || next.kind == .rightBrace
            || (next.kind == .word && next.line > comma.line
                && Keyword.listEnders.contains(next.text))
        if startsSomethingNew {
            error(.syntaxError, "trailing ',' at the end of the list", at: location(comma),
                  notes: [Parser.help("a ',' at the end of a line continues the list on the next line; remove it")])
            listEndedAt = index
            return false
        }
        return true
    }

    /// The name a `policy`, `group`, `destination` or `service` statement defines; nil (after an
    /// error) for a keyword, so that the rest of the statement is still checked.
    mutating func parseDefinitionName(for noun: String) throws -> Located<String>? {
        let token = current
        guard token.kind == .word, !token.isPoisoned else {
            throw syntaxError("expected a name for the \(noun), found \(describe(token))", at: token)
        }
        if Keyword.all.contains(token.text) {
            advance()
            var notes: [DiagnosticNote] = []
            if token.text == Group.selfName {
                notes.append(Parser.help("'self' is the built-in group of host mode; choose another name"))
            } else {
                notes.append(Parser.help("choose another name, such as '\(token.text)s' or '\(token.text)_\(noun)'"))
            }
            error(.keywordAsName, "'\(DisplayText.quoted(token.text))' is a keyword and cannot be used as a name", at: location(token),
                  notes: notes)
            return nil
        }
        guard Keyword.isNameShaped(token.text) else {
            throw syntaxError("expected a name for the \(noun), found '\(DisplayText.quoted(token.text))'", at: token,
                              notes: [Parser.help("names start with a letter or '_' and hold letters, digits, '_' and '-'")])
        }
        advance()
        let length = token.text.utf8.count
        if length > Keyword.maximumNameLength {
            error(.nameTooLong, "name is \(length) characters long; names have at most \(Keyword.maximumNameLength)",
                  at: location(token))
        }
        return Located(token.text, location(token))
    }

    /// A name that refers to a definition (or `self`); nil after a poisoned token.
    /// `notes` are made only for an error: a list of 100,000 names must not build 100,000 notes.
    mutating func parseNameReference(expected: String, notes: @autoclosure () -> [DiagnosticNote] = []) throws -> Located<String>? {
        let token = current
        guard token.kind == .word else {
            throw syntaxError("expected \(expected), found \(describe(token))", at: token)
        }
        if token.isPoisoned {
            dropPoisoned()
            return nil
        }
        if token.text != Group.selfName && Keyword.all.contains(token.text) {
            throw syntaxError("expected \(expected), found keyword '\(DisplayText.quoted(token.text))'", at: token)
        }
        guard Keyword.isNameShaped(token.text) else {
            throw syntaxError("expected \(expected), found '\(DisplayText.quoted(token.text))'", at: token, notes: notes())
        }
        advance()
        return Located(token.text, location(token))
    }

    /// `any`, or group names separated by commas.
    mutating func parseSourceList() throws -> SelectorNode<String> {
        var anyLocation: SourceLocation?
        var items: [Located<String>] = []
        repeat {
            if isWord("any") {
                let token = advance()
                if anyLocation != nil || !items.isEmpty { reportAnyCombined(at: location(token)) }
                anyLocation = anyLocation ?? location(token)
            } else if let name = try parseNameReference(
                expected: "a group name or 'any'",
                notes: [Parser.help("sources are groups; define a group for these addresses")]) {
                if anyLocation != nil { reportAnyCombined(at: name.location) }
                items.append(name)
            }
        } while consumeComma()
        if let anyLocation {
            for item in items { mentionedNames.insert(item.value) }
            return .any(anyLocation)
        }
        return .items(items)
    }

    private mutating func reportAnyCombined(at location: SourceLocation) {
        error(.syntaxError, "'any' already stands for every item and cannot be combined with others", at: location,
              notes: [Parser.help("keep either 'any' or the list")])
    }

    /// `any`, or destination names and literal addresses separated by commas.
    mutating func parseTargetList() throws -> SelectorNode<Target> {
        var anyLocation: SourceLocation?
        var items: [Located<Target>] = []
        repeat {
            let token = current
            guard token.kind == .word else {
                throw syntaxError("expected a destination, an address or 'any', found \(describe(token))", at: token)
            }
            if token.isPoisoned {
                dropPoisoned()
            } else if token.text == "any" {
                advance()
                if anyLocation != nil || !items.isEmpty { reportAnyCombined(at: location(token)) }
                anyLocation = anyLocation ?? location(token)
            } else if Keyword.isNameShaped(token.text) {
                if token.text != Group.selfName && Keyword.all.contains(token.text) {
                    throw syntaxError("expected a destination, an address or 'any', found keyword '\(DisplayText.quoted(token.text))'",
                                      at: token)
                }
                advance()
                if anyLocation != nil { reportAnyCombined(at: location(token)) }
                items.append(Located(.destination(token.text), location(token)))
            } else {
                advance()
                if anyLocation != nil { reportAnyCombined(at: location(token)) }
                if let range = parseAddress(token) { items.append(Located(.address(range), location(token))) }
            }
        } while consumeComma()
        if let anyLocation {
            for case .destination(let name) in items.map(\.value) { mentionedNames.insert(name) }
            return .any(anyLocation)
        }
        return .items(items)
    }

    /// Service names and literal ports separated by commas.
    mutating func parsePortList() throws -> [Located<PortItem>] {
        var items: [Located<PortItem>] = []
        repeat {
            if let item = try parsePortItem() { items.append(item) }
        } while consumeComma()
        return items
    }

    /// One service name or literal port; nil after an error that does not stop the statement.
    mutating func parsePortItem() throws -> Located<PortItem>? {
        let token = current
        guard token.kind == .word else {
            throw syntaxError("expected a service name or a port such as tcp/443, found \(describe(token))", at: token)
        }
        if token.isPoisoned {
            dropPoisoned()
            return nil
        }
        if Transport(rawValue: token.text) != nil || token.text.utf8.contains(UInt8(ascii: "/")) {
            advance()
            return parsePortSpec(token).map { Located(.port($0), location(token)) }
        }
        if Keyword.isNameShaped(token.text) {
            if Keyword.all.contains(token.text) {
                throw syntaxError("expected a service name or a port such as tcp/443, found keyword '\(DisplayText.quoted(token.text))'",
                                  at: token)
            }
            advance()
            return Located(.service(token.text), location(token))
        }
        advance()
        var notes: [DiagnosticNote] = []
        if token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            notes.append(Parser.help("name the protocol: tcp/\(token.text) or udp/\(token.text)"))
        }
        error(.badPort, "expected a service name or a port such as tcp/443, found '\(DisplayText.quoted(token.text))'",
              at: location(token), notes: notes)
        return nil
    }

    /// One item of a `group` or `destination`.
    mutating func parseAddressItem() throws -> AddressRange? {
        let token = current
        guard token.kind == .word else {
            throw syntaxError("expected an address, found \(describe(token))", at: token)
        }
        advance()
        if token.isPoisoned {
            problemCount += 1
            return nil
        }
        return parseAddress(token)
    }

    /// One item of a `service`.
    mutating func parseServiceItem() throws -> PortSpec? {
        let token = current
        guard token.kind == .word else {
            throw syntaxError("expected a port such as tcp/443, found \(describe(token))", at: token)
        }
        advance()
        if token.isPoisoned {
            problemCount += 1
            return nil
        }
        if Transport(rawValue: token.text) != nil || token.text.utf8.contains(UInt8(ascii: "/")) {
            return parsePortSpec(token)
        }
        var notes: [DiagnosticNote] = []
        if token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            notes.append(Parser.help("name the protocol: tcp/\(token.text) or udp/\(token.text)"))
        } else if Keyword.isNameShaped(token.text) {
            notes.append(Parser.help("a service lists protocols and ports; it cannot contain another service"))
        }
        error(.badPort, "expected a port such as tcp/443, found '\(DisplayText.quoted(token.text))'", at: location(token), notes: notes)
        return nil
    }
}
