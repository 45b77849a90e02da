import Synchronization
@testable import SluiceWatch

/// Collects `alert log` lines.
final class RecordingWriter: AlertLineWriter {
    private let collected = Mutex<[String]>([])

    func write(line: String) {
        collected.withLock { $0.append(line) }
    }

    var lines: [String] { collected.withLock { $0 } }
}
