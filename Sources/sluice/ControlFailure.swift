import ArgumentParser
import SluiceControl

/// Turns a `ControlError` into its message and documented exit code.
enum ControlFailure {
    /// Prints the error and returns the exit code to throw.
    static func exit(_ error: ControlError) -> ExitCode {
        Output.err("error: \(error)\n")
        return error.isRefusal ? SluiceExit.refused : SluiceExit.system
    }

    /// Runs `body`, mapping a `ControlError` to its exit code.
    static func run<T>(_ body: () throws(ControlError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw exit(error)
        }
    }
}
