import Foundation
import SluiceSystem

/// One HTTP/1.1 connection to an etcd member, kept open between requests (keep-alive).
final class HTTPExchange: @unchecked Sendable {
    let endpoint: Endpoint
    private let stream: any ByteStream
    private var reader: HTTPReader

    /// Connects (and shakes hands over TLS when the endpoint asks for it).
    init(endpoint: Endpoint, context: TLSContext?, timeout: Duration, ioTimeout: Duration?) throws {
        self.endpoint = endpoint
        let socket = try StreamSocket(host: endpoint.host, port: endpoint.port, timeout: timeout, ioTimeout: ioTimeout)
        // Without a read timeout (a watch) only keepalive notices a member that vanished silently.
        if ioTimeout == nil { socket.keepAlive() }
        if endpoint.tls {
            guard let context else { throw TransportError.tls("\(endpoint) needs TLS settings") }
            stream = try TLSStream(socket: socket, context: context, host: endpoint.host)
        } else {
            stream = PlainStream(socket: socket)
        }
        reader = HTTPReader(stream: stream)
    }

    /// Posts a JSON body to `path` and hands the answer's body over as it arrives; returns the status.
    func post(_ path: String, body: Data, receive: (ArraySlice<UInt8>) throws -> Void) throws -> Int {
        let host = endpoint.host.contains(":") ? "[\(endpoint.host)]" : endpoint.host
        var request = Array("POST \(path) HTTP/1.1\r\nHost: \(host):\(endpoint.port)\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n".utf8)
        request += body
        try stream.write(request)
        return try reader.response(body: receive)
    }

    /// Ends a read in progress on another thread.
    func cancel() { stream.shutdown() }

    func close() { stream.close() }
}
