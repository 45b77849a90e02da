import Foundation

/// A fresh temporary directory per test, removed when the test lets go of it.
final class TestDirectory: Sendable {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/sluice-store-test-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
    }

    /// The state directory the store under test creates inside the temporary one.
    var state: String { path + "/state" }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
