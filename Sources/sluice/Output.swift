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

    /// Writes a value as indented JSON (sorted keys, ISO 8601 dates) to standard output.
    static func json(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        out(String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self) + "\n")
    }

    /// Whether standard output is a terminal (tables and colors only then).
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
