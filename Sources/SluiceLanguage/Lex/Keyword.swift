/// The reserved words of the language; none of them can name a group, destination or service.
public enum Keyword {
    /// Words that start a top-level statement.
    static let statements: [String] = [
        "policy", "include", "group", "destination", "service", "allow", "quota", "on", "expect", "gateway",
    ]

    /// Statements added after v1, recognized where a statement may start and not reserved, so
    /// that policies naming a group `audit` stay valid. (Not list enders either: after a
    /// line-ending comma, `audit` may be the next group of the list.)
    static let unreservedStatements: [String] = ["audit"]

    /// Every word that can start a top-level statement, reserved or not.
    static let statementStarts: [String] = statements + unreservedStatements

    /// Words that start a setting inside `policy { }`.
    static let settings: [String] = ["mode", "egress", "management", "log"]

    /// Settings added after v1, recognized only where a setting may stand and not reserved, so
    /// that policies naming a group `inside` stay valid.
    static let unreservedSettings: [String] = ["inside", "baseline", "dns"]

    /// Words that start an action inside `on exceed { }`.
    static let actions: [String] = ["block", "isolate", "alert"]

    /// Words that begin a statement, a setting or an action: after a line-ending comma they mean
    /// the list ended by mistake. A set, since every line of a long address list asks.
    static let listEnders: Set<String> = Set(statements + settings + actions)

    /// Every reserved word.
    static let all: Set<String> = Set(statements + settings + actions + [
        "host", "denied", "second", "minute", "hour", "day", "week",
        "to", "per", "total", "exceed", "for", "exec", "deny", "any", "self",
        "tcp", "udp", "icmp", "icmpv6",
    ])

    /// Whether `text` can be a name in a policy: name-shaped, at most 64 characters, not a keyword
    /// (for names given outside a policy that one must be able to write, such as a gateway's).
    public static func canName(_ text: String) -> Bool {
        text.utf8.count <= 64 && isNameShaped(text) && !all.contains(text)
    }

    /// Whether `text` has the shape of a name: `[A-Za-z_][A-Za-z0-9_-]*` (length is checked elsewhere).
    static func isNameShaped(_ text: String) -> Bool {
        var first = true
        for b in text.utf8 {
            let letter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
            let digitOrDash = (b >= 0x30 && b <= 0x39) || b == 0x2D
            if first {
                guard letter else { return false }
                first = false
            } else if !(letter || digitOrDash) {
                return false
            }
        }
        return !first
    }

    /// The longest a name may be.
    static let maximumNameLength = 64
}
