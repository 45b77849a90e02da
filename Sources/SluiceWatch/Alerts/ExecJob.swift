/// One `alert exec` run waiting for a thread.
struct ExecJob: Sendable {
    var path: String
    var event: AlertEvent
}
