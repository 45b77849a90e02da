extension Parser {
    /// One item of a `users` list: a user name, a uid, or a uid range `LOW-HIGH`; nil (after an
    /// error) for anything else, so the rest of the list is still checked.
    mutating func parseUserItem() throws -> UserItem? {
        let token = current
        guard token.kind == .word else {
            throw syntaxError("expected a user name, uid or uid range, found \(describe(token))", at: token)
        }
        advance()
        if token.isPoisoned {
            problemCount += 1
            return nil
        }
        let here = location(token)
        let text = token.text
        if let first = text.utf8.first, first >= 0x30 && first <= 0x39 {
            let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            let bounds = parts.map { Self.uid($0) }
            guard bounds.allSatisfy({ $0 != nil }), let lower = bounds.first ?? nil, let upper = bounds.last ?? nil else {
                error(.badUser, "'\(DisplayText.quoted(text))' is not a uid or uid range", at: here,
                      notes: [Parser.help("a uid is a number from 0 to \(UserItem.maximumUID); a range is LOW-HIGH, such as 10000-59999")])
                return nil
            }
            guard lower <= upper else {
                error(.badUser, "the uid range '\(DisplayText.quoted(text))' ends before it starts", at: here,
                      notes: [Parser.help("write the lower uid first: \(upper)-\(lower)")])
                return nil
            }
            return UserItem(.uids(lower...upper), location: here)
        }
        guard Self.isUserName(text) else {
            error(.badUser, "'\(DisplayText.quoted(text))' is not a user name", at: here,
                  notes: [Parser.help("user names start with a letter or '_', hold letters, digits, '_', '-' and '.', and have at most \(UserItem.maximumNameLength) characters")])
            return nil
        }
        return UserItem(.name(text), location: here)
    }

    /// A decimal uid in range; nil for anything else.
    private static func uid(_ text: Substring) -> UInt32? {
        guard !text.isEmpty, text.utf8.count <= 10, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let value = UInt64(text), value <= UInt64(UserItem.maximumUID) else { return nil }
        return UInt32(value)
    }

    /// Whether `text` is a user name as `useradd` accepts one (portable form, plus `.`).
    static func isUserName(_ text: String) -> Bool {
        guard let first = text.utf8.first, text.utf8.count <= UserItem.maximumNameLength else { return false }
        let letter = { (b: UInt8) in (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F }
        guard letter(first) else { return false }
        return text.utf8.allSatisfy { b in letter(b) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E }
    }
}
