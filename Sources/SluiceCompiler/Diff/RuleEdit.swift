/// One line of a chain's rule diff: a rule kept, added or removed.
public struct RuleEdit: Hashable, Sendable {
    /// What happened to the rule.
    public enum Kind: String, Hashable, Sendable {
        case kept = " "
        case added = "+"
        case removed = "-"
    }

    public var kind: Kind
    /// The rule in nft syntax.
    public var text: String

    /// Creates an edit.
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// The edits that turn `old` into `new`: a longest-common-subsequence diff of the lines.
    public static func diff(_ old: [String], _ new: [String]) -> [RuleEdit] {
        let n = old.count, m = new.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [RuleEdit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && old[i] == new[j] {
                edits.append(RuleEdit(.kept, old[i])); i += 1; j += 1
            } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
                edits.append(RuleEdit(.added, new[j])); j += 1
            } else {
                edits.append(RuleEdit(.removed, old[i])); i += 1
            }
        }
        return edits
    }
}
