import Foundation
import Glibc
import SluiceCompiler
import SluiceLanguage

extension TableOperations {
    /// Applies a version a fleet published (docs/fleet.md): its files are compiled here, for
    /// `gateway` (its `gateway NAME` block) and this machine's users, checked (diagnostics and
    /// `expect` lines), and applied through `apply` with history, like `sluice apply`. Refused
    /// (`fleetVersionRefused`) with nothing changed when the files do not compile here or an
    /// egress interface the version names does not exist on this machine: an egress set that
    /// matches no interface would leave the gateway's traffic outside the policy.
    ///
    /// Nobody is there to "run it again": a lost generation race (another program, or this
    /// watcher's own runtime writes, committed meanwhile) or a busy lock is tried again for up to
    /// `retryFor`, as the confirmation timer does, before the version counts as refused.
    ///
    /// With `hash`, the files must be the ones the version was published with (the hash that
    /// `policy/live`, `history --cluster` and `status --cluster` show): any etcd client can write a
    /// version, and files that do not match are refused, as a local rollback refuses them.
    public func applyPublished(sources: [SourceFile], gateway: String?, message: String, hash: String? = nil,
                               retryFor: Duration = .seconds(30),
                               interfaceExists: (String) -> Bool = { if_nametoindex($0) != 0 }) throws(OperationError) -> ApplyReport {
        guard let root = sources.first else { throw .fleetVersionRefused("the version holds no policy file") }
        if let hash, Self.hash(sources: sources, table: table) != hash {
            throw .fleetVersionRefused("its files do not match the hash it was published with (\(hash.prefix(12)))")
        }
        let files = InMemoryFileSystem(Dictionary(sources.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first }))
        let build = PolicyBuild.build(path: root.path, table: table, fileSystem: files, users: SystemUserDirectory(),
                                      unknownUsers: .error, gateway: gateway)
        guard let compiled = build.compiled else {
            let errors = build.diagnostics.filter { $0.severity == .error }
            throw .fleetVersionRefused("it does not compile here: " + DiagnosticRenderer.render(errors, sources: build.sources))
        }
        let missing = compiled.egressInterfaces.filter { !interfaceExists($0) }
        guard missing.isEmpty else {
            throw .fleetVersionRefused("egress interface \(missing.map { "\"\($0)\"" }.joined(separator: ", ")) "
                                       + "does not exist on this gateway")
        }
        return try Self.retryingTransient(for: retryFor) { () throws(OperationError) in
            try apply(compiled, sources: build.sources, message: message)
        }
    }
}
