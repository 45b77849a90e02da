import Glibc
import SluiceLanguage
@testable import SluiceWatch

/// Sends one raw HTTP request to 127.0.0.1 and returns the whole response.
enum HTTPProbe {
    static func request(port: UInt16, _ text: String) throws -> String {
        let fd = try SystemCall.check("socket") { socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let loopback = IPAddress("127.0.0.1") else { return "" }
        try SocketAddress.with(ListenAddress(host: loopback, port: port)) { (sa, length) throws(SystemError) in
            try SystemCall.check("connect") { connect(fd, sa, length) }
        }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            out += buffer.prefix(n)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
