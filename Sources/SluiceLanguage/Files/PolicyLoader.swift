/// The policy front end: reads a policy and its includes, parses, resolves names and validates.
///
/// It never throws for a user's mistake: every problem of a run comes back as a diagnostic,
/// together, in a deterministic order.
public struct PolicyLoader {
    private let fileSystem: any PolicyFileSystem
    private let statementCache: (any StatementCache)?

    /// Creates a loader that reads files from `fileSystem`; with a `statementCache`, statements
    /// whose text did not change since an earlier load are not parsed again (the result is the
    /// same either way).
    public init(fileSystem: any PolicyFileSystem = LocalFileSystem(), statementCache: (any StatementCache)? = nil) {
        self.fileSystem = fileSystem
        self.statementCache = statementCache
    }

    /// Loads the policy whose root file is `path` (shown in diagnostics as given).
    public func load(path: String) -> PolicyLoadResult {
        load(path: path, whenValid: nil)
    }

    /// Loads like `load(path:)`, and runs `work` on the policy on another thread while the last,
    /// warning-only check of validation runs here; `work`'s result comes back only when the
    /// policy loaded without errors. The result of the load is the same as `load(path:)`'s.
    public func load<Work: Sendable>(path: String, alongside work: @escaping @Sendable (Policy) -> Work)
        -> (result: PolicyLoadResult, work: Work?) {
        var running: BackgroundWork<Work>?
        let result = load(path: path, whenValid: { policy in running = BackgroundWork { work(policy) } })
        let done = running?.wait()
        return (result, result.policy == nil ? nil : done)
    }

    /// The load, calling `whenValid` with the policy as soon as every check that can find an
    /// error has passed.
    private func load(path: String, whenValid: ((Policy) -> Void)?) -> PolicyLoadResult {
        var expander = IncludeExpander(fileSystem: fileSystem, statementCache: statementCache)
        expander.expand(root: path)
        var diagnostics = expander.diagnostics
        var policy: Policy?
        if !expander.sources.isEmpty {
            let resolution = PolicyResolver.resolve(expander.statements, rootFile: path)
            diagnostics += resolution.diagnostics
            let validation = PolicyValidator.validateDeferringShadows(resolution, mentionedNames: expander.mentionedNames)
            policy = resolution.policy
            policy?.sources = expander.sources
            if let whenValid, let policy, !diagnostics.hasErrors, !validation.hasErrors { whenValid(policy) }
            diagnostics += validation.completed()
        }
        diagnostics = diagnostics.inReadingOrder(of: expander.sources)
        return PolicyLoadResult(policy: diagnostics.hasErrors ? nil : policy, diagnostics: diagnostics,
                                sources: expander.sources)
    }
}
