/// What can go wrong in a benchmark's setup.
public enum BenchError: Error, CustomStringConvertible {
    case failed(String)

    public var description: String {
        switch self {
        case .failed(let what): what
        }
    }
}
