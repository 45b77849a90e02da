import SluiceCompiler
import SluiceLanguage
import SluiceSystem

/// A policy built through the compile cache (`CompileCache.build`): the same compiled policy,
/// diagnostics and sources `PolicyBuild.build` gives, and the compiled policy's stored form.
public struct CachedBuild: Sendable {
    /// The compiled policy, or nil when any error was found.
    public var compiled: CompiledPolicy?
    /// Every error and warning, in source order.
    public var diagnostics: [Diagnostic]
    /// Every file read, the root first.
    public var sources: [SourceFile]
    /// The compiled policy's stored form (`CompiledPolicyCodec.parts(of:)`), being encoded on
    /// another thread from the moment the build ends: an apply records it only after the kernel
    /// has planned, so the encoding overlaps opening the store and planning. Nil without a
    /// compiled policy.
    public let encoding: BackgroundResult<CompiledPolicyParts?>?
    /// The stored form, waiting for the encoding; nil without a compiled policy or when it could
    /// not be encoded.
    public var parts: CompiledPolicyParts? { encoding?.value ?? nil }
    /// Whether the build was taken whole from the cache: nothing was parsed or compiled.
    public var reused: Bool
    /// Of the statements kept in the cache (`group`, `destination`, `service`), how many this
    /// build took from it and how many it parsed; both 0 when it was taken whole.
    public var reusedStatements = 0
    public var parsedStatements = 0

    /// A build made without the cache (when it cannot be opened), with its stored form.
    public init(_ build: PolicyBuild) {
        self.init(compiled: build.compiled, diagnostics: build.diagnostics, sources: build.sources,
                  encoding: Self.encode(build.compiled), reused: false)
    }

    init(compiled: CompiledPolicy?, diagnostics: [Diagnostic], sources: [SourceFile],
         encoding: BackgroundResult<CompiledPolicyParts?>?, reused: Bool) {
        self.compiled = compiled
        self.diagnostics = diagnostics
        self.sources = sources
        self.encoding = encoding
        self.reused = reused
    }

    /// Starts encoding a compiled policy's stored form on another thread.
    static func encode(_ compiled: CompiledPolicy?) -> BackgroundResult<CompiledPolicyParts?>? {
        compiled.map { compiled in BackgroundResult { try? CompiledPolicyCodec.parts(of: compiled) } }
    }

    /// The diagnostics in the documented text form.
    public var renderedDiagnostics: String {
        DiagnosticRenderer.render(diagnostics, sources: sources)
    }
}
