/// What happens to a flow: admitted or dropped.
public enum Verdict: String, Hashable, Sendable, Codable {
    case allow
    case deny
}
