import Foundation

/// Another process writing to the store's database: Python's sqlite3 module (Debian's
/// /usr/bin/python3) opens `sluice.db`, takes the write lock with `BEGIN IMMEDIATE`, writes a
/// usage row, says `ready`, holds the transaction for `holdSeconds`, then commits.
final class DatabaseWriter {
    let process = Process()

    init(database: String, bytes: Int, holdSeconds: Double) throws {
        let script = """
            import sqlite3, sys, time
            db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO usage (table_name, quota_id, host, window_start, window_length, bytes, updated_ms) "
                       "VALUES ('sluice', 'q', '10.0.0.1', 0, 86400, ?, 0) "
                       "ON CONFLICT DO UPDATE SET bytes = max(bytes, excluded.bytes)", (int(sys.argv[2]),))
            print("ready", flush=True)
            time.sleep(float(sys.argv[3]))
            db.execute("COMMIT")
            """
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, database, String(bytes), String(holdSeconds)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        guard ReadyLine.seen(on: output) else {
            finish()
            throw CocoaError(.fileLocking, userInfo: [NSFilePathErrorKey: database])
        }
    }

    /// Waits for the writer to commit and exit; its exit status.
    @discardableResult
    func finish() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { _ = kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
