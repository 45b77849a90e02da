import SluiceCompiler

/// Building a policy for a command that changes or compares the kernel: errors stop it before the
/// kernel is touched; warnings are shown and it goes on.
enum PolicyInput {
    /// The compiled policy, or exit 1 with the diagnostics.
    static func build(_ path: String, table: String) throws -> PolicyBuild {
        let build = PolicyBuild.build(path: path, table: table)
        if !build.diagnostics.isEmpty { Output.err(build.renderedDiagnostics) }
        guard build.compiled != nil else {
            Output.err("\(path): refused; nothing was applied\n")
            throw SluiceExit.refused
        }
        return build
    }
}
