/// How serious a diagnostic is: errors refuse the policy, warnings do not.
public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
}
