import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceStore

/// The operations on the live firewall that the command line and the drill share: apply,
/// diff, rollback, confirmation, and manual containment. Every kernel change is one transaction on
/// Sluice's own table; every apply is serialized by the state directory's lock and guarded by the
/// ruleset generation, so a concurrent change by anyone else stops it instead of being overwritten.
public final class TableOperations {
    public let table: String
    public let store: SluiceStore
    public let namespace: NetworkNamespace
    /// How long an apply waits for another apply's lock.
    public var lockTimeout: Duration = .seconds(10)
    /// How long an apply (or rollback) keeps planning again when another program commits to
    /// nftables between its plan and its transaction, as nft itself does; then it fails with
    /// `lostRace`. Busy hosts (container runtimes, fail2ban) commit often.
    public var raceRetry: Duration = .seconds(10)
    let cache: AppliedStateCache?

    /// Opens the state directory (creating it 0700) for `table`.
    public convenience init(table: String = Ruleset.defaultTable, stateDirectory: String = SluiceStore.defaultDirectory,
                            namespace: NetworkNamespace = .current) throws(OperationError) {
        let store: SluiceStore
        do {
            store = try SluiceStore(directory: stateDirectory)
        } catch {
            throw .store(error)
        }
        self.init(table: table, store: store, namespace: namespace)
    }

    /// Works on an open store: a process keeps one store, since two connection pools on one
    /// database in one process make each other's writes wait.
    public init(table: String, store: SluiceStore, namespace: NetworkNamespace = .current) {
        self.table = table
        self.namespace = namespace
        self.store = store
        // The picture of the last apply lets the next one skip reading large sets back; it is only
        // a shortcut, so a directory that cannot be made just means no shortcut.
        cache = store.privateAppliedPictures.flatMap { try? AppliedStateCache(directory: $0) }
    }

    /// A connection to netfilter in the operations's namespace.
    func connection() throws(OperationError) -> NetfilterConnection {
        do {
            return try NetfilterConnection(namespace: namespace)
        } catch let error as KernelError {
            throw .kernel(error)
        } catch {
            throw .kernel(.system(operation: "open a netlink socket", errno: EIO))
        }
    }

    /// Runs kernel work, turning its errors into `OperationError`.
    func kernel<T>(_ body: () throws -> T) throws(OperationError) -> T {
        do {
            return try body()
        } catch KernelError.generationChanged {
            throw .lostRace
        } catch let error as KernelError {
            throw .kernel(error)
        } catch let error as OperationError {
            throw error
        } catch {
            throw .kernel(.system(operation: "\(error)", errno: EIO))
        }
    }

    /// Runs store work, turning its errors into `OperationError`.
    func stored<T>(_ body: () throws(StoreError) -> T) throws(OperationError) -> T {
        do {
            return try body()
        } catch {
            throw .store(error)
        }
    }

    /// The hash the history keeps for a version: SHA-256 of the table name and every policy file
    /// (named relative to the root, so the path the policy was given by does not matter). The same
    /// files compile to the same ruleset, so this identifies it without rendering 100,000 elements.
    public static func hash(sources: [SourceFile], table: String) -> String {
        // One buffer and one call, so the digest can come from libcrypto (see `SHA256.hex`).
        let root = sources.first?.path ?? ""
        var bytes = Array("sluice-policy-1\0\(table)\0".utf8)
        bytes.reserveCapacity(sources.reduce(bytes.count) { $0 + $1.text.utf8.count + $1.path.utf8.count + 24 })
        for source in sources {
            bytes += "\(PolicyPaths.relative(source.path, root: root))\0\(source.text.utf8.count)\0".utf8
            bytes += source.text.utf8
        }
        return SHA256.hex(bytes)
    }

    /// The live table (nil when there is none), read from the kernel.
    public func liveRuleset() throws(OperationError) -> Ruleset? {
        let netfilter = try connection()
        return try kernel { try netfilter.readTable(table) }
    }

    /// What applying `target` would change in the kernel.
    public func diffLive(_ target: Ruleset) throws(OperationError) -> RulesetDiff {
        let netfilter = try connection()
        let live = try kernel { try netfilter.readTable(table) }
        var diff = RulesetDiff.compare(live, target)
        if try kernel({ try netfilter.isDormant(table) }) {
            diff.changes.insert(.tableDormant(name: table), at: 0)
        }
        return diff
    }

    /// The applied versions, newest first.
    public func history(limit: Int? = nil) throws(OperationError) -> [AppliedVersion] {
        try stored { () throws(StoreError) in try store.versions(table: table, limit: limit) }
    }

    /// The live version and its compiled policy.
    public func livePolicy() throws(OperationError) -> (AppliedVersion, CompiledPolicy) {
        guard let live = try stored({ () throws(StoreError) in try store.liveVersion(table: table) }) else {
            throw .noLivePolicy(table)
        }
        return (live, try stored { () throws(StoreError) in try store.compiledPolicy(ofVersion: live.id) })
    }
}
