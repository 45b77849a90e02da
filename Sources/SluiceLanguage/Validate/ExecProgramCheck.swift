/// Whether the `alert exec` programs of a policy can run on this machine. `check` only knows that
/// a path is well formed (the policy may be checked elsewhere); `apply` and the watcher ask the
/// machine, and warn, so that a missing pager is found before a host exceeds its quota.
public enum ExecProgramCheck {
    /// One warning per distinct program that is missing, not a regular file, or not executable,
    /// located at the first `on exceed` that names it.
    public static func warnings(for policy: Policy, fileSystem: some ProgramFileSystem = LocalFileSystem()) -> [Diagnostic] {
        warnings(forRules: policy.exceedRules.map { ($0.actions, $0.location) }, fileSystem: fileSystem)
    }

    /// The same, for `on exceed` rules given as their actions and locations (the watcher has them
    /// from the compiled policy, not the policy text).
    public static func warnings(forRules rules: [(actions: [ExceedAction], location: SourceLocation)],
                                fileSystem: some ProgramFileSystem = LocalFileSystem()) -> [Diagnostic] {
        var seen: Set<String> = []
        var out: [Diagnostic] = []
        for rule in rules {
            for case .alert(let sinks) in rule.actions {
                for case .exec(let path) in sinks where seen.insert(path).inserted {
                    let problem: String
                    switch fileSystem.programStatus(path) {
                    case .executable: continue
                    case .missing: problem = "does not exist"
                    case .notRegularFile: problem = "is not a regular file"
                    case .notExecutable: problem = "is not executable"
                    }
                    out.append(.warning(
                        .execProgramUnusable, "the alert program '\(path)' \(problem)", at: rule.location,
                        notes: [DiagnosticNote(.note, "a host that exceeds its quota is still contained, but this alert cannot run"),
                                DiagnosticNote(.help, "install the program, or make it executable (chmod +x)")]))
                }
            }
        }
        return out
    }
}
