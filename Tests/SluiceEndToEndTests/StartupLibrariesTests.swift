import Foundation
import Testing

/// What every `sluice` process maps before it runs a line of Sluice: libssl and libcrypto are
/// opened only when a TLS connection is configured (the fleet's etcd client), so the watcher of a
/// single gateway and every short command do without them (EtcdTLSTests covers TLS itself).
@Suite struct StartupLibrariesTests {
    @Test func theExecutableDoesNotNeedOpenSSLToStart() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [try TestEnvironment.sluiceExecutable()]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.contains("libc.so"), "ldd listed: \(output)")
        #expect(!output.contains("libssl"), "ldd listed: \(output)")
        #expect(!output.contains("libcrypto"), "ldd listed: \(output)")
    }
}
