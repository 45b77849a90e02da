/// Where an alert goes: one JSON line on standard output, or a program run without a shell.
public enum AlertSink: Hashable, Sendable, Codable {
    case log
    case exec(path: String)
}
