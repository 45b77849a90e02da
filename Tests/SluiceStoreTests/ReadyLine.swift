import Foundation

/// The handshake of the helper processes these tests start: they print "ready" once they hold
/// what the test needs (a lock, an open transaction).
enum ReadyLine {
    /// Reads `output` until the child has printed "ready" or closed it; whether it said ready.
    static func seen(on output: Pipe) -> Bool {
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("ready") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        return String(decoding: seen, as: UTF8.self).contains("ready")
    }
}
