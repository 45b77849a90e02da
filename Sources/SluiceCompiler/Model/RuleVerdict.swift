/// A verdict statement.
public enum RuleVerdict: Hashable, Sendable, Codable {
    case accept
    case drop
    case jump(String)
    case goto(String)
    case `return`
}
