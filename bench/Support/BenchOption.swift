/// Command-line options of the benchmarks.
public enum BenchOption {
    /// The positive number after `name` in the arguments, or `value` when it is absent.
    public static func int(_ name: String, default value: Int) throws -> Int {
        let arguments = CommandLine.arguments
        guard let at = arguments.firstIndex(of: name) else { return value }
        guard at + 1 < arguments.count, let number = Int(arguments[at + 1]), number > 0 else {
            throw BenchError.failed("\(name) needs a positive number")
        }
        return number
    }
}
