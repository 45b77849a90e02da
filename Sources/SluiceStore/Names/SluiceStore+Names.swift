import Foundation
import GRDB

extension SluiceStore {
    /// Records learned elements in one transaction, keeping the later expiry of an element
    /// already stored, and deletes the table's elements that expired by `time`.
    public func recordLearnedNames(table: String, _ records: [LearnedNameRecord], at time: Date) throws(StoreError) {
        try write("record learned names") { db in
            let upsert = try PreparedStatement(db, """
                INSERT INTO learned_name (table_name, destination, name, address, expires_ms) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (table_name, destination, name, address) DO UPDATE SET expires_ms = max(expires_ms, excluded.expires_ms)
                """)
            for r in records {
                try upsert.run([.text(table), .text(r.destination), .text(r.name), .text(r.address),
                                .int(StoreTime.milliseconds(r.expires))])
            }
            try db.execute(sql: "DELETE FROM learned_name WHERE table_name = ? AND expires_ms <= ?",
                           arguments: [table, StoreTime.milliseconds(time)])
        }
    }

    /// The table's learned elements that have not expired at `time`, by name, address and destination.
    public func learnedNames(table: String, at time: Date) throws(StoreError) -> [LearnedNameRecord] {
        let rows = try read("read learned names") { db in
            try Row.fetchAll(db, sql: """
                SELECT destination, name, address, expires_ms FROM learned_name
                WHERE table_name = ? AND expires_ms > ? ORDER BY name, address, destination
                """, arguments: [table, StoreTime.milliseconds(time)])
        }
        return rows.map { row in
            LearnedNameRecord(destination: row["destination"], name: row["name"], address: row["address"],
                              expires: StoreTime.date(row["expires_ms"]))
        }
    }

    /// Forgets what the given names taught their destinations: names a policy no longer lists.
    public func forgetLearnedNames(table: String, _ names: [(destination: String, name: String)]) throws(StoreError) {
        guard !names.isEmpty else { return }
        try write("forget learned names") { db in
            let delete = try PreparedStatement(db, "DELETE FROM learned_name WHERE table_name = ? AND destination = ? AND name = ?")
            for (destination, name) in names { try delete.run([.text(table), .text(destination), .text(name)]) }
        }
    }
}
