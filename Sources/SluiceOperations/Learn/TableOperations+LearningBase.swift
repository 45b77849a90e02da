import SluiceCompiler
import SluiceLanguage
import SluiceStore

extension TableOperations {
    /// The policy at `path` (on disk), or the live version's files as they were applied; refused
    /// when it does not compile.
    func learningBase(_ path: String?) throws(OperationError) -> LearningBase {
        let root: String, fileSystem: any PolicyFileSystem, description: String
        if let path {
            (root, fileSystem, description) = (path, LocalFileSystem(), path)
        } else {
            let (live, _) = try livePolicy()
            let sources = try stored { () throws(StoreError) in try store.versionSources(id: live.id) }
            guard let first = sources.first else { throw .noLivePolicy(table) }
            let files = Dictionary(sources.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
            (root, fileSystem, description) = (first.path, InMemoryFileSystem(files), "the live policy (version \(live.id))")
        }
        let build = PolicyBuild.build(path: root, table: table, fileSystem: fileSystem)
        guard let compiled = build.compiled, let policy = build.policy else { throw .baseRejected(build.renderedDiagnostics) }
        let names = Set(policy.groups.map(\.name) + policy.destinations.map(\.name) + policy.services.map(\.name))
        return LearningBase(description: description, root: root, fileSystem: fileSystem, compiled: compiled, names: names,
                            denials: ExpectedDenial.all(in: policy, compiled: compiled))
    }
}
