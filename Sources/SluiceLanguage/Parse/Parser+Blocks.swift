extension Parser {
    /// Consumes the `{` of a block, which may sit on the next line.
    mutating func consumeOpeningBrace(expected: String) throws -> Token {
        var i = index
        while tokens[i].kind == .newline { i += 1 }
        guard tokens[i].kind == .leftBrace else {
            throw syntaxError("expected \(expected), found \(describe(current))", at: current)
        }
        index = i
        return advance()
    }

    /// Parses the lines of a `{ … }` block up to its `}`, one `line` at a time, going on at the
    /// next line after an error; returns whether the block was closed.
    mutating func parseBlockLines(open: Token, name: String, _ line: (inout Parser) throws -> String) -> Bool {
        while true {
            skipSeparators()
            listEndedAt = nil
            if current.kind == .rightBrace {
                advance()
                return true
            }
            if reportUnclosedBlock(current, open: open, name: name) { return false }
            let start = index
            do {
                let expected = try line(&self)
                try expectStatementEnd(inBlock: true, expected: expected)
            } catch {
                if listEndedAt != index { synchronizeInBlock() }
                if index == start && current.kind != .rightBrace { advance() }
                collectMentionedNames(from: start)
            }
        }
    }

    /// Whether a block line is missing its `}`: the file ended, or a top-level statement began.
    /// Reports it; the block then ends without consuming anything.
    mutating func reportUnclosedBlock(_ token: Token, open: Token, name: String) -> Bool {
        guard token.kind == .end || (token.kind == .word && Keyword.statementStarts.contains(token.text)) else {
            return false
        }
        error(.syntaxError, "expected '}' to close the \(name), found \(describe(token))", at: location(token),
              notes: [DiagnosticNote(.note, "the \(name) opens here", at: location(open))])
        return true
    }

    mutating func parsePolicy() throws {
        let keyword = advance()
        var node = PolicyNode(location: location(keyword))
        let open: Token
        do {
            node.name = try parseDefinitionName(for: "policy")
            open = try consumeOpeningBrace(expected: "'{' after the policy name")
        } catch {
            node.isBroken = true
            statements.append(.policy(node))
            throw error
        }
        let closed = parseBlockLines(open: open, name: "policy block") { parser in try parser.parseSetting(&node) }
        statements.append(.policy(node))
        if closed { try expectStatementEnd() }
    }

    /// Records the first occurrence of a setting; reports later ones.
    mutating func isFirstSetting(_ name: String, _ keyword: Token, _ node: inout PolicyNode) -> Bool {
        if let first = node.settingLocations[name] {
            error(.duplicateSetting, "'\(DisplayText.quoted(name))' is already set", at: location(keyword),
                  notes: [DiagnosticNote(.note, "'\(DisplayText.quoted(name))' is first set here", at: first)])
            return false
        }
        node.settingLocations[name] = location(keyword)
        return true
    }

    /// One line of the policy block; returns what may follow it, for the end-of-line message.
    mutating func parseSetting(_ node: inout PolicyNode) throws -> String {
        let keyword = current
        guard keyword.kind == .word, !keyword.isPoisoned else {
            throw syntaxError("expected a setting (mode, egress, management, inside or log), found \(describe(keyword))",
                              at: keyword)
        }
        switch keyword.text {
        case "mode":
            let first = isFirstSetting("mode", keyword, &node)
            advance()
            let value = current
            guard value.kind == .word, !value.isPoisoned, let mode = PolicyMode(rawValue: value.text) else {
                throw syntaxError("expected 'gateway' or 'host' after 'mode', found \(describe(value))", at: value,
                                  notes: value.kind == .word ? didYouMean(value.text, among: ["gateway", "host"]) : [])
            }
            advance()
            if first { node.mode = Located(mode, location(value)) }
            return "end of line"
        case "egress":
            let first = isFirstSetting("egress", keyword, &node)
            advance()
            let interfaces = try parseInterfaceList()
            if first {
                node.egress = interfaces
                node.egressLocation = location(keyword)
            }
            return "',' or end of line"
        case "management":
            let first = isFirstSetting("management", keyword, &node)
            advance()
            let name = try parseNameReference(expected: "a group name")
            if first { node.management = name }
            return "end of line"
        case "inside":
            return try parseInsideSetting(keyword, &node)
        case "log":
            return try parseLogSetting(keyword, &node)
        case "baseline":
            return try parseBaselineSetting(keyword, &node)
        case "dns":
            return try parseDNSSetting(&node)
        default:
            var notes = didYouMean(keyword.text, among: Keyword.settings + Keyword.unreservedSettings)
            notes.append(Parser.help("the policy block takes mode, egress, management, inside, log, baseline and dns"))
            error(.unknownSetting, "unknown setting '\(DisplayText.quoted(keyword.text))'", at: location(keyword), notes: notes)
            throw ParseAbort()
        }
    }

    /// `inside NETWORK, ...`: the networks whose hosts are inside (the list is kept only when read whole).
    private mutating func parseInsideSetting(_ keyword: Token, _ node: inout PolicyNode) throws -> String {
        let first = isFirstSetting("inside", keyword, &node)
        advance()
        let before = problemCount
        // Until the list is read whole: a syntax error abandons it.
        if first { node.insideHasErrors = true }
        var networks: [Located<AddressRange>] = []
        repeat {
            let item = current
            if let range = try parseAddressItem() { networks.append(Located(range, location(item))) }
        } while consumeComma()
        if first {
            node.inside = networks
            node.insideHasErrors = problemCount > before
        }
        return "',' or end of line"
    }

    /// `log denied [RATE]`.
    private mutating func parseLogSetting(_ keyword: Token, _ node: inout PolicyNode) throws -> String {
        let first = isFirstSetting("log", keyword, &node)
        advance()
        var last = try expectWord("denied", after: "log", notes: [Parser.help("write 'log denied' or 'log denied 10/minute'")])
        var rate: RateLimit? = RateLimit.defaultLogRate
        if current.kind == .word {
            last = advance()
            if last.isPoisoned {
                problemCount += 1
                rate = nil
            } else {
                rate = parseRate(last)
            }
        }
        if first, let rate {
            node.logDenied = Located(rate, location(from: keyword, to: last))
        }
        return "end of line"
    }

    /// `baseline learn PERIOD`.
    private mutating func parseBaselineSetting(_ keyword: Token, _ node: inout PolicyNode) throws -> String {
        let first = isFirstSetting("baseline", keyword, &node)
        advance()
        try expectWord("learn", after: "baseline", notes: [Parser.help("write 'baseline learn 14d'")])
        let period = try parseDuration(isWindow: false, isLearnPeriod: true)
        if first, let period { node.baselineLearn = period }
        return "end of line"
    }

    /// `"IF", ...` after `egress` (in the policy block or a gateway block): the valid names.
    mutating func parseInterfaceList() throws -> [Located<String>] {
        var interfaces: [Located<String>] = []
        repeat {
            let token = current
            guard token.kind == .string else {
                var notes: [DiagnosticNote] = []
                if token.kind == .word { notes.append(Parser.help("quote interface names: egress \"\(token.text)\"")) }
                throw syntaxError("expected a quoted interface name, found \(describe(token))", at: token,
                                  notes: notes)
            }
            advance()
            if token.isPoisoned {
                problemCount += 1
            } else if checkInterfaceName(token) {
                interfaces.append(Located(token.text, location(token)))
            }
        } while consumeComma()
        return interfaces
    }

    /// Linux interface names: 1 to 15 bytes, printable ASCII, no '/', ':' or space, not "." or "..";
    /// and no '"', which nft's text cannot hold.
    private mutating func checkInterfaceName(_ token: Token) -> Bool {
        let name = token.text
        let problem: String?
        var notes: [DiagnosticNote] = []
        if name.isEmpty {
            problem = "an interface name cannot be empty"
        } else if name.utf8.count > 15 {
            problem = "interface name '\(DisplayText.quoted(name))' is longer than 15 characters"
        } else if name == "." || name == ".." {
            problem = "'\(DisplayText.quoted(name))' is not an interface name"
        } else if name.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }) {
            problem = "interface wildcards are not supported"
            notes.append(Parser.help("list each interface: egress \"wan0\", \"wan1\""))
        } else if name.utf8.contains(where: { $0 <= 0x20 || $0 >= 0x7F || $0 == UInt8(ascii: "/")
            || $0 == UInt8(ascii: ":") }) {
            problem = "interface name '\(DisplayText.quoted(name))' contains a character Linux does not allow"
        } else if name.utf8.contains(UInt8(ascii: "\"")) {
            // nft's strings have no escape for it: the ruleset text would name another interface.
            problem = "interface name '\(DisplayText.quoted(name))' contains '\"', which nftables cannot write"
        } else {
            problem = nil
        }
        guard let problem else { return true }
        error(.badInterface, problem, at: location(token), notes: notes)
        return false
    }

    mutating func parseExceed() throws {
        let keyword = advance()
        try expectWord("exceed", after: "on")
        let before = problemCount
        let sources = try parseSourceList()
        let open = try consumeOpeningBrace(expected: "',' or '{'")
        var node = ExceedNode(sources: sources, actions: [], location: location(keyword), hasErrors: false)
        var containment: Located<String>?
        var alert: SourceLocation?
        let closed = parseBlockLines(open: open, name: "'on exceed' block") { parser in
            try parser.parseAction(&node, containment: &containment, alert: &alert)
        }
        if closed && node.actions.isEmpty && problemCount == before {
            error(.syntaxError, "an 'on exceed' block needs at least one action", at: location(open),
                  notes: [Parser.help("add block, isolate or alert")])
        }
        node.hasErrors = problemCount > before
        statements.append(.exceed(node))
        if closed { try expectStatementEnd() }
    }

    /// One line of an `on exceed` block; returns what may follow it, for the end-of-line message.
    private mutating func parseAction(_ node: inout ExceedNode, containment: inout Located<String>?,
                                      alert: inout SourceLocation?) throws -> String {
        let keyword = current
        guard keyword.kind == .word, !keyword.isPoisoned else {
            throw syntaxError("expected an action (block, isolate or alert), found \(describe(keyword))", at: keyword)
        }
        switch keyword.text {
        case "block", "isolate":
            advance()
            var seconds: UInt64?
            if isWord("for") {
                advance()
                seconds = try parseDuration(isWindow: false)?.value
            }
            if let previous = containment {
                let message = previous.value == keyword.text
                    ? "'\(DisplayText.quoted(keyword.text))' is already given in this block"
                    : "'\(DisplayText.quoted(keyword.text))' and '\(previous.value)' both contain the host; keep one"
                error(.duplicateAction, message, at: location(keyword),
                      notes: [DiagnosticNote(.note, "'\(previous.value)' is given here", at: previous.location)])
            } else {
                containment = Located(keyword.text, location(keyword))
                let action: ExceedAction = keyword.text == "block" ? .block(seconds: seconds) : .isolate(seconds: seconds)
                node.actions.append(Located(action, location(keyword)))
            }
            return seconds == nil ? "'for' or end of line" : "end of line"
        case "alert":
            advance()
            let sinks = try parseAlertSinks()
            if let first = alert {
                error(.duplicateAction, "'alert' is already given in this block", at: location(keyword),
                      notes: [DiagnosticNote(.note, "'alert' is given here", at: first),
                              Parser.help("list every sink on one line: alert log, exec \"/path\"")])
            } else {
                alert = location(keyword)
                node.actions.append(Located(.alert(sinks), location(keyword)))
            }
            return "',' or end of line"
        default:
            var notes = didYouMean(keyword.text, among: Keyword.actions)
            notes.append(Parser.help("an 'on exceed' block takes block, isolate and alert"))
            error(.unknownAction, "unknown action '\(DisplayText.quoted(keyword.text))'", at: location(keyword), notes: notes)
            throw ParseAbort()
        }
    }

    /// `log, exec "PATH", ...` after `alert`: the valid sinks, each once (a repeat is reported).
    private mutating func parseAlertSinks() throws -> [AlertSink] {
        var sinks: [AlertSink] = []
        // Where each sink is first listed; a dictionary, so a long list stays linear.
        var listed: [AlertSink: SourceLocation] = [:]
        repeat {
            let token = current
            guard token.kind == .word, !token.isPoisoned, token.text == "log" || token.text == "exec" else {
                throw syntaxError("expected 'log' or 'exec \"PATH\"', found \(describe(token))", at: token,
                                  notes: token.kind == .word ? didYouMean(token.text, among: ["log", "exec"]) : [])
            }
            advance()
            let sink: AlertSink?
            if token.text == "log" { sink = .log } else { sink = try parseExecSink() }
            guard let sink else { continue }
            if let first = listed[sink] {
                error(.duplicateAction, "this alert sink is already listed", at: location(from: token, to: previous),
                      notes: [DiagnosticNote(.note, "first listed here", at: first)])
            } else {
                listed[sink] = location(from: token, to: previous)
                sinks.append(sink)
            }
        } while consumeComma()
        return sinks
    }

    /// The quoted program after `exec`, or nil when it is poisoned or refused (reported).
    private mutating func parseExecSink() throws -> AlertSink? {
        let path = current
        guard path.kind == .string else {
            var notes: [DiagnosticNote] = []
            if path.kind == .word { notes.append(Parser.help("quote the path: exec \"\(path.text)\"")) }
            throw syntaxError("expected a quoted program path after 'exec', found \(describe(path))",
                              at: path, notes: notes)
        }
        advance()
        if path.isPoisoned {
            problemCount += 1
            return nil
        }
        return checkExecPath(path) ? .exec(path: path.text) : nil
    }

    /// The watcher runs the program directly: see `ExecPathRule`.
    private mutating func checkExecPath(_ token: Token) -> Bool {
        guard let problem = ExecPathRule.problem(token.text) else { return true }
        error(.badExecPath, problem.message, at: location(token), notes: problem.notes)
        return false
    }
}
