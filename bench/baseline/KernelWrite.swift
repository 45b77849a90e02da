import Foundation
import Glibc
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceWatch

/// The kernel side of a window start: every host's learned limit written into its quota element
/// with `NetfilterConnection.replaceQuotaElements` (what the watcher's `writeElementLimits` does),
/// in a namespace of its own. Counts the transactions by the ruleset generation (goal: one) and
/// measures it against reading the same set back (a dump of the same elements) in the same run.
enum KernelWrite {
    static let policy = """
        policy bench {
          mode gateway
          egress "wan0"
          management soc
        }
        group soc   192.168.0.0/28
        group fleet 10.0.0.0/16
        destination mirror 192.0.2.0/24
        allow fleet to mirror on tcp/443
        allow soc to any
        quota fleet 10x usual at least 2 GiB per 6h per host
        """

    static func run(_ baselines: [HostBaseline]) throws {
        guard getuid() == 0 else {
            print("kernel transaction: skipped (needs root for a network namespace)")
            return
        }
        let name = "sl-bench-baseline-\(getpid())"
        try ip(["netns", "add", name])
        defer { try? ip(["netns", "del", name]) }
        let build = PolicyBuild.build(path: "bench.sluice", table: "sluice",
                                      fileSystem: InMemoryFileSystem(["bench.sluice": policy]))
        guard let compiled = build.compiled, let binding = compiled.quotas.first, let set = binding.hostSet(.ipv4) else {
            throw KernelWriteError.policy(build.renderedDiagnostics)
        }
        let connection = try NetfilterConnection(namespace: .named(name))
        let plan = try connection.plan(compiled.ruleset)
        try connection.apply(plan, expectedGeneration: plan.generation)
        let elements = baselines.compactMap { b in b.host.elementKey.map { SetElement($0, quotaUsed: 0, quotaLimit: b.limit) } }

        let before = try connection.generation()
        var cpu = threadCPU(), wall = Date()
        try connection.replaceQuotaElements([set: elements], table: "sluice")
        let writeCPU = threadCPU() - cpu, writeWall = Date().timeIntervalSince(wall)
        let transactions = Int(try connection.generation()) - Int(before)

        cpu = threadCPU()
        wall = Date()
        let back = try connection.readSet(table: "sluice", name: set)
        let readCPU = threadCPU() - cpu, readWall = Date().timeIntervalSince(wall)
        let own = back.elements.filter { $0.quotaLimit != nil }.count
        print("kernel transaction: \(elements.count) learned limits into \(set), in a namespace of its own")
        print(String(format: "  write: %d transaction(s) (goal 1), %.3f s CPU, %.3f s wall; reading the set back (reference): "
                     + "%.3f s CPU, %.3f s wall; ratio %.2f", transactions, writeCPU, writeWall, readCPU, readWall,
                     writeWall / max(readWall, 1e-9)))
        print("  elements with their own limit read back: \(own) of \(back.elements.count)")
    }

    private static func ip(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw KernelWriteError.ip(arguments.joined(separator: " ")) }
    }
}
