import Foundation
import Glibc
import Testing
@testable import SluiceLab

extension LabTests {
    /// Kernel tests run unless SLUICE_SKIP_KERNEL_TESTS=1; without root they fail in `Lab.create`.
    static let kernelTestsSkipped = ProcessInfo.processInfo.environment["SLUICE_SKIP_KERNEL_TESTS"] == "1"

    /// An address from a literal the test knows to be valid.
    static func address(_ text: String) throws -> LabAddress {
        try LabAddress(parsing: text)
    }

    /// The names `ip netns list` prints.
    static func namespaceNames() throws -> Set<String> {
        let listing = try Subprocess.run(["ip", "netns", "list"], timeout: .seconds(5)).checked()
        return Set(listing.standardOutput.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    /// Every task (process or thread) on the machine whose network namespace is one of `inodes`.
    static func tasks(inNamespaces inodes: Set<UInt64>) -> [String] {
        let fileManager = FileManager.default
        var found: [String] = []
        for pid in (try? fileManager.contentsOfDirectory(atPath: "/proc")) ?? [] where pid.allSatisfy(\.isNumber) {
            for task in (try? fileManager.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? [] {
                guard let link = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/\(pid)/task/\(task)/ns/net"),
                      let inode = UInt64(link.dropFirst("net:[".count).dropLast()) else { continue }
                if inodes.contains(inode) { found.append("\(pid)/\(task)") }
            }
        }
        return found.sorted()
    }

    /// What a lab must not change in the root namespace: forwarding sysctls and interface names.
    struct RootSnapshot: Equatable {
        var sysctls: [String]
        var interfaces: Set<String>

        static func take() throws -> RootSnapshot {
            let paths = ["net/ipv4/ip_forward", "net/ipv6/conf/all/forwarding",
                         "net/ipv6/conf/default/accept_dad", "net/ipv4/conf/all/rp_filter"]
            let sysctls = try paths.map { try String(contentsOfFile: "/proc/sys/\($0)", encoding: .utf8) }
            let interfaces = Set(try FileManager.default.contentsOfDirectory(atPath: "/sys/class/net"))
            return RootSnapshot(sysctls: sysctls, interfaces: interfaces)
        }
    }

    /// Reads an interface statistic (`tx_bytes`, `rx_bytes`) inside a lab namespace.
    static func statistic(_ lab: Lab, _ namespace: LabNamespace, _ interface: String, _ name: String) throws -> Int {
        let text = try lab.run(in: namespace, ["cat", "/sys/class/net/\(interface)/statistics/\(name)"]).standardOutput
        return try #require(Int(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// The byte count of a named nftables counter in the lab namespace.
    static func counterBytes(_ lab: Lab, _ namespace: LabNamespace, table: String, counter: String) throws -> Int {
        let text = try lab.run(in: namespace, ["nft", "list", "counter", "inet", table, counter]).standardOutput
        let range = try #require(text.range(of: #"bytes [0-9]+"#, options: .regularExpression))
        return try #require(Int(text[range].dropFirst("bytes ".count)))
    }

    /// Destroys `lab` and checks that nothing is left: no namespace of it in `ip netns list`, no
    /// process or thread inside its namespaces, the root namespace as it was.
    static func destroyAndCheck(_ lab: Lab, root: RootSnapshot) throws {
        let names = Set(lab.namespaces.map(\.name))
        let inodes = Set(try lab.namespaces.map { try $0.inode() })
        let started = ContinuousClock.now
        let problems = lab.destroy()
        let took = started.duration(to: .now)
        #expect(problems.isEmpty, "\(problems)")
        #expect(took < .seconds(5))
        #expect(lab.isDestroyed)
        #expect(try namespaceNames().isDisjoint(with: names))
        #expect(tasks(inNamespaces: inodes).isEmpty)
        #expect(!LabRegistry.liveLabs.contains { $0 === lab })
        #expect(lab.destroy().isEmpty, "a second destroy is a no-op")
        let after = try RootSnapshot.take()
        #expect(after.sysctls == root.sysctls)
        let ours = Set(lab.links.flatMap { [$0.interface, $0.peerInterface] })
        #expect(after.interfaces.subtracting(root.interfaces).isDisjoint(with: ours))
    }
}
