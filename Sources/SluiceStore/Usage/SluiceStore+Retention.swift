import Foundation
import GRDB

extension SluiceStore {
    /// Deletes incidents recorded, and containments that ended (released or expired), more than
    /// `retention` before `time`, in one table or all; returns how many rows went. Standing
    /// containments are never deleted.
    @discardableResult
    public func pruneHistory(olderThan retention: Duration, at time: Date = Date(),
                             table: String? = nil) throws(StoreError) -> Int {
        let operation = "prune history"
        guard retention >= .zero else {
            throw StoreError(operation: operation, path: databasePath,
                             reason: .invalidArgument("negative retention \(retention)"))
        }
        let (seconds, attoseconds) = retention.components
        let cutoff = StoreTime.milliseconds(time) - seconds * 1000 - attoseconds / 1_000_000_000_000_000
        return try write(operation) { db in
            try db.execute(sql: "DELETE FROM incident WHERE (? IS NULL OR table_name = ?) AND time_ms <= ?",
                           arguments: [table, table, cutoff])
            var deleted = db.changesCount
            try db.execute(sql: """
                DELETE FROM containment
                WHERE (? IS NULL OR table_name = ?)
                  AND (released_ms <= ? OR (released_ms IS NULL AND expires_ms <= ?))
                """, arguments: [table, table, cutoff, cutoff])
            deleted += db.changesCount
            return deleted
        }
    }
}
