import Foundation
import Glibc

/// The watcher's window marks for one table, kept beside the store's database as
/// `watch-marks-TABLE.json` (mode 0600): which window each quota's kernel counters belong to.
/// The store's schema has no place for them yet; a file keeps them until it does.
struct WindowMarkFile: Sendable {
    let path: String

    /// The marks file of `table` in `directory`; refuses table names that could leave it.
    init(directory: String, table: String) throws(WatchError) {
        let allowed = table.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b == 0x5f || b == 0x2d || b == 0x2e
        }
        guard !table.isEmpty, table.utf8.count <= 255, allowed, !table.hasPrefix(".") else {
            throw WatchError.invalidSetting("bad table name \"\(table)\": use letters, digits, '_', '-' and '.'")
        }
        path = directory + "/watch-marks-\(table).json"
    }

    /// The marks, or none when the file does not exist yet.
    func read() throws -> [String: Int64] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode([String: Int64].self, from: data)
    }

    /// Replaces the marks.
    func write(_ marks: [String: Int64]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(Array(try encoder.encode(marks)), to: path, mode: 0o600)
    }
}
