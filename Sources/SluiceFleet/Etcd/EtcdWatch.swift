import Foundation
import Synchronization

/// A watch on every key under a prefix, from a revision on, over a connection of its own. `run`
/// blocks, handing each batch of changes over as etcd sends it (no polling); `cancel` ends it
/// from another thread.
public final class EtcdWatch: Sendable {
    private let client: EtcdClient
    /// The watched prefix.
    public let prefix: String
    private let exchange = Mutex<HTTPExchange?>(nil)
    private let cancelled = Atomic(false)

    /// A watch on `prefix` through `client`'s members.
    public init(client: EtcdClient, prefix: String) {
        self.client = client
        self.prefix = prefix
    }

    /// Watches from `revision` until the stream ends or fails (thrown) or `cancel` is called
    /// (returns). Each batch carries the revision of its last change. Throws `compacted` when
    /// `revision` is older than etcd keeps.
    public func run(from revision: Int64, _ handle: ([WatchChange], Int64) -> Void) throws {
        var failures: [String] = []
        for endpoint in client.endpoints {
            if cancelled.load(ordering: .relaxed) { return }
            let open: HTTPExchange
            do {
                open = try HTTPExchange(endpoint: endpoint, context: client.context, timeout: client.timeout, ioTimeout: nil)
            } catch {
                failures.append("\(endpoint): \(error)")
                continue
            }
            exchange.withLock { $0 = open }
            defer {
                exchange.withLock { $0 = nil }
                open.close()
            }
            if cancelled.load(ordering: .relaxed) { return }
            let request: [String: Any] = ["create_request": [
                "key": EtcdJSON.encode(prefix), "range_end": EtcdJSON.encode(bytes: EtcdJSON.prefixEnd(prefix)),
                "start_revision": String(revision), "progress_notify": true,
            ] as [String: Any]]
            let body = try EtcdRequestWriter.write(request)
            var pending: [UInt8] = []
            do {
                let status = try open.post("/v3/watch", body: body) { piece in
                    pending += piece
                    while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                        let line = Array(pending[..<newline])
                        pending.removeSubrange(...newline)
                        if let batch = try Self.batch(line) { handle(batch.0, batch.1) }
                    }
                }
                if status != 200 { throw EtcdError.server(status: status, code: 0, message: "the watch was refused") }
            } catch let error as EtcdError {
                throw error
            } catch {
                if cancelled.load(ordering: .relaxed) { return }
                throw EtcdError.unreachable(["\(endpoint): the watch stream ended: \(error)"])
            }
            return
        }
        throw EtcdError.unreachable(failures)
    }

    /// Ends `run` from another thread.
    public func cancel() {
        cancelled.store(true, ordering: .relaxed)
        exchange.withLock { $0?.cancel() }
    }

    /// One line of the stream: its changes and revision, or nil for a line without changes.
    static func batch(_ line: [UInt8]) throws -> ([WatchChange], Int64)? {
        guard !line.isEmpty else { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            throw EtcdError.malformed("watch: \(String(decoding: line.prefix(200), as: UTF8.self))")
        }
        if let error = object["error"] as? [String: Any] {
            throw EtcdError.server(status: 200, code: Int(EtcdJSON.int(error["grpc_code"] ?? error["code"])),
                                   message: (error["message"] as? String) ?? "watch failed")
        }
        guard let result = object["result"] as? [String: Any] else { return nil }
        let compacted = EtcdJSON.int(result["compact_revision"])
        if compacted > 0 { throw EtcdError.compacted(compacted) }
        if (result["canceled"] as? Bool) == true {
            throw EtcdError.server(status: 200, code: 0, message: (result["cancel_reason"] as? String) ?? "the watch was cancelled")
        }
        let revision = EtcdJSON.revision(result)
        let events = (result["events"] as? [Any]) ?? []
        var changes: [WatchChange] = []
        for case let event as [String: Any] in events {
            let kv = try EtcdJSON.keyValue(event["kv"])
            if (event["type"] as? String) == "DELETE" {
                changes.append(.delete(key: kv.key, revision: kv.modRevision))
            } else {
                changes.append(.put(kv))
            }
        }
        return (changes, changes.map(Self.revision).max() ?? revision)
    }

    private static func revision(_ change: WatchChange) -> Int64 {
        switch change {
        case .put(let kv): return kv.modRevision
        case .delete(_, let revision): return revision
        }
    }
}
