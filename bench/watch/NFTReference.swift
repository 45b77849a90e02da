import BenchSupport
import Foundation
import SluiceLab
import SluiceSystem

/// The reference: what it costs to read the same per-host sets once per second with the standard
/// tool, `nft -j list set`, one process per set. Each run is spawned from a thread that has
/// entered the gateway's namespace (the child inherits it), so no `ip netns exec` is counted, and
/// measured with wait4's rusage like every other bench.
struct NFTReference {
    var namespace: LabNamespace
    var table: String
    var sets: [String]
    var seconds: Int
    var scratch: String

    func run() throws -> NFTReferenceResult {
        let nft = BenchEnvironment.nft
        var measured: [Measured] = []
        var elements: [String: Int] = [:]
        let started = ContinuousClock.now
        for second in 0..<seconds {
            let due = started.advanced(by: .seconds(second))
            let wait = ContinuousClock.now.duration(to: due)
            if wait > .zero { Thread.sleep(forTimeInterval: wait.secondsValue) }
            for set in sets {
                let listing = scratch + "/nft-\(set).json"
                let keep = second == 0
                let arguments = [nft, "-j", "list", "set", "inet", table, set]
                let run = try namespace.perform { try Measured.run(arguments, stdout: keep ? listing : "/dev/null") }
                guard run.status == 0 else { throw BenchError.failed("nft -j list set \(set) failed: \(run.output)") }
                measured.append(run)
                if keep {
                    elements[set] = try NFTSetListing(json: String(contentsOfFile: listing, encoding: .utf8)).elements.count
                }
            }
        }
        return NFTReferenceResult(runs: measured.count, cpuSeconds: measured.reduce(0) { $0 + $1.user + $1.system },
                                  windowSeconds: max(Double(seconds), started.duration(to: .now).secondsValue),
                                  peakRSS: measured.map(\.maxRSS).max() ?? 0,
                                  medianRunSeconds: measured.isEmpty ? 0 : Measured.median(measured).wall, elements: elements)
    }
}
