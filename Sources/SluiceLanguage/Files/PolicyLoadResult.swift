/// The outcome of loading a policy: the validated policy (unless there are errors), every
/// diagnostic, and the text of every file read.
public struct PolicyLoadResult: Sendable {
    /// The validated policy; nil exactly when `diagnostics` contain an error.
    public var policy: Policy?
    /// Errors and warnings, in reading order of files, then line, then column.
    public var diagnostics: [Diagnostic]
    /// Every file read, the root first, also when there are errors.
    public var sources: [SourceFile]

    /// Creates a load result.
    public init(policy: Policy?, diagnostics: [Diagnostic], sources: [SourceFile]) {
        self.policy = policy
        self.diagnostics = diagnostics
        self.sources = sources
    }
}
