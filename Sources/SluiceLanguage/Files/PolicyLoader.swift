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
        var expander = IncludeExpander(fileSystem: fileSystem, statementCache: statementCache)
        expander.expand(root: path)
        var diagnostics = expander.diagnostics
        var policy: Policy?
        if !expander.sources.isEmpty {
            let resolution = PolicyResolver.resolve(expander.statements, rootFile: path)
            diagnostics += resolution.diagnostics
            diagnostics += PolicyValidator.validate(resolution, mentionedNames: expander.mentionedNames)
            policy = resolution.policy
            policy?.sources = expander.sources
        }
        diagnostics = diagnostics.inReadingOrder(of: expander.sources)
        return PolicyLoadResult(policy: diagnostics.hasErrors ? nil : policy, diagnostics: diagnostics,
                                sources: expander.sources)
    }
}
