import Logging
import SluiceFleet
import SluiceOperations
import SluiceStore

/// What `sluice watch --cluster` does with a version its fleet publishes: applies it on this
/// gateway as `sluice apply` would (compiled here for this gateway's name, with history), through
/// the watcher's own store; the watcher then follows the new live version as after any apply.
struct FleetPolicyApplier: Sendable {
    let table: String
    let gateway: String
    let store: SluiceStore

    /// Applies a version; a refusal (or a failure) leaves the ruleset that runs in place.
    func apply(_ version: PublishedPolicy) -> PolicyOutcome {
        let operations = TableOperations(table: table, store: store)
        do {
            _ = try operations.applyPublished(sources: version.sources, gateway: gateway,
                                              message: "fleet version \(version.sequence): \(version.message)",
                                              hash: version.hash)
            return .applied
        } catch {
            return .refused("\(error)")
        }
    }

    /// The hash of the version this gateway runs, nil when none (or the store cannot say).
    func running() -> String? {
        (try? store.liveVersion(table: table))??.hash
    }

    /// A follower of the fleet's live version for this gateway, through the watcher's store (one
    /// store per process). A gateway with nothing applied yet applies the fleet's version first,
    /// so that its watcher can start.
    func follower(_ settings: ClusterSettings) throws -> PolicyFollower {
        let follower = PolicyFollower(store: EtcdClusterStore(client: try settings.client()), table: table, gateway: gateway,
                                      logger: Logger(label: "sluice.fleet"), apply: apply, running: running)
        if (try store.liveVersion(table: table)) == nil { follower.takeLiveOnce() }
        return follower
    }

    /// Starts following (exit 3 when the thread cannot start).
    static func start(_ follower: PolicyFollower?) throws {
        do {
            try follower?.start()
        } catch {
            Output.err("error: could not follow the fleet's policy: \(error)\n")
            throw SluiceExit.system
        }
    }
}
