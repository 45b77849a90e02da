import BenchSupport
import Foundation

// Containment latency: from the datagram that spends a host's quota to the host being in the
// kernel's isolation set, with the real `sluice apply` and `sluice watch` in a throwaway lab.
// Goal: p99 <= 100 ms (event path). Needs root. Options: --trials N (default 200),
// --poll-trials N (default 50; 0 skips the poll path), --background-hosts N (default 0: other
// hosts that keep sending meanwhile, so the watcher's polls are as large as at a big site).

func option(_ name: String, default value: Int) throws -> Int {
    let arguments = CommandLine.arguments
    guard let at = arguments.firstIndex(of: name) else { return value }
    guard at + 1 < arguments.count, let number = Int(arguments[at + 1]), number >= 0 else {
        throw BenchError.failed("\(name) needs a number")
    }
    return number
}

do {
    let bench = ContainmentBench(trials: try option("--trials", default: 200), pollTrials: try option("--poll-trials", default: 50),
                                 backgroundHosts: try option("--background-hosts", default: 0),
                                 sluice: BenchEnvironment.sluice,
                                 progress: { line in FileHandle.standardError.write(Data(("# " + line + "\n").utf8)) })
    print(try bench.run().text(), terminator: "")
} catch {
    print("bench-containment: \(error)")
    exit(1)
}
