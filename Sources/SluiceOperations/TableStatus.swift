import SluiceCompiler
import SluiceStore
import SluiceWatch

/// What `sluice status` shows: the live version and the usage and containment it has.
public struct TableStatus: Sendable {
    /// The live version.
    public var version: AppliedVersion
    /// Its compiled policy.
    public var compiled: CompiledPolicy
    /// Usage per quota and host, and contained hosts.
    public var watch: WatchStatus
}
