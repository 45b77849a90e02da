import BenchSupport
import Foundation

// The watcher's cost with 10,000 active hosts sending: CPU time (share of one core) and resident
// memory of the real `sluice watch` at its default 1 s poll, from /proc, against `nft -j list set`
// of the same sets once per second. Goal: <= 2% of one core and <= 50 MB. Needs root.
// Options: --hosts N (10000), --rate DATAGRAMS_PER_SECOND (20000), --warmup S (20), --seconds S (60),
// --flush S (passed to sluice watch as --flush Ss, to separate the store's share; default: the
// watcher's own 10 s), --users N (host mode instead: N local users of one node, each with a socket of
// its own and a per-user quota, against the same goals).

do {
    let scenario = CommandLine.arguments.contains("--users") ? WatchScenario.users(try BenchOption.int("--users", default: 5_000))
        : WatchScenario.hosts(try BenchOption.int("--hosts", default: 10_000))
    let bench = WatchBench(scenario: scenario, rate: try BenchOption.int("--rate", default: 20_000),
                           warmUp: try BenchOption.int("--warmup", default: 20), seconds: try BenchOption.int("--seconds", default: 60),
                           flush: CommandLine.arguments.contains("--flush") ? try BenchOption.int("--flush", default: 10) : nil,
                           sluice: BenchEnvironment.sluice,
                           progress: { line in FileHandle.standardError.write(Data(("# " + line + "\n").utf8)) })
    print(try bench.run().text(), terminator: "")
} catch {
    print("bench-watch: \(error)")
    exit(1)
}
