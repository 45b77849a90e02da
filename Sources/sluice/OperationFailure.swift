import ArgumentParser
import SluiceOperations

/// Turns a `OperationError` into its message and documented exit code.
enum OperationFailure {
    /// Prints the error and returns the exit code to throw.
    static func exit(_ error: OperationError) -> ExitCode {
        Output.err("error: \(error)\n")
        return error.isRefusal ? SluiceExit.refused : SluiceExit.system
    }

    /// Runs `body`, mapping a `OperationError` to its exit code.
    static func run<T>(_ body: () throws(OperationError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw exit(error)
        }
    }
}
