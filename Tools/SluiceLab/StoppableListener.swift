/// A listener the lab stops when it is destroyed (its socket would keep the namespace alive).
protocol StoppableListener: AnyObject, Sendable {
    /// The namespace it listens in.
    var namespace: LabNamespace { get }
    /// The address it is bound to.
    var address: LabAddress { get }
    /// The port it is bound to.
    var port: UInt16 { get }
    /// Whether `stop()` has not been called yet.
    var isRunning: Bool { get }
    /// Closes the socket and ends the listener's thread; idempotent.
    func stop()
}
