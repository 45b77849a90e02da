import Foundation
import Synchronization

/// A client of etcd's v3 API through its JSON gateway (`POST /v3/...` on each member's client URL).
///
/// Requests go to one member over a kept-open connection; when it fails the next member is tried,
/// so one member down changes nothing. Calls block (the fleet runs them on threads of its own) and
/// are serialized on the client's connection; a watch takes a connection of its own.
public final class EtcdClient: Sendable {
    /// The members' client URLs, in the order they are tried.
    public let endpoints: [Endpoint]
    let context: TLSContext?
    /// How long a connection attempt and each request may take.
    public let timeout: Duration
    private let connection = Mutex<(exchange: HTTPExchange?, next: Int)>((nil, 0))

    /// Creates a client. TLS settings are needed when any endpoint uses TLS.
    public init(endpoints: [Endpoint], tls: TLSSettings?, timeout: Duration = .seconds(2)) throws {
        precondition(!endpoints.isEmpty, "an etcd client needs an endpoint")
        self.endpoints = endpoints
        self.timeout = timeout
        context = try endpoints.contains(where: \.tls) ? TLSContext(tls ?? TLSSettings()) : nil
    }

    /// The keys from `key` (alone, or every key under it as a prefix), sorted, with the store's revision.
    public func range(_ key: String, prefix: Bool = false) throws -> (kvs: [KeyValue], revision: Int64) {
        var request: [String: Any] = ["key": EtcdJSON.encode(key)]
        if prefix { request["range_end"] = EtcdJSON.encode(bytes: EtcdJSON.prefixEnd(key)) }
        let answer = try call("/v3/kv/range", request)
        let kvs = try ((answer["kvs"] as? [Any]) ?? []).map(EtcdJSON.keyValue)
        return (kvs, EtcdJSON.revision(answer))
    }

    /// Writes a key (attached to a lease when one is given); returns the new revision.
    @discardableResult
    public func put(_ key: String, _ value: Data, lease: Int64? = nil) throws -> Int64 {
        var request: [String: Any] = ["key": EtcdJSON.encode(key), "value": value.base64EncodedString()]
        if let lease { request["lease"] = String(lease) }
        return EtcdJSON.revision(try call("/v3/kv/put", request))
    }

    /// Deletes a key or every key under a prefix; returns the new revision.
    @discardableResult
    public func delete(_ key: String, prefix: Bool = false) throws -> Int64 {
        var request: [String: Any] = ["key": EtcdJSON.encode(key)]
        if prefix { request["range_end"] = EtcdJSON.encode(bytes: EtcdJSON.prefixEnd(key)) }
        return EtcdJSON.revision(try call("/v3/kv/deleterange", request))
    }

    /// Runs `operations` in one transaction if every key in `expected` still has that mod revision
    /// (0: the key does not exist); returns whether they ran and the store's revision.
    public func transaction(expected: [String: Int64], operations: [TxnOperation]) throws -> (succeeded: Bool, revision: Int64) {
        let compare: [[String: Any]] = expected.sorted(by: { $0.key < $1.key }).map { key, revision in
            ["key": EtcdJSON.encode(key), "target": "MOD", "result": "EQUAL", "mod_revision": String(revision)]
        }
        let answer = try call("/v3/kv/txn", ["compare": compare, "success": operations.map(\.json)])
        return ((answer["succeeded"] as? Bool) ?? false, EtcdJSON.revision(answer))
    }

    /// Grants a lease of `ttl` seconds; returns its id.
    public func grantLease(ttl: Int) throws -> Int64 {
        let id = EtcdJSON.int(try call("/v3/lease/grant", ["TTL": String(ttl)])["ID"])
        guard id != 0 else { throw EtcdError.malformed("a lease grant without an id") }
        return id
    }

    /// Renews a lease; throws `leaseNotFound` when it expired meanwhile.
    public func keepAlive(lease: Int64) throws {
        let answer = try call("/v3/lease/keepalive", ["ID": String(lease)])
        let result = (answer["result"] as? [String: Any]) ?? answer
        if EtcdJSON.int(result["TTL"]) <= 0 { throw EtcdError.leaseNotFound(lease) }
    }

    /// Revokes a lease, deleting its keys.
    public func revoke(lease: Int64) throws {
        _ = try call("/v3/lease/revoke", ["ID": String(lease)])
    }

    /// Posts a request to a member, failing over to the next one; returns the decoded answer. An
    /// answer that the cluster is unavailable for a moment (gRPC code 14: a leader changed or is
    /// being elected, as when a member goes down) is asked again for up to `unavailableRetry`;
    /// every write Sluice makes is idempotent or conditional, so one that did land meanwhile is
    /// harmless to send again.
    func call(_ path: String, _ request: [String: Any]) throws -> [String: Any] {
        let body = try EtcdRequestWriter.write(request)
        let deadline = ContinuousClock.now + Self.unavailableRetry
        var pause = 0.05
        while true {
            do {
                return try post(path, body)
            } catch EtcdError.server(_, let code, _) where code == 14 && ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: pause)
                pause = min(pause * 2, 0.5)
            }
        }
    }

    /// How long an unavailable cluster (an election) is waited for before its answer is the error.
    static let unavailableRetry: Duration = .seconds(5)

    /// One request, failing over from member to member.
    private func post(_ path: String, _ body: Data) throws -> [String: Any] {
        try connection.withLock { state in
            var failures: [String] = []
            for _ in 0..<endpoints.count {
                let exchange: HTTPExchange
                do {
                    if let open = state.exchange {
                        exchange = open
                    } else {
                        exchange = try HTTPExchange(endpoint: endpoints[state.next % endpoints.count], context: context,
                                                    timeout: timeout, ioTimeout: timeout)
                        state.exchange = exchange
                    }
                } catch {
                    failures.append("\(endpoints[state.next % endpoints.count]): \(error)")
                    state.next += 1
                    continue
                }
                var bytes: [UInt8] = []
                do {
                    let status = try exchange.post(path, body: body) { bytes += $0 }
                    return try Self.decode(status: status, bytes)
                } catch let error as EtcdError {
                    throw error
                } catch {
                    failures.append("\(exchange.endpoint): \(error)")
                    exchange.close()
                    state.exchange = nil
                    state.next += 1
                }
            }
            throw EtcdError.unreachable(failures)
        }
    }

    /// The JSON of an answer, or the error etcd answered with. Streaming endpoints (keepalive)
    /// answer with one object per line: the first one counts.
    static func decode(status: Int, _ bytes: [UInt8]) throws -> [String: Any] {
        let first = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 1).first ?? []
        guard let object = try? JSONSerialization.jsonObject(with: Data(first)) as? [String: Any] else {
            throw EtcdError.malformed("HTTP \(status): \(String(decoding: bytes.prefix(200), as: UTF8.self))")
        }
        let error = (object["error"] as? [String: Any]) ?? (status == 200 ? nil : object)
        if let error {
            let message = (error["message"] as? String) ?? (error["error"] as? String) ?? "unknown"
            let code = Int(EtcdJSON.int(error["code"] ?? error["grpc_code"]))
            if message.contains("requested lease not found") { throw EtcdError.leaseNotFound(0) }
            throw EtcdError.server(status: status, code: code, message: message)
        }
        return object
    }
}
