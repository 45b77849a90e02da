import Foundation
import SluiceKernel

/// A throwaway network namespace for one test: `ip netns add` with a unique short name, removed by
/// `remove()` (call it in `defer`).
final class TestNamespace {
    let name: String

    /// Whether kernel tests may be skipped (`SLUICE_SKIP_KERNEL_TESTS=1`); otherwise they must run
    /// and fail when they cannot.
    static var skipKernelTests: Bool {
        ProcessInfo.processInfo.environment["SLUICE_SKIP_KERNEL_TESTS"] == "1"
    }

    init() throws {
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        name = "sk-\(suffix)"
        try Shell.run(["ip", "netns", "add", name])
        try Shell.run(["ip", "-n", name, "link", "set", "lo", "up"])
    }

    var namespace: NetworkNamespace { .named(name) }

    /// Runs `nft ARGS` inside the namespace.
    @discardableResult
    func nft(_ arguments: String..., input: String? = nil) throws -> String {
        try Shell.run(["ip", "netns", "exec", name, "nft"] + arguments, input: input)
    }

    /// Loads nft text with `nft -f -`.
    func load(_ text: String) throws {
        try nft("-f", "-", input: text)
    }

    /// `nft list table inet TABLE`.
    func list(_ table: String = "sluice") throws -> String {
        try nft("list", "table", "inet", table)
    }

    /// Runs a command inside the namespace.
    @discardableResult
    func exec(_ arguments: [String]) throws -> String {
        try Shell.run(["ip", "netns", "exec", name] + arguments)
    }

    func remove() {
        _ = try? Shell.run(["ip", "netns", "delete", name])
    }
}
