import SluiceCompiler
import SluiceLanguage

/// NEWRULE messages and rule dumps.
enum RuleMessages {
    /// A rule read from the kernel: its chain, expressions and comment.
    struct Dumped {
        var chain: String
        var expressions: [KernelExpression]
        var comment: String?
    }

    /// Appends `add rule` (appended at the end of the chain, as `nft -f` appends), with the
    /// comment in the rule's user data as nft keeps it. `setIDs` name sets made in this batch.
    static func add(_ rule: Rule, expressions: [KernelExpression], chain: String, table: String,
                    family: UInt8 = NFT.familyINet, setIDs: [String: UInt32], to batch: inout KernelBatch) throws {
        var entry = BatchEntry("add rule", .init(.rule, rule.origin?.fileLine ?? rule.comment ?? chain),
                               chain: chain, origin: rule.origin)
        if rule.origin == nil { entry.origin = origin(of: rule.comment) }
        var userData: [UInt8]?
        if let comment = rule.comment {
            var u = UserData()
            guard comment.utf8.count < 128, u.putString(UserData.ruleComment, comment) else {
                throw KernelError.unsupported("rule comment longer than 127 bytes in chain \(chain): \(comment)")
            }
            userData = u.bytes
        }
        batch.message(NFT.newRule, flags: NetlinkConstants.flagCreate | NetlinkConstants.flagAppend, family: family, entry: entry) { w in
            w.putString(NFT.ruleTable, table)
            w.putString(NFT.ruleChain, chain)
            let list = w.beginNest(NFT.ruleExpressions)
            for e in expressions { e.encode(into: &w, setIDs: setIDs) }
            w.endNest(list)
            if let userData { w.put(NFT.ruleUserdata, userData) }
        }
    }

    /// A dumped rule of `table`.
    static func decode(_ message: NetlinkMessage, table: String) -> Dumped? {
        let t = message.attributes.table(max: 12)
        guard t[Int(NFT.ruleTable)]?.string == table, let chain = t[Int(NFT.ruleChain)]?.string else { return nil }
        var expressions: [KernelExpression] = []
        if let list = t[Int(NFT.ruleExpressions)] {
            for element in list.nested { expressions.append(KernelExpression.decode(element)) }
        }
        let comment = t[Int(NFT.ruleUserdata)].flatMap { UserData($0.value).string(UserData.ruleComment) }
        return Dumped(chain: chain, expressions: expressions, comment: comment)
    }

    /// The policy location a `FILE:LINE` comment names (column 1: the kernel keeps no column).
    static func origin(of comment: String?) -> SourceLocation? {
        guard let comment, let colon = comment.lastIndex(of: ":"), colon != comment.startIndex,
              let line = Int(comment[comment.index(after: colon)...]), line > 0 else { return nil }
        return SourceLocation(file: String(comment[..<colon]), line: line, column: 1)
    }
}

extension RuleMessages {
    /// The rule a dump stands for: its statements, or an undecodable stand-in.
    static func rule(from dumped: Dumped, family: AddressFamily? = nil) -> Rule {
        guard let statements = RuleDelinearizer.statements(dumped.expressions, family: family) else {
            var stand = Rule.undecodable(RuleDelinearizer.summary(dumped.expressions))
            if let comment = dumped.comment { stand.comment = (stand.comment ?? "") + " comment \(comment)" }
            return stand
        }
        return Rule(statements, origin: origin(of: dumped.comment), comment: dumped.comment)
    }
}
