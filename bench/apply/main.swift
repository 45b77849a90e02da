import BenchSupport
import Foundation
import Glibc

// `sluice apply` of a generated policy with 100,000 destination prefixes (IPv6 /64s inside
// 2001:db8::/32: there are not 100,000 IPv4 prefixes in the documentation ranges) and 1,000
// groups, against `nft -f` of the same ruleset:
//   1. full apply into an empty namespace (goals: <= 0.6x the wall time, <= 0.25x the user CPU);
//   2. one prefix changed, over the full apply (goal: <= 0.05x a full `nft -f` reload);
//   3. peak memory of each;
//   4. the element encoders: the full apply's transaction built by Sluice's own encoder and by
//      libnftnl (`--encode`, each in a child of its own), against the full apply's wall time.
// Every round uses fresh namespaces (`sb-<tag>-<pid>`) and state directories, removed after it.
// Run as root, release build:
//   swift build -c release --product sluice --product bench-apply && .build/release/bench-apply
// Options: --rounds N (default 5, at least 5), --prefixes N (default 100000; smaller only to try it).

/// Reads `/proc/loadavg`'s three averages.
func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

/// Makes `path` absolute: `ip netns exec` must find the programs whatever it does to the directory.
func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
}

/// Prints a progress line at once, also when the output goes to a file.
func progress(_ line: String) {
    print(line)
    fflush(nil)
}

func runBenchmark(rounds: Int, prefixes: Int) throws {
    guard geteuid() == 0 else { throw BenchError.failed("needs root (network namespaces, nftables)") }
    Interruption.install()
    let dir = try BenchEnvironment.scratch("apply")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? absolute(CommandLine.arguments[0])
    let generator = GeneratedPolicy(prefixes: prefixes)
    let bench = ApplyBenchmark(rounds: rounds, generator: generator, sluice: absolute(BenchEnvironment.sluice),
                               phasesProgram: me, dir: dir)
    var uts = utsname()
    uname(&uts)
    let kernel = withUnsafeBytes(of: &uts.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    progress("bench-apply: \(ISO8601DateFormatter().string(from: Date())), kernel \(kernel), \(BenchEnvironment.nft)")
    progress("load average at start: \(loadAverage()); nftables event listeners on the machine: \(EventListeners.count())")
    try bench.prepare()
    let size = (try? FileManager.default.attributesOfItem(atPath: bench.policy)[.size] as? Int) ?? 0
    let rulesetSize = (try? FileManager.default.attributesOfItem(atPath: bench.baseRuleset)[.size] as? Int) ?? 0
    progress("policy: \(generator.groups) groups, \(prefixes) destination prefixes (IPv6 /64s in 2001:db8::/32), "
          + "\(size) bytes; ruleset \(rulesetSize) bytes; \(rounds) rounds after a warm-up (more if an nftables event listener spoils some)")

    // Tearing down a namespace that holds a large table goes on in a kernel worker after
    // `ip netns del` returns; a pause keeps it out of the next round's measurements.
    func settle() { usleep(1_500_000) }
    // A process listening to nftables events anywhere on the machine makes every commit slower
    // (see EventListeners): wait for it to go, and measure more rounds when one turns up anyway.
    func quiet() {
        let before = EventListeners.count()
        guard before > 0 else { return }
        progress("waiting for \(before) nftables event listener(s) elsewhere on the machine to go (at most 2 min)")
        let after = EventListeners.waitForNone(limit: 120)
        if after > 0 { progress("  still \(after); measuring anyway, the round will be marked") }
    }
    quiet()
    try bench.round("w", record: false)
    settle()
    var attempt = 0
    while bench.cleanRounds < rounds && attempt < 2 * rounds {
        quiet()
        try bench.round(String(attempt), record: true)
        attempt += 1
        let listener = bench.listenerRounds.last == true ? " [nftables event listener present]" : ""
        progress("round \(attempt): \(bench.lastRoundText()); load average \(loadAverage())\(listener)")
        settle()
    }
    print("load average at end: \(loadAverage()); nftables event listeners on the machine: \(EventListeners.count())")
    print("")
    print(bench.report())
    print("")
    print("checks and what the changed apply did:")
    print(bench.notesText())
}

/// Runs a child mode (`FLAG` and two arguments) and exits: 2 for a wrong call, 1 for an error.
func childMode(_ arguments: [String], _ flag: String, usage: String, _ body: (String, String) throws -> Void) {
    guard arguments.first == flag else { return }
    guard arguments.count == 3 else {
        FileHandle.standardError.write(Data("usage: bench-apply \(flag) \(usage)\n".utf8))
        exit(2)
    }
    do {
        try body(arguments[1], arguments[2])
    } catch {
        FileHandle.standardError.write(Data("bench-apply \(flag): \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}

let arguments = Array(CommandLine.arguments.dropFirst())
childMode(arguments, ApplyPhases.flag, usage: "POLICY STATE_DIR") { try ApplyPhases.run(policy: $0, stateDirectory: $1) }
// The two policies a round applies, for profiling `sluice apply` by hand.
childMode(arguments, "--write-policies", usage: "BASE CHANGED") { base, changed in
    let generator = GeneratedPolicy(prefixes: 100_000)
    try generator.text(variant: 0).write(toFile: base, atomically: true, encoding: .utf8)
    try generator.text(variant: 1).write(toFile: changed, atomically: true, encoding: .utf8)
}
childMode(arguments, EncoderComparison.flag, usage: "POLICY hand|libnftnl") {
    try EncoderComparison.run(policy: $0, encoder: $1)
}

var rounds = 5
var prefixes = 100_000
var rest = arguments[...]
while let option = rest.popFirst() {
    guard let value = rest.popFirst().flatMap({ Int($0) }) else {
        print("usage: bench-apply [--rounds N] [--prefixes N]")
        exit(2)
    }
    switch option {
    case "--rounds" where value >= 5: rounds = value
    case "--prefixes" where value >= 100: prefixes = value
    default:
        print("usage: bench-apply [--rounds N (>= 5)] [--prefixes N (>= 100)]")
        exit(2)
    }
}
do {
    try runBenchmark(rounds: rounds, prefixes: prefixes)
} catch {
    print("bench-apply: \(error)")
    exit(1)
}
