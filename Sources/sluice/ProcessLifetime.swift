/// Values a short command keeps until the process ends, so that their teardown is skipped: freeing
/// a 100,000-allow policy's graph took a tenth of a second after `check` had printed its verdict,
/// and the process is about to give all of its memory back anyway.
enum ProcessLifetime {
    /// Touched only from the command's own thread, before it returns.
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: Any) {
        kept.append(value)
    }
}
