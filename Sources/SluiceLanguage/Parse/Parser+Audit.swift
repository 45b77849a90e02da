extension Parser {
    /// `audit SOURCES`: groups (or `any`) whose egress the policy would deny is allowed and
    /// recorded instead, and whose quotas count without ever stopping traffic.
    mutating func parseAudit() throws {
        let keyword = advance()
        let before = problemCount
        let sources = try parseSourceList()
        statements.append(.audit(AuditNode(sources: sources, location: location(keyword),
                                           hasErrors: problemCount > before)))
        try expectStatementEnd(expected: "',' or end of line")
    }
}
