/// A usage export that was refused whole: every problem, `FILE:LINE: message`.
public struct HourlyUsageCSVError: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [String]

    /// Creates the error.
    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String { problems.joined(separator: "\n") }
}
