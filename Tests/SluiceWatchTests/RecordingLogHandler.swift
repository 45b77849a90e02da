import Logging
import Synchronization

/// Keeps every log line's message and metadata, for tests that check what the watcher logs.
struct RecordingLogHandler: LogHandler {
    /// One logged line.
    struct Line: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
    }

    final class Lines: Sendable {
        private let stored = Mutex<[Line]>([])
        func append(_ line: Line) { stored.withLock { $0.append(line) } }
        var all: [Line] { stored.withLock { $0 } }
    }

    let lines: Lines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    /// A logger writing here, and the lines it collects.
    static func logger() -> (Logger, Lines) {
        let lines = Lines()
        return (Logger(label: "test") { _ in RecordingLogHandler(lines: lines) }, lines)
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        lines.append(Line(level: event.level, message: event.message.description,
                          metadata: merged.mapValues { "\($0)" }))
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
}
