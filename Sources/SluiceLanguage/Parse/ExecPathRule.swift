/// What an `alert exec` path must look like. The watcher runs it directly with execve: one
/// program, no arguments, no shell, no search path. A path that cannot name an executable file
/// (`"/"`, `"/bin/sh -c id"`, a path the kernel would refuse as too long) is refused by `check`
/// rather than discovered when a host exceeds its quota and nobody is alerted.
enum ExecPathRule {
    /// Why `path` cannot be an exec program, as a message and notes; nil when it can.
    static func problem(_ path: String) -> (message: String, notes: [DiagnosticNote])? {
        let shown = "'\(DisplayText.quoted(path))'"
        let wrapper = DiagnosticNote(.help, "the watcher runs one program with no arguments and no shell; "
                                     + "to run a command, put it in a script and give the script's path")
        if path.isEmpty { return ("the program path is empty", [wrapper]) }
        if path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" }) {
            return ("the program path \(shown) contains a control character", [])
        }
        if path.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            return ("the program path \(shown) contains a space: exec takes a program, not a command line",
                    [wrapper])
        }
        guard path.hasPrefix("/") else {
            return ("the program path \(shown) is not absolute",
                    [DiagnosticNote(.help, "the watcher runs the program directly, without a shell or search path; write its full path")])
        }
        let length = path.utf8.count
        if length > PolicyLimits.execPathBytes {
            return ("the program path is \(length) bytes long; Linux takes at most \(PolicyLimits.execPathBytes)", [])
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        if let long = components.first(where: { $0.utf8.count > PolicyLimits.fileNameBytes }) {
            return ("a name in the program path is \(long.utf8.count) bytes long; Linux takes at most \(PolicyLimits.fileNameBytes)", [])
        }
        if path.hasSuffix("/") || components.last == "." || components.last == ".." {
            return ("the program path \(shown) names a directory, not a program",
                    [DiagnosticNote(.help, "end the path with the program's file name")])
        }
        return nil
    }
}
