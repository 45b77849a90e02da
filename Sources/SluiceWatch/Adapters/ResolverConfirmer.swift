import Glibc
import SluiceKernel
import SluiceLanguage
import SluiceSystem
import Synchronization

/// The watcher's own question to a `dns` server: a fresh UDP socket connected to the server's
/// port 53 (the kernel drops datagrams from anyone else), a random port and a random query id,
/// and an answer that must repeat the question. Up to `timeout`.
///
/// The answer to it may itself be held in the queue: in `mode host`, and in `mode gateway` with
/// the server on the gateway, it matches the same rule as the clients' answers. So while it
/// waits, it reads the queue: its own answer (from the server, to its port) is released at once,
/// anything else is kept for the caller (`takeDeferred`). The name thread is its only caller.
public final class ResolverConfirmer: NameConfirmer {
    private let queue: any AnswerSource
    private let namespace: NetworkNamespace
    private let timeout: Duration
    private let deferred = Mutex<[(id: UInt32, packet: [UInt8])]>([])

    /// How long the server has to answer: it has just answered the client, so the name is in its
    /// cache. The held answer waits this long at most.
    public static let defaultTimeout: Duration = .seconds(1)

    /// Asks from `namespace` (the watcher's kernel's), reading `queue` while it waits.
    public init(queue: any AnswerSource, namespace: NetworkNamespace = .current, timeout: Duration = defaultTimeout) {
        self.queue = queue
        self.namespace = namespace
        self.timeout = timeout
    }

    public func takeDeferred() -> [(id: UInt32, packet: [UInt8])] {
        deferred.withLock { held in
            defer { held = [] }
            return held
        }
    }

    public func confirm(name: String, type: NameQuery.RecordType, server: IPAddress) -> NameConfirmation? {
        let query = NameQuery(id: UInt16.random(in: 0...UInt16.max), name: name, type: type)
        guard let message = query.message, let fd = connectedSocket(to: server) else { return nil }
        defer { close(fd) }
        var local = SocketAddress()
        guard local.fill({ getsockname(fd, $0, $1) }) == 0, let port = local.endpoint?.port,
              message.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == message.count else {
            return nil
        }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 65_535)
        // The answer comes to the socket, or (held by the queue rule) to the queue, which is
        // looked at between short waits on the socket: 100 µs at first (a server on this machine
        // answers within that), doubling to 5 ms.
        var wait = 100_000
        while clock.now < deadline {
            let ready = Descriptors.waitForInput(fd, nanoseconds: wait)
            wait = min(wait * 2, 5_000_000)
            if ready {
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
                if count > 0, let answer = DNSParser.parse(Array(buffer[0..<count])), answer.id == query.id,
                   answer.question == name.lowercased() {
                    // REFUSED, SERVFAIL and the like say nothing about the name.
                    return answer.rcode == 0 || answer.rcode == 3 ? NameConfirmation(answer, type: type) : nil
                }
                continue
            }
            passOwnAnswer(from: server, to: port)
        }
        return nil
    }

    /// A UDP socket in the watcher's namespace connected to port 53 of `server`.
    private func connectedSocket(to server: IPAddress) -> Int32? {
        guard let address = SocketAddress(bytes: server.bytes, port: 53) else { return nil }
        let make = { () -> Int32? in try? Descriptors.connectedDatagramSocket(to: address, "connect to \(server):53") }
        guard let path = namespace.filePath else { return make() }
        return (try? NetworkNamespaceEntry.run(at: path, label: namespace.description, make)) ?? nil
    }

    /// Releases the confirmer's own answer if the queue holds it; keeps the rest for the caller.
    private func passOwnAnswer(from server: IPAddress, to port: UInt16) {
        guard let held = try? queue.next(timeout: .zero), !held.isEmpty else { return }
        for packet in held {
            if let answer = HeldAnswer(packet: packet.packet), answer.server == server, answer.destinationPort == port {
                try? queue.release(packet.id)
            } else {
                deferred.withLock { $0.append(packet) }
            }
        }
    }
}
