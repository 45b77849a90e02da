import Foundation
import SluiceSystem

/// Writing to standard output and standard error. A failed write (a full disk, a closed pipe read
/// by nothing) never traps: it is remembered, the command goes on to leave its state consistent,
/// and `finish()` turns it into a clean error with exit 3 at the end.
enum Output {
    /// Whether a write to standard output failed, and why (errno).
    nonisolated(unsafe) private static var failure: Int32?

    /// Writes text to standard output.
    static func out(_ text: String) {
        if let error = write(text, to: STDOUT_FILENO), failure == nil { failure = error }
    }

    /// Writes text to standard error (a failure there has nowhere to be reported).
    static func err(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Writes a value as indented JSON (sorted keys, ISO 8601 dates) to standard output.
    static func json(_ value: some Encodable) {
        out(jsonText(value))
    }

    /// A value as indented JSON (sorted keys, ISO 8601 dates), with a final newline.
    static func jsonText(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self) + "\n"
    }

    /// Whether standard output is a terminal (tables and colors only then).
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// After a command: exit 3 when its output could not be written, so automation never takes a
    /// lost report for a success.
    static func finish() {
        guard let failure else { return }
        err("error: could not write to standard output: \(String(cString: strerror(failure))) (errno \(failure)); "
            + "the command itself completed\n")
        exit(SluiceExit.system.rawValue)
    }

    /// Writes all of `text` to `fd`, retrying short writes and interruptions; returns the errno of
    /// a failure, or nil.
    private static func write(_ text: String, to fd: Int32) -> Int32? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                switch SystemCall.attempt("write", { Glibc.write(fd, base + offset, buffer.count - offset) }) {
                case .success(let count): offset += count
                case .failure(let error): return error.errno
                }
            }
            return nil
        }
    }
}
