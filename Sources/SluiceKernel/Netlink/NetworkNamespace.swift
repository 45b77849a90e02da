import SluiceSystem

/// The network namespace a netlink socket talks to.
public enum NetworkNamespace: Hashable, Sendable, CustomStringConvertible {
    /// The calling thread's namespace.
    case current
    /// A namespace made by `ip netns add NAME`, bound at `/var/run/netns/NAME`.
    case named(String)
    /// A namespace file, such as `/proc/PID/ns/net`.
    case path(String)

    /// The namespace file, or nil for the current namespace.
    public var filePath: String? {
        switch self {
        case .current: nil
        case .named(let name): "/var/run/netns/\(name)"
        case .path(let path): path
        }
    }

    public var description: String {
        switch self {
        case .current: "the current network namespace"
        case .named(let name): "network namespace \(name)"
        case .path(let path): "network namespace \(path)"
        }
    }

    /// Runs `body` on a thread that has joined this namespace (see `NetworkNamespaceEntry`: no
    /// thread is ever left in the wrong namespace), and returns its result. Sockets keep the
    /// namespace they were created in, so only `socket()` needs to run inside.
    func withEntered<T>(_ body: () throws -> T) throws -> T {
        guard let path = filePath else { return try body() }
        do {
            return try NetworkNamespaceEntry.run(at: path, label: description, body)
        } catch let error as SystemError {
            throw KernelError(error)
        }
    }
}
