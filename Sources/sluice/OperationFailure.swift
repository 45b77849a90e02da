import ArgumentParser
import SluiceCompiler
import SluiceOperations

/// Turns a failure into its message and documented exit code: 1 when Sluice refused the request,
/// 3 for a kernel or system error. With `--json` the error is also printed on standard output as
/// `{"error": {"message": ..., "exit": N}}`, so a script that asked for JSON always gets JSON.
enum OperationFailure {
    /// Prints the error and returns the exit code to throw.
    static func exit(_ error: OperationError, json: Bool = false) -> ExitCode {
        report(message: "\(error)", code: error.isRefusal ? SluiceExit.refused : SluiceExit.system, json: json)
    }

    /// Prints a failure and returns its exit code.
    static func report(message: String, code: ExitCode, json: Bool) -> ExitCode {
        Output.err("error: \(message)\n")
        if json {
            Output.out(JSONValue.object([("error", .object([("message", .string(message)),
                                                            ("exit", .int(Int64(code.rawValue)))]))]).pretty() + "\n")
        }
        return code
    }

    /// Runs `body`, mapping an `OperationError` to its exit code.
    static func run<T>(json: Bool = false, _ body: () throws(OperationError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw exit(error, json: json)
        }
    }
}
