/// Why the drill could not run (as opposed to a pattern getting through, which the report says).
public enum DrillError: Error, CustomStringConvertible {
    case sluiceFailed(String, String)

    public var description: String {
        switch self {
        case .sluiceFailed(let command, let output): "\(command) failed:\n\(output)"
        }
    }
}
