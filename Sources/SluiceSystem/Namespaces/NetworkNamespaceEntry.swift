internal import CSystemShims
import Glibc

/// Running code inside a network namespace (`/var/run/netns/NAME`, `/proc/PID/ns/net`).
///
/// One strategy for all of Sluice: a fresh thread joins the namespace, runs the body and ends.
/// The other way, switching the calling thread in and back, leaves that thread in the wrong
/// namespace whenever the switch back fails, and the thread may be a Swift concurrency worker or
/// a pool thread that later talks to the wrong kernel tables. A thread that ends with its body
/// cannot be left anywhere. It costs a thread start (tens of microseconds) per entry, and entries
/// are rare: sockets keep the namespace they were created in, so only creating them needs it.
public enum NetworkNamespaceEntry {
    /// Runs `body` on a thread that has joined the namespace at `path`, waits for it, and returns
    /// its result or rethrows its error. `label` names the namespace in errors (default: the
    /// path). Opening or joining the namespace fails with a `SystemError`.
    public static func run<T>(at path: String, label: String? = nil, _ body: () throws -> T) throws -> T {
        let name = label ?? path
        return try JoinableThread.runAndWait("enter \(name)") {
            let fd = try SystemCall.retrying("open \(path)") { open(path, O_RDONLY | O_CLOEXEC) }
            defer { close(fd) }
            try SystemCall.check("setns into \(name)", sluice_setns_net(fd))
            return try body()
        }
    }
}
