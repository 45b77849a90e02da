/// What can go wrong in a benchmark's setup.
public enum BenchError: Error, CustomStringConvertible {
    case spawn(String, Int32)
    case failed(String)

    public var description: String {
        switch self {
        case .spawn(let program, let code): "could not run \(program): errno \(code)"
        case .failed(let what): what
        }
    }
}
