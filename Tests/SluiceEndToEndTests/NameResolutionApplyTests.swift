import Foundation
import SluiceLab
import Testing

/// `sluice apply` resolves the policy's names once through its `dns` servers and admits the
/// current addresses in the same transaction as the ruleset; a server that does not answer is a
/// warning, never a failed apply. A small DNS server runs in the lab's namespace.
@Suite("Names: resolved at apply", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"), .serialized)
struct NameResolutionApplyTests {
    static let policy = """
        policy t {
          mode host
          dns 127.0.0.1
        }
        destination pypi "pypi.org", "*.pythonhosted.org"
        allow self to pypi on tcp/443

        """

    /// Answers two queries on 127.0.0.1:53: A pypi.org 192.0.2.7 and AAAA pypi.org 2001:db8::7,
    /// TTL 1 (the floor of 60 s applies), then exits (or after 10 s).
    static let server = dnsServer(queries: 2)

    /// A DNS server answering `queries` queries on 127.0.0.1:53, A with 192.0.2.N and AAAA with
    /// 2001:db8::N, TTL 1: N is 7, or `other`'s number for a name that holds its word.
    static func dnsServer(queries: Int, other: (word: String, number: String)? = nil) -> String {
        let word = other.map { "b\"\($0.word)\"" } ?? "None", number = other?.number ?? "07"
        return """
            import socket, struct
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 53)); s.settimeout(10)
            for _ in range(\(queries)):
                q, peer = s.recvfrom(512)
                end = q.index(b"\\0", 12) + 1
                qtype = struct.unpack("!H", q[end:end + 2])[0]
                last = "\(number)" if \(word) is not None and \(word) in q[12:end] else "07"
                data = bytes([192, 0, 2, int(last)]) if qtype == 1 else bytes.fromhex("20010db8" + "00" * 11 + last)
                answer = q[:2] + bytes([0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0]) + q[12:end + 4]
                answer += bytes([0xc0, 12]) + struct.pack("!HHIH", qtype, 1, 1, len(data)) + data
                s.sendto(answer, peer)
            """
    }

    static func withLab(_ body: (Lab, LabNamespace, String, String) throws -> Void) throws {
        let lab = try Lab.create(.gateway(hosts: [], outside: []))
        defer { lab.destroy() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-names-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try policy.write(to: directory.appendingPathComponent("t.sluice"), atomically: true, encoding: .utf8)
        try server.write(to: directory.appendingPathComponent("dns.py"), atomically: true, encoding: .utf8)
        let gateway = try lab.gateway()
        try lab.run(in: gateway, ["ip", "link", "set", "lo", "up"])
        try body(lab, gateway, directory.path, try TestEnvironment.sluiceExecutable())
    }

    @Test func currentAddressesAdmittedInTheApply() throws {
        try Self.withLab { lab, gateway, directory, sluice in
            let apply = "\(sluice) apply \(directory)/t.sluice --state-dir \(directory)/state -m first"
            let result = try lab.run(in: gateway, ["sh", "-c", "python3 \(directory)/dns.py & sleep 0.5; \(apply); status=$?; wait; exit $status"],
                                     timeout: .seconds(20), check: false)
            #expect(result.succeeded, "\(result.standardError)")
            #expect(result.standardOutput.contains("applied version 1"), "\(result.standardOutput)")
            #expect(!result.standardError.contains("did not answer"), "\(result.standardError)")
            let v4 = try lab.run(in: gateway, ["nft", "list", "set", "inet", "sluice", "dn_pypi_v4"]).standardOutput
            let v6 = try lab.run(in: gateway, ["nft", "list", "set", "inet", "sluice", "dn_pypi_v6"]).standardOutput
            #expect(v4.contains("192.0.2.7 timeout 1m5s"), "the floor (60 s) and the grace (5 s): \(v4)")
            #expect(v6.contains("2001:db8::7 timeout 1m5s"), "\(v6)")

            // The same policy again, 2.5 s later: nothing recorded, the names resolved again all the
            // same, and their expiry moved on (the timeout is the same: without the expiry sent
            // too, the kernel would keep the old one, at most 62.5 s left).
            let again = try lab.run(in: gateway, ["sh", "-c", "sleep 2; python3 \(directory)/dns.py & sleep 0.5; \(apply); status=$?; wait; exit $status"],
                                    timeout: .seconds(20), check: false)
            #expect(again.succeeded, "\(again.standardError)")
            #expect(again.standardOutput.contains("already holds this policy"), "\(again.standardOutput)")
            #expect(again.standardOutput.contains("elements: +2 -0 in 2 sets"), "\(again.standardOutput)")
            let refreshed = try lab.run(in: gateway, ["nft", "list", "set", "inet", "sluice", "dn_pypi_v4"]).standardOutput
            let left = refreshed.firstMatch(of: /expires 1m(\d+)s/).flatMap { Int($0.1) } ?? 0
            #expect(left >= 3, "refreshed to about 65 s: \(refreshed)")
        }
    }

    @Test func aSilentServerIsAWarning() throws {
        try Self.withLab { lab, gateway, directory, sluice in
            let started = Date()
            let result = try lab.run(in: gateway, [sluice, "apply", "\(directory)/t.sluice", "--state-dir", "\(directory)/state", "-m", "x"],
                                     timeout: .seconds(20), check: false)
            #expect(result.succeeded, "\(result.standardError)")
            #expect(result.standardError.contains("warning: dns server 127.0.0.1 did not answer"), "\(result.standardError)")
            #expect(Date().timeIntervalSince(started) < 8)
            #expect(try lab.run(in: gateway, ["nft", "list", "table", "ip", "sluice"]).standardOutput.contains("answers_input"))
        }
    }

    /// Answers four queries on 127.0.0.1:53, A and AAAA of two names: pypi.org (192.0.2.7,
    /// 2001:db8::7) and gone.example.test (192.0.2.30, 2001:db8::30), TTL 1 (the floor applies).
    static let twoNames = dnsServer(queries: 4, other: ("gone", "30"))

    /// A name dropped from a destination takes its addresses out of the kernel at the apply that
    /// drops it (they stayed admitted for the rest of their TTL, up to a day, while explain said
    /// deny); the name still listed keeps its address although no server answers that apply. The
    /// apply's own answers are in the history (`status --names`).
    @Test func aDroppedNamesAddressesGoWithIt() throws {
        try Self.withLab { lab, gateway, directory, sluice in
            let both = Self.policy.replacingOccurrences(of: "\"*.pythonhosted.org\"", with: "\"gone.example.test\"")
            let one = Self.policy.replacingOccurrences(of: ", \"*.pythonhosted.org\"", with: "")
            try both.write(toFile: "\(directory)/both.sluice", atomically: true, encoding: .utf8)
            try one.write(toFile: "\(directory)/one.sluice", atomically: true, encoding: .utf8)
            try Self.twoNames.write(toFile: "\(directory)/dns2.py", atomically: true, encoding: .utf8)
            let state = "--state-dir \(directory)/state"
            let apply = "\(sluice) apply \(directory)/both.sluice \(state)"
            let first = try lab.run(in: gateway, ["sh", "-c", "python3 \(directory)/dns2.py & sleep 0.5; \(apply); status=$?; wait; exit $status"],
                                    timeout: .seconds(20), check: false)
            #expect(first.succeeded, "\(first.standardError)")
            let before = try lab.run(in: gateway, ["nft", "list", "set", "inet", "sluice", "dn_pypi_v4"]).standardOutput
            #expect(before.contains("192.0.2.7 ") && before.contains("192.0.2.30 "), "\(before)")
            let names = try lab.run(in: gateway, [sluice, "status", "--names", "--state-dir", "\(directory)/state"]).standardOutput
            #expect(names.contains("gone.example.test") && names.contains("192.0.2.30"), "the apply's answers are not in the history: \(names)")

            // No server answers now: the listed name's address stays on the history's word.
            let second = try lab.run(in: gateway, [sluice, "apply", "\(directory)/one.sluice", "--state-dir", "\(directory)/state"],
                                     timeout: .seconds(20), check: false)
            #expect(second.succeeded, "\(second.standardError)")
            let v4 = try lab.run(in: gateway, ["nft", "list", "set", "inet", "sluice", "dn_pypi_v4"]).standardOutput
            let v6 = try lab.run(in: gateway, ["nft", "list", "set", "inet", "sluice", "dn_pypi_v6"]).standardOutput
            #expect(!v4.contains("192.0.2.30") && !v6.contains("2001:db8::30"), "the dropped name's addresses stayed admitted: \(v4)\(v6)")
            #expect(v4.contains("192.0.2.7 ") && v6.contains("2001:db8::7 "), "the listed name's addresses went too: \(v4)\(v6)")
            let after = try lab.run(in: gateway, [sluice, "status", "--names", "--state-dir", "\(directory)/state"]).standardOutput
            #expect(!after.contains("gone.example.test"), "\(after)")
        }
    }
}
