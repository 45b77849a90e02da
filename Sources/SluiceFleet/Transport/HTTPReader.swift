import Foundation

/// Reads one HTTP/1.1 response from a byte stream: the status line, the headers, and the body by
/// `Content-Length` or chunked transfer (handed over chunk by chunk, so a watch stream is read as
/// it arrives). Keeps what it read past a response for the next one on the same connection.
struct HTTPReader {
    let stream: any ByteStream
    private var buffer: [UInt8] = []
    private var start = 0

    init(stream: any ByteStream) {
        self.stream = stream
    }

    /// The status code, and the body passed to `body` piece by piece; returns once the body ended.
    mutating func response(body: (ArraySlice<UInt8>) throws -> Void) throws -> Int {
        let statusLine = try line()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
            throw TransportError.protocolViolation("status line \(statusLine.prefix(80))")
        }
        var length: Int?
        var chunked = false
        while true {
            let header = try line()
            if header.isEmpty { break }
            guard let colon = header.firstIndex(of: ":") else { continue }
            let name = header[..<colon].lowercased()
            let value = header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" { length = Int(value) }
            if name == "transfer-encoding" && value.lowercased().contains("chunked") { chunked = true }
        }
        if chunked {
            while true {
                let sizeLine = try line()
                guard let size = Int(sizeLine.split(separator: ";").first ?? "", radix: 16) else {
                    throw TransportError.protocolViolation("chunk size \(sizeLine.prefix(20))")
                }
                if size == 0 {
                    while try !line().isEmpty {}
                    return status
                }
                try take(size, into: body)
                guard try line().isEmpty else { throw TransportError.protocolViolation("chunk end") }
            }
        }
        try take(length ?? 0, into: body)
        return status
    }

    private mutating func take(_ count: Int, into body: (ArraySlice<UInt8>) throws -> Void) throws {
        var left = count
        while left > 0 {
            if start == buffer.count { try fill() }
            let piece = min(left, buffer.count - start)
            try body(buffer[start..<(start + piece)])
            start += piece
            left -= piece
        }
    }

    private mutating func line() throws -> String {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let text = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                return text
            }
            guard buffer.count - start < 64 * 1024 else { throw TransportError.protocolViolation("header line too long") }
            try fill()
        }
    }

    private mutating func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = try chunk.withUnsafeMutableBytes { try stream.read(into: $0) }
        guard count > 0 else { throw TransportError.closed }
        buffer += chunk[..<count]
    }
}
