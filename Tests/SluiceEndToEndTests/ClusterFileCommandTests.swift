import Foundation
import Testing
@testable import SluiceLab

/// A cluster file's mistakes as a command reports them: each at its file:line, before anything
/// reaches etcd, whether the value is refused by the file's reader or by the settings it makes.
@Suite struct ClusterFileCommandTests {
    @Test("a refused endpoint, gateway, missing TLS file or a certificate without its key is named at its line")
    func mistakesNameTheirLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-cluster-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let existing = directory.appendingPathComponent("ca.pem").path
        try "not a certificate".write(toFile: existing, atomically: true, encoding: .utf8)
        let cases: [(String, String)] = [
            ("# fleet\nendpoints = ftp://x:1\ngateway = gw1\n", ":2: endpoint 'ftp://x:1' is not"),
            ("endpoints =\ngateway = gw1\n", ":1: no etcd endpoint given"),
            ("endpoints = https://127.0.0.1:9\ngateway = gw/1\n", ":2: gateway name 'gw/1' must be"),
            ("endpoints = 127.0.0.1:9\nplaintext = yes\ngateway = gw1\nca = /nonexistent/ca.pem\n", ":4: cannot read the ca file"),
            ("endpoints = https://127.0.0.1:9\ngateway = gw1\nca = \(existing)\ncert = \(existing)\n",
             ":4: a client certificate needs its key"),
            ("endpoints = https://127.0.0.1:9\ngateway = gw1\nsync-interval = 1e300\n", ":3: 'sync-interval' must be a duration"),
        ]
        for (index, (text, expected)) in cases.enumerated() {
            let path = directory.appendingPathComponent("cluster-\(index).conf").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let run = try Subprocess.run([try TestEnvironment.sluiceExecutable(), "status", "--cluster-config", path],
                                         timeout: .seconds(30))
            #expect(run.status == 1, "\(text): \(run)")
            #expect(run.standardError.contains(expected.hasPrefix(":") ? path + expected : expected), "\(text): \(run.standardError)")
        }
    }
}
