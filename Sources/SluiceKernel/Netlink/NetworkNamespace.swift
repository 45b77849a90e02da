import CNetfilterShims
import Glibc

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

    /// Runs `body` with the calling thread switched into this namespace, then switches the thread
    /// back. Sockets keep the namespace they were created in, so only `socket()` needs to run
    /// inside; nothing in `body` may suspend or hop threads.
    func withEntered<T>(_ body: () throws -> T) throws -> T {
        guard let path = filePath else { return try body() }
        let saved = try SystemCall.check("open /proc/thread-self/ns/net",
                                         open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC))
        defer { close(saved) }
        let target = try SystemCall.check("open \(path)", open(path, O_RDONLY | O_CLOEXEC))
        defer { close(target) }
        try SystemCall.check("setns into \(self)", sluice_setns_net(target))
        let result: Result<T, Error> = Result { try body() }
        // A thread left in the wrong namespace would talk to the wrong kernel tables from then on:
        // failing to switch back is an error even when the body succeeded.
        try SystemCall.check("setns back to the thread's own network namespace", sluice_setns_net(saved))
        return try result.get()
    }
}
