/// Why the metrics file (`--metrics-file`) cannot be used or was not written this time.
public struct MetricsFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path as given.
    public var path: String
    /// What is wrong.
    public var problem: String

    /// Creates an error.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        "--metrics-file \(path): \(problem)"
    }
}
