import SluiceCompiler
import SluiceOperations

/// Building a policy for a command that changes or compares the kernel: errors stop it before the
/// kernel is touched; warnings are shown and it goes on.
enum PolicyInput {
    /// The compiled policy, or exit 1 with the diagnostics.
    static func build(_ path: String, table: String) throws -> PolicyBuild {
        // A users set must name accounts this machine has: what the kernel matches is their uids.
        let build = PolicyBuild.build(path: path, table: table, users: SystemUserDirectory(), unknownUsers: .error)
        if !build.diagnostics.isEmpty { Output.err(build.renderedDiagnostics) }
        guard build.compiled != nil else {
            Output.err("\(path): refused; nothing was applied\n")
            throw SluiceExit.refused
        }
        return build
    }
}
