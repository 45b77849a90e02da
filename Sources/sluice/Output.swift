import Foundation

/// Writing to standard output and standard error without buffering surprises.
enum Output {
    /// Writes text to standard output.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text to standard error.
    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether standard output is a terminal (tables and colors only then).
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
