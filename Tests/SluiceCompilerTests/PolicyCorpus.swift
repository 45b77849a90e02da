import Foundation

/// The policies the golden and kernel tests run over: the shipped `policies/` and the focused
/// fixtures under `Tests/Fixtures/`, by a short name.
enum PolicyCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// (golden name, path relative to the package root).
    static let all: [(name: String, path: String)] = [
        ("hpc-center", "policies/hpc-center.sluice"),
        ("small-office", "policies/small-office.sluice"),
        ("login-node", "policies/login-node.sluice"),
        ("transfer-node", "policies/transfer-node.sluice"),
        ("minimal", "Tests/Fixtures/minimal.sluice"),
        ("dual-stack", "Tests/Fixtures/dual-stack.sluice"),
        ("host-node", "Tests/Fixtures/host-node.sluice"),
        ("audit-gateway", "Tests/Fixtures/audit-gateway.sluice"),
        ("warn-quotas", "Tests/Fixtures/warn-quotas.sluice"),
        ("learned-quotas", "Tests/Fixtures/learned-quotas.sluice"),
    ]
}
