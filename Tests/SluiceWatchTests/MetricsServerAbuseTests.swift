import Foundation
import Glibc
import Synchronization
import Testing
@testable import SluiceWatch

/// The metrics endpoint under abuse (issue 7, item 9): slow clients, many clients, huge requests,
/// and who can reach it at all.
@Suite struct MetricsServerAbuseTests {
    static let body = "sluice_incidents_total 0\n"

    static func server(_ address: String = "127.0.0.1:0") throws -> MetricsServer {
        try MetricsServer(address: try ListenAddress(parsing: address)) { body }
    }

    static func scrape(host: String = "127.0.0.1", port: UInt16) throws -> String {
        try HTTPProbe.request(host: host, port: port, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
    }

    @Test func aClientTricklingItsRequestDelaysNoOtherScrapeAndIsCutOff() throws {
        let server = try Self.server()
        defer { server.stop() }
        let port = server.address.port
        // Connected first, so a server that serves one client at a time is busy with it.
        let slow = try TCPClient(host: "127.0.0.1", port: port)
        let connected = ContinuousClock.now
        let cutOff = Mutex<Duration?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            // One byte every half second of a request head that never ends, for at most 12 s.
            let head = "GET /metrics HTTP/1.1\r\nX-Slow: " + String(repeating: "a", count: 100)
            for byte in head {
                guard slow.send(String(byte)) else { break }
                if slow.readAll(timeout: .milliseconds(500)).closed { break }
            }
            cutOff.withLock { $0 = ContinuousClock.now - connected }
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.3)
        let started = ContinuousClock.now
        let response = try Self.scrape(port: port)
        let took = ContinuousClock.now - started
        #expect(response.hasPrefix("HTTP/1.1 200 OK\r\n") && response.hasSuffix(Self.body), "\(response)")
        #expect(took < .seconds(1), "a slow client held up another scrape for \(took)")
        #expect(done.wait(timeout: .now() + 15) == .success)
        let after = cutOff.withLock { $0 }
        #expect(after.map { $0 < .seconds(7) } == true, "the slow client was not cut off at the request timeout: \(String(describing: after))")
    }

    @Test func fiftyConcurrentScrapesAllSucceed() throws {
        let server = try Self.server()
        defer { server.stop() }
        let port = server.address.port
        let answers = Mutex<[String]>([])
        let group = DispatchGroup()
        for _ in 0..<50 {
            group.enter()
            Thread.detachNewThread {
                let response = (try? Self.scrape(port: port)) ?? "no connection"
                answers.withLock { $0.append(response) }
                group.leave()
            }
        }
        #expect(group.wait(timeout: .now() + 20) == .success)
        let all = answers.withLock { $0 }
        #expect(all.count == 50)
        let failed = all.filter { !($0.hasPrefix("HTTP/1.1 200 OK\r\n") && $0.hasSuffix(Self.body)) }
        #expect(failed.isEmpty, "\(failed.count) of 50 scrapes failed, e.g. \(failed.first ?? "")")
    }

    @Test func anOversizedRequestIsRefused() throws {
        let server = try Self.server()
        defer { server.stop() }
        let port = server.address.port
        let hugeHeader = "GET /metrics HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: 100_000) + "\r\n\r\n"
        let hugeTarget = "GET /metrics?" + String(repeating: "a", count: 20_000) + " HTTP/1.1\r\n\r\n"
        for request in [hugeHeader, hugeTarget] {
            let response = try HTTPProbe.request(port: port, request)
            #expect(response.hasPrefix("HTTP/1.1 431 "), "\(response.prefix(200))")
        }
        // The server is still there for an ordinary scrape.
        #expect(try Self.scrape(port: port).hasPrefix("HTTP/1.1 200 OK\r\n"))
    }

    @Test func connectionsBeyondTheLimitAreClosedAtOnce() throws {
        let limits = MetricsServerLimits(requestTimeout: .seconds(2), connections: 2)
        let server = try MetricsServer(address: try ListenAddress(parsing: "127.0.0.1:0"), limits: limits) { Self.body }
        defer { server.stop() }
        let port = server.address.port
        var idle = try (0..<2).map { _ in try TCPClient(host: "127.0.0.1", port: port) }
        idle.forEach { $0.send("GET /met") }
        Thread.sleep(forTimeInterval: 0.2)
        let refused = try TCPClient(host: "127.0.0.1", port: port).readAll(timeout: .seconds(1))
        #expect(refused.closed && refused.text.isEmpty, "a third connection was kept: \(refused)")
        // The idle ones are answered 408 at the request timeout, and the slots are free again.
        for client in idle {
            let cut = client.readAll(timeout: .seconds(4))
            #expect(cut.closed && cut.text.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"), "\(cut)")
        }
        // The server holds a refused connection until the client hangs up (at most a second).
        idle = []
        Thread.sleep(forTimeInterval: 0.1)
        #expect(try Self.scrape(port: port).hasPrefix("HTTP/1.1 200 OK\r\n"))
    }

    @Test func aPortAloneListensOnLoopbackOnly() throws {
        let server = try Self.server(":0")
        defer { server.stop() }
        let port = server.address.port
        #expect(try Self.scrape(port: port).hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(try Self.scrape(host: "::1", port: port).hasPrefix("HTTP/1.1 200 OK\r\n"))
        let outside = Self.nonLoopbackAddresses()
        // A machine with no other address cannot show the difference; this one (and CI) has one.
        #expect(!outside.isEmpty, "no non-loopback address on this machine to try")
        for address in outside {
            #expect(throws: TCPClient.Failure.self, "reached :\(port) on \(address)") {
                _ = try TCPClient(host: address, port: port)
            }
        }
    }

    @Test func ipv6LoopbackIsServed() throws {
        let server = try Self.server("[::1]:0")
        defer { server.stop() }
        #expect(try Self.scrape(host: "::1", port: server.address.port).hasPrefix("HTTP/1.1 200 OK\r\n"))
    }

    /// This machine's addresses that are neither loopback nor link-local.
    static func nonLoopbackAddresses() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0 else { return [] }
        defer { freeifaddrs(list) }
        var found: [String] = []
        var entry = list
        while let current = entry {
            defer { entry = current.pointee.ifa_next }
            guard let address = current.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            if family == AF_INET {
                address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin in
                    var a = sin.pointee.sin_addr
                    _ = inet_ntop(AF_INET, &a, &text, socklen_t(text.count))
                }
            } else {
                address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { sin6 in
                    var a = sin6.pointee.sin6_addr
                    _ = inet_ntop(AF_INET6, &a, &text, socklen_t(text.count))
                }
            }
            let string = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if string.hasPrefix("127.") || string == "::1" || string.lowercased().hasPrefix("fe80:") { continue }
            found.append(string)
        }
        return found
    }
}
