import SluiceLanguage

/// The whole front half of Sluice for one policy file: load (parse, resolve, validate), compile,
/// and check the `expect` lines against the compiled ruleset.
public struct PolicyBuild: Sendable {
    /// The validated policy, or nil when the text had errors (the compiler's input; `explain` and
    /// `expect` read its services and expectations).
    public var policy: Policy?
    /// The compiled policy, or nil when any error was found.
    public var compiled: CompiledPolicy?
    /// The compiled policy even when only `expect` lines failed: what `explain` answers from, so
    /// that the flow of a failing expectation can be looked into.
    public var compiledDespiteExpectations: CompiledPolicy?
    /// Every error and warning, in source order.
    public var diagnostics: [Diagnostic]
    /// Every file read, the root first.
    public var sources: [SourceFile]

    /// Loads, compiles and checks the policy at `path` for `table`, resolving the names of `users`
    /// sets in `users` (an unknown one is reported with `unknownUsers`); with a `statementCache`,
    /// statements whose text did not change since an earlier build are not parsed again (the
    /// build is the same either way). With `gateway`, the policy is compiled as that gateway of a
    /// fleet runs it (`Policy.forGateway`: its `gateway NAME { }` block over the policy's settings).
    public static func build(path: String, table: String = Ruleset.defaultTable,
                             fileSystem: any PolicyFileSystem = LocalFileSystem(),
                             statementCache: (any StatementCache)? = nil,
                             users: any UserDirectory = UserTable(), unknownUsers: Severity = .warning,
                             gateway: String? = nil) -> PolicyBuild {
        // The compiler and the expect lines run beside the shadowed-allow check, which only warns.
        let (loaded, built) = PolicyLoader(fileSystem: fileSystem, statementCache: statementCache)
            .load(path: path, alongside: { whole in
                let policy = whole.forGateway(gateway)
                let result = PolicyCompiler(table: table).compile(policy, users: users, unknownUsers: unknownUsers)
                return (result, result.compiled.map { ExpectationChecker.check(policy, $0) } ?? [])
            })
        var diagnostics = loaded.diagnostics
        guard let policy = loaded.policy, let (result, failed) = built else {
            return PolicyBuild(policy: nil, compiled: nil, diagnostics: diagnostics, sources: loaded.sources)
        }
        diagnostics += result.diagnostics
        guard let compiled = result.compiled else {
            return PolicyBuild(policy: policy, compiled: nil, diagnostics: diagnostics, sources: loaded.sources)
        }
        diagnostics += failed
        diagnostics = diagnostics.inReadingOrder(of: loaded.sources)
        var build = PolicyBuild(policy: policy, compiled: failed.hasErrors ? nil : compiled, diagnostics: diagnostics,
                                sources: loaded.sources)
        build.compiledDespiteExpectations = compiled
        return build
    }

    /// The diagnostics in the documented text form.
    public var renderedDiagnostics: String {
        DiagnosticRenderer.render(diagnostics, sources: sources)
    }
}
