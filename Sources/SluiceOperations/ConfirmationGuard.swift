import Foundation
import Logging
import ServiceLifecycle
import SluiceStore

/// Runs beside the watcher and enforces an apply's confirmation deadline when the detached timer
/// is gone (killed, or the machine rebooted): the previous version comes back within a second of
/// the deadline, whichever of the timer, the watcher and the next `sluice` command notices first.
public struct ConfirmationGuard: Service {
    let table: String
    let store: SluiceStore
    let interval: Duration
    let logger: Logger

    /// Creates a guard for a table over the watcher's own store, checking every `interval`.
    public init(table: String, store: SluiceStore, interval: Duration = .seconds(1), logger: Logger) {
        self.table = table
        self.store = store
        self.interval = interval
        self.logger = logger
    }

    /// Checks until the service group shuts down.
    public func run() async throws {
        let operations = TableOperations(table: table, store: store)
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                if let expired = try operations.enforceConfirmationDeadline(retryFor: .seconds(5)) {
                    logger.warning("an apply was not confirmed by its deadline; restored the version before it", metadata: [
                        "version": "\(expired.pending.versionID)",
                        "restored": "\(expired.pending.rollbackTo.map(String.init) ?? "no table")"])
                }
            } catch {
                logger.error("could not enforce a confirmation deadline", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: interval, tolerance: .milliseconds(100))
        }
    }
}
