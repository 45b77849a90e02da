import Foundation
import SluiceLanguage
import SluiceSystem
import Synchronization
import Testing
@testable import SluiceWatch

@Suite struct MetricsEndpointTests {
    @Test func listenAddressesParse() throws {
        #expect(try ListenAddress(parsing: "127.0.0.1:9417").description == "127.0.0.1:9417")
        #expect(try ListenAddress(parsing: "[::1]:9417").description == "[::1]:9417")
        #expect(try ListenAddress(parsing: "localhost:80").description == "127.0.0.1:80,[::1]:80")
        #expect(try ListenAddress(parsing: ":9417").description == "127.0.0.1:9417,[::1]:9417")
        #expect(try ListenAddress(parsing: "0.0.0.0:9417").description == "0.0.0.0:9417")
        #expect(try ListenAddress(parsing: "[::]:9417").description == "[::]:9417")
        for bad in ["9417", "::1:9417", "host:9417", "127.0.0.1:70000", "127.0.0.1:", "[127.0.0.1]:80", "[::1]:x"] {
            do {
                _ = try ListenAddress(parsing: bad)
                Issue.record("\(bad) was accepted")
            } catch {
                #expect(error.description.hasPrefix("--metrics-address \"\(bad)\": "), "\(error)")
            }
        }
    }

    @Test func serverAnswersGetMetricsOnly() throws {
        let scrapes = Mutex(0)
        let server = try MetricsServer(address: try ListenAddress(parsing: "127.0.0.1:0")) {
            scrapes.withLock { $0 += 1 }
            return "sluice_incidents_total 3\n"
        }
        defer { server.stop() }
        #expect(server.address.port != 0)
        let ok = try HTTPProbe.request(port: server.address.port, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(ok == "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"
            + "Content-Length: 25\r\nConnection: close\r\n\r\nsluice_incidents_total 3\n")
        let missing = try HTTPProbe.request(port: server.address.port, "GET / HTTP/1.1\r\n\r\n")
        #expect(missing.hasPrefix("HTTP/1.1 404 "))
        let post = try HTTPProbe.request(port: server.address.port, "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
        #expect(post.hasPrefix("HTTP/1.1 405 "))
        #expect(post.contains("Allow: GET, HEAD\r\n"))
        let head = try HTTPProbe.request(port: server.address.port, "HEAD /metrics HTTP/1.1\r\n\r\n")
        #expect(head.hasPrefix("HTTP/1.1 200 OK\r\n") && head.hasSuffix("Content-Length: 25\r\nConnection: close\r\n\r\n"), "\(head)")
        let health = try HTTPProbe.request(port: server.address.port, "GET /healthz HTTP/1.1\r\n\r\n")
        #expect(health.hasPrefix("HTTP/1.1 200 OK\r\n") && health.hasSuffix("\r\n\r\nok\n"), "\(health)")
        let garbage = try HTTPProbe.request(port: server.address.port, "hello\r\n\r\n")
        #expect(garbage.hasPrefix("HTTP/1.1 400 "))
        #expect(scrapes.withLock { $0 } == 2)
    }

    @Test func aBusyPortIsAnErrorAtStart() throws {
        let server = try MetricsServer(address: try ListenAddress(parsing: "127.0.0.1:0")) { "" }
        defer { server.stop() }
        #expect(throws: SystemError(operation: "--metrics-address: listen on \(server.address)", errno: EADDRINUSE)) {
            _ = try MetricsServer(address: server.address) { "" }
        }
    }
}
