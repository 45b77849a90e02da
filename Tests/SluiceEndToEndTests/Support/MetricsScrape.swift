import Glibc
@testable import SluiceLab
import SluiceSystem

/// A Prometheus scrape, the way a collector would do it: `GET /metrics` over a fresh TCP
/// connection, from inside the namespace where the watcher listens.
struct MetricsScrape: Sendable {
    /// The HTTP status line (`HTTP/1.1 200 OK`).
    var statusLine: String
    /// The response's header lines.
    var headers: [String]
    /// The exposition text.
    var body: String

    /// Fetches `path` from `address`/`port` in `namespace`.
    static func fetch(in namespace: LabNamespace, address: LabAddress, port: UInt16, path: String = "/metrics",
                      timeout: Duration = .seconds(3)) throws -> MetricsScrape {
        let deadline = Deadline(after: timeout)
        let socket = try LabSocket.open(in: namespace, family: address.family, transport: .tcp, bindTo: nil,
                                        label: "metrics scrape of \(address) port \(port)")
        defer { socket.close() }
        guard try socket.connect(to: address, port: port, until: deadline).isConnected else {
            throw TestFailure("could not connect to the metrics endpoint \(address) port \(port)")
        }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: \(address):\(port)\r\nConnection: close\r\n\r\n".utf8)
        var sent = 0
        while sent < request.count {
            guard try socket.wait(for: Int32(POLLOUT), until: deadline) else { throw TestFailure("metrics request timed out") }
            let count = request[sent...].withUnsafeBytes { send(socket.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 {
                if errno == EAGAIN { continue }
                throw TestFailure("sending the metrics request failed: errno \(errno)")
            }
            sent += count
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        reading: while true {
            guard try socket.wait(for: Int32(POLLIN), until: deadline) else { throw TestFailure("metrics response timed out") }
            let count = buffer.withUnsafeMutableBytes { read(socket.fd, $0.baseAddress, $0.count) }
            switch count {
            case 0: break reading
            case ..<0:
                if errno == EAGAIN { continue }
                throw TestFailure("reading the metrics response failed: errno \(errno)")
            default: response += buffer[..<count]
            }
        }
        let text = String(decoding: response, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw TestFailure("not an HTTP response: \(text)") }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        return MetricsScrape(statusLine: head.first ?? "", headers: Array(head.dropFirst()), body: String(text[split.upperBound...]))
    }

    /// The value of the sample `name` whose labels include every one of `labels`, or nil.
    static func value(_ name: String, _ labels: [String: String] = [:], in text: String) -> Double? {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " ") else { continue }
            let series = line[..<space]
            let sampleName = series.prefix { $0 != "{" }
            guard sampleName == name else { continue }
            let found = Self.labels(String(series.dropFirst(sampleName.count)))
            if labels.allSatisfy({ found[$0.key] == $0.value }) { return Double(line[line.index(after: space)...]) }
        }
        return nil
    }

    /// `{a="x",b="y"}` as a dictionary (escapes undone).
    static func labels(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        let chars = Array(text.dropFirst().dropLast())
        var i = 0
        while i < chars.count {
            var key = ""
            while i < chars.count && chars[i] != "=" { key.append(chars[i]); i += 1 }
            i += 2  // `="`
            var value = ""
            while i < chars.count && chars[i] != "\"" {
                if chars[i] == "\\" && i + 1 < chars.count {
                    i += 1
                    value.append(chars[i] == "n" ? "\n" : chars[i])
                } else {
                    value.append(chars[i])
                }
                i += 1
            }
            i += 2  // `",`
            out[key] = value
        }
        return out
    }
}
