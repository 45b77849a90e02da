import Foundation

/// Where the benchmarks find the programs they compare.
public enum BenchEnvironment {
    /// The `sluice` binary: `$SLUICE` or the release build beside the benchmark.
    public static var sluice: String {
        if let path = ProcessInfo.processInfo.environment["SLUICE"] { return path }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sluice").path
        return beside
    }

    /// `nft`, from the usual places.
    public static var nft: String {
        ["/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/sbin/nft"
    }

    /// A scratch directory for this run.
    public static func scratch(_ name: String) throws -> String {
        let dir = NSTemporaryDirectory() + "sluice-bench-\(name)-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Creates a network namespace for a reference run; returns its name.
    public static func namespace(_ tag: String) throws -> String {
        let name = "sb-\(tag)-\(getpid() % 100_000)"
        let r = try Measured.run(["/usr/sbin/ip", "netns", "add", name])
        guard r.status == 0 else { throw BenchError.failed("ip netns add \(name): \(r.output)") }
        return name
    }

    /// Removes a namespace made by `namespace(_:)`.
    public static func removeNamespace(_ name: String) {
        _ = try? Measured.run(["/usr/sbin/ip", "netns", "del", name])
    }
}
