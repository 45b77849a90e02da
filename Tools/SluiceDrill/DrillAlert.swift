import Foundation

/// One alert line the watcher printed (`alert log`), as the drill reads it.
struct DrillAlert {
    var event: String
    var host: String
    var quota: String?
    var time: Date

    /// Parses the JSON lines among the watcher's output; other lines are its log.
    static func parse(_ text: String) -> [DrillAlert] {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("{"),
                  let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let event = object["event"] as? String, let host = object["host"] as? String,
                  let stamp = object["time"] as? String, let time = formatter.date(from: stamp) else { return nil }
            return DrillAlert(event: event, host: host, quota: object["quota"] as? String, time: time)
        }
    }
}
