import SluiceLanguage

/// The output of a compilation: the compiled policy, or nil when an error was found, plus the
/// warnings and errors raised on the way.
public struct CompileResult: Sendable {
    public var compiled: CompiledPolicy?
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(compiled: CompiledPolicy?, diagnostics: [Diagnostic]) {
        self.compiled = compiled
        self.diagnostics = diagnostics
    }
}
