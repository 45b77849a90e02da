import Glibc

/// Finding a program to run.
public enum Executable {
    /// A path as given (it contains a slash), else the first executable file of that name in
    /// PATH and then the sbin and bin directories (root's tools live there, and a test runner's
    /// PATH may lack them).
    public static func find(_ program: String) throws(SystemError) -> String {
        if program.contains("/") { return program }
        let searchPath = getenv("PATH").map { String(cString: $0) } ?? ""
        let directories = searchPath.split(separator: ":").map(String.init)
            + ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]
        for directory in directories where !directory.isEmpty {
            let candidate = "\(directory)/\(program)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        throw SystemError(operation: "find program \(program)", errno: ENOENT)
    }

    /// This process's own executable (`/proc/self/exe`), or nil when it cannot be read.
    public static func current() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension Executable {
    /// Whether `path` is a file this process may execute.
    public static func isRunnable(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    /// The value of environment variable `name`, or nil when it is not set.
    public static func environmentValue(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Replaces this process with `path` (`execv`): on success it does not return. Descriptors
    /// without close-on-exec, such as standard input, output and error, stay open in the new
    /// program.
    public static func replaceProcess(with path: String, arguments: [String]) throws(SystemError) -> Never {
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        execv(path, argv)
        throw SystemError(operation: "run", path: path, errno: errno)
    }
}
