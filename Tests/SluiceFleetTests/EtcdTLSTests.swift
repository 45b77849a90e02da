import Foundation
import SluiceFleet
import Testing

/// The etcd client over TLS against a real etcd that requires client certificates: the member's
/// certificate is checked against the CA and the address, the client's is sent.
@Suite(.serialized) struct EtcdTLSTests {
    /// A CA, a member certificate for 127.0.0.1 and a client certificate, made with openssl.
    private static func certificates(in directory: String) throws -> (ca: String, server: (String, String), client: (String, String), stranger: String) {
        let script = """
            set -e
            cd "$1"
            key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out "$1" 2>/dev/null; }
            key ca.key; openssl req -x509 -new -key ca.key -out ca.pem -days 1 -subj /CN=sluice-test-ca
            key other.key; openssl req -x509 -new -key other.key -out other.pem -days 1 -subj /CN=another-ca
            key server.key; openssl req -new -key server.key -out server.csr -subj /CN=etcd
            printf 'subjectAltName=IP:127.0.0.1\\nextendedKeyUsage=serverAuth,clientAuth\\n' > server.ext
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 1 -extfile server.ext 2>/dev/null
            key client.key; openssl req -new -key client.key -out client.csr -subj /CN=gw-a
            printf 'extendedKeyUsage=clientAuth\\n' > client.ext
            openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out client.pem -days 1 -extfile client.ext 2>/dev/null
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "sh", directory]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw EtcdError.malformed("openssl failed") }
        return ("\(directory)/ca.pem", ("\(directory)/server.pem", "\(directory)/server.key"),
                ("\(directory)/client.pem", "\(directory)/client.key"), "\(directory)/other.pem")
    }

    @Test func clientCertificatesAndPeerVerification() throws {
        let directory = NSTemporaryDirectory() + "sluice-etcd-tls-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try Self.certificates(in: directory)
        let etcd = try EtcdCluster(tls: (files.ca, files.server.0, files.server.1))
        let good = TLSSettings(caFile: files.ca, certFile: files.client.0, keyFile: files.client.1)
        let client = try EtcdClient(endpoints: etcd.endpoints, tls: good)
        try client.put("/tls/a", Data("1".utf8))
        #expect(try client.range("/tls/a").kvs.count == 1)

        // Without a client certificate the member refuses.
        let anonymous = try EtcdClient(endpoints: etcd.endpoints, tls: TLSSettings(caFile: files.ca), timeout: .seconds(1))
        #expect(throws: EtcdError.self) { try anonymous.range("/tls/a") }
        // A member whose certificate does not chain to the CA is refused by the client.
        let distrusting = try EtcdClient(endpoints: etcd.endpoints, tls: TLSSettings(caFile: files.stranger, certFile: files.client.0,
                                                                                     keyFile: files.client.1), timeout: .seconds(1))
        #expect {
            try distrusting.range("/tls/a")
        } throws: { error in
            "\(error)".contains("certificate")
        }
        // A missing key file is named.
        #expect {
            try EtcdClient(endpoints: etcd.endpoints, tls: TLSSettings(caFile: files.ca, certFile: files.client.0,
                                                                       keyFile: directory + "/missing.key"))
        } throws: { error in
            "\(error)".contains("missing.key")
        }
    }

    @Test func plaintextEndpointsNeedToBeAskedFor() throws {
        #expect(throws: ClusterSettingsError.self) { try ClusterSettings(endpoints: "http://10.0.0.1:2379", gateway: "a") }
        let settings = try ClusterSettings(endpoints: "10.0.0.1:2379, 10.0.0.2", gateway: "a", plaintext: true)
        #expect(settings.endpoints.map(\.description) == ["http://10.0.0.1:2379", "http://10.0.0.2:2379"])
        #expect(try ClusterSettings(endpoints: "10.0.0.1", gateway: "a").endpoints.first?.tls == true)
        #expect(throws: ClusterSettingsError.self) { try ClusterSettings(endpoints: "10.0.0.1", gateway: "a/b") }
        // A name no `gateway NAME { }` block can give (a dot, a keyword) could never have its own egress.
        #expect(throws: ClusterSettingsError.self) { try ClusterSettings(endpoints: "10.0.0.1", gateway: "border.a") }
        #expect(throws: ClusterSettingsError.self) { try ClusterSettings(endpoints: "10.0.0.1", gateway: "any") }
        #expect(try ClusterSettings(endpoints: "10.0.0.1", gateway: "border-a_2").gateway == "border-a_2")
    }

    @Test func clusterFileErrorsNameTheLine() throws {
        let file = try ClusterFile(text: "# fleet\nendpoints = https://e1:2379\ngateway = gw-a\nsync-interval = 500ms\n", path: "c.conf")
        #expect(file.values["gateway"] == "gw-a")
        #expect(try file.duration("sync-interval") == .milliseconds(500))
        #expect {
            try ClusterFile(text: "endpoints = x\nwhat = y\n", path: "c.conf")
        } throws: { error in
            "\(error)".hasPrefix("c.conf:2: unknown setting 'what'")
        }
        #expect {
            try ClusterFile(text: "plaintext = maybe\n", path: "c.conf").flag("plaintext")
        } throws: { error in
            "\(error)" == "c.conf:1: 'plaintext' must be yes or no"
        }
    }
}
