import SluiceCompiler
import SluiceLanguage

/// The policy a proposal adds to: its files, its root, what it compiles to, and the names it uses.
struct LearningBase {
    let description: String
    let root: String
    let fileSystem: any PolicyFileSystem
    let compiled: CompiledPolicy
    let names: Set<String>
    /// Its `expect deny` lines, which a proposal must keep true.
    let denials: [ExpectedDenial]
}
