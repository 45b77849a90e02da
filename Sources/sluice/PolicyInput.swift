import SluiceCompiler
import SluiceOperations
import SluiceStore

/// Building a policy for a command that changes or compares the kernel: errors stop it before the
/// kernel is touched; warnings are shown and it goes on.
enum PolicyInput {
    /// The compiled policy, or exit 1 with the diagnostics (exit 2 when `comparing`, as diff(1)
    /// says trouble, so that a refused policy never reads as "different").
    static func build(_ path: String, table: String, comparing: Bool = false) throws -> PolicyBuild {
        // A users set must name accounts this machine has: what the kernel matches is their uids.
        let build = PolicyBuild.build(path: path, table: table, users: SystemUserDirectory(), unknownUsers: .error)
        try report(build.renderedDiagnostics, refused: build.compiled == nil, path: path, comparing: comparing)
        return build
    }

    /// The same, through the state directory's compile cache (`CompileCache`), so that applying
    /// an unchanged policy again parses and compiles nothing; the result and the messages are the
    /// same either way. Without a usable cache directory, the policy is simply built. The cache's
    /// files are written in the background; `Sluice.main` waits for them on every way out.
    static func build(_ path: String, table: String, stateDirectory: String) throws -> CachedBuild {
        let cache = try? CompileCache(layout: StateLayout(directory: stateDirectory))
        let users = SystemUserDirectory()
        let build = cache?.build(path: path, table: table, users: users, unknownUsers: .error)
            ?? CachedBuild(PolicyBuild.build(path: path, table: table, users: users, unknownUsers: .error))
        try report(build.renderedDiagnostics, refused: build.compiled == nil, path: path)
        return build
    }

    private static func report(_ diagnostics: String, refused: Bool, path: String, comparing: Bool = false) throws {
        if !diagnostics.isEmpty { Output.err(diagnostics) }
        guard !refused else {
            Output.err("\(path): refused; nothing was \(comparing ? "compared" : "applied")\n")
            throw comparing ? SluiceExit.trouble : SluiceExit.refused
        }
    }
}
