import Foundation
import GRDB

extension SluiceStore {
    /// For each quota id of a table, the start of the window its kernel counters belong to (set by
    /// the watcher at every rollover): tells a watcher that starts after a boundary which window
    /// to finish first.
    public func windowMarks(table: String) throws(StoreError) -> [String: Int64] {
        let marks = try storedWindowMarks(table: table)
        return marks.isEmpty ? try adoptLegacyWindowMarks(table: table) : marks
    }

    private func storedWindowMarks(table: String) throws(StoreError) -> [String: Int64] {
        try read("read the window marks") { db in
            var marks: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT quota_id, window_start FROM window_mark WHERE table_name = ?",
                                        arguments: [table]) {
                marks[try row.decode(forColumn: "quota_id")] = try row.decode(forColumn: "window_start")
            }
            return marks
        }
    }

    /// Replaces the window marks of a table in one transaction.
    public func recordWindowMarks(table: String, _ marks: [String: Int64]) throws(StoreError) {
        try write("record the window marks") { db in
            try db.execute(sql: "DELETE FROM window_mark WHERE table_name = ?", arguments: [table])
            for (quota, start) in marks.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO window_mark (table_name, quota_id, window_start) VALUES (?, ?, ?)",
                               arguments: [table, quota, start])
            }
        }
    }

    /// Sluice 0.1 kept the marks in `watch-marks-TABLE.json`: moved into the database once.
    private func adoptLegacyWindowMarks(table: String) throws(StoreError) -> [String: Int64] {
        let path = try layout.legacyWindowMarks(table: table)
        guard let data = FileManager.default.contents(atPath: path),
              let marks = try? JSONDecoder().decode([String: Int64].self, from: data) else { return [:] }
        try recordWindowMarks(table: table, marks)
        unlink(path)
        return marks
    }
}
