import BenchSupport
import Foundation
import Glibc
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceWatch

// Destinations by DNS name (issue 11), as root in a namespace of its own:
//   1. answer-to-release latency at 1,000 answers/s (goal: p99 under 2 ms), as the client sees
//      it: sent from port 53, held in NFQUEUE (the compiled ruleset's queue rule) until the name
//      service has added the address to the learned set, received; against the reference of the
//      same flood with nobody on the queue (bypass);
//   2. 10,000 distinct names learned at 1,000 answers/s: the name service's memory (goal: under
//      50 MB) and CPU (goal: under 5% of a core).
// Each round sends N answers for new names; the CPU is the name thread's time per answer, and as
// a share of a core at the rate asked (time per answer x rate). Rounds after the first show the
// noise; memory is what the first round's names added.
// Run: swift build -c release --product bench-names && .build/release/bench-names
// Options: --names N (default 10000), --rate R (default 1000), --rounds K (default 3).

func option(_ name: String, _ fallback: Int) -> Int {
    guard let i = CommandLine.arguments.firstIndex(of: name), i + 1 < CommandLine.arguments.count,
          let value = Int(CommandLine.arguments[i + 1]) else { return fallback }
    return value
}

/// CPU time of this thread, in seconds.
func threadCPU() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Runs a command; returns its standard output.
func run(_ arguments: [String]) throws -> String {
    let path = NSTemporaryDirectory() + "sluice-bench-names-\(getpid()).out"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let r = try Measured.run(arguments, stdout: path)
    guard r.status == 0 else { throw BenchError.failed("\(arguments.joined(separator: " ")): \(r.output)") }
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}

/// Floods answers for names numbered from `first` in the namespace; returns (p50, p99, max) in ms
/// and the answers lost.
func flood(_ namespace: String, count: Int, rate: Int, first: Int = 0) throws -> (p50: Double, p99: Double, max: Double, lost: Int) {
    let out = try run(["/usr/sbin/ip", "netns", "exec", namespace, "python3", "-c", AnswerFlood.script, "\(count)", "\(rate)",
                       "\(first)"])
    let f = out.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
    guard f.count == 4 else { throw BenchError.failed("flood printed: \(out)") }
    return (f[0], f[1], f[2], Int(f[3]))
}

let names = option("--names", 10_000)
let rate = option("--rate", 1_000)
// The names are numbered with five digits.
let rounds = max(1, min(option("--rounds", 3), 100_000 / max(1, names)))
let policy = """
    policy bench {
      mode host
      dns 127.0.0.1
      dns addresses per name 4
    }
    destination mirrors "*.bench.example"
    allow self to mirrors on tcp/443
    """
let build = PolicyBuild.build(path: "b.sluice", fileSystem: InMemoryFileSystem(["b.sluice": policy]))
guard let compiled = build.compiled, let binding = compiled.dns else {
    print(build.renderedDiagnostics)
    exit(1)
}
let namespace = try BenchEnvironment.namespace("names")
defer { BenchEnvironment.removeNamespace(namespace) }
_ = try run(["/usr/sbin/ip", "-n", namespace, "link", "set", "lo", "up"])
let connection = try NetfilterConnection(namespace: .named(namespace))
let plan = try connection.plan(compiled.ruleset)
try connection.apply(plan, expectedGeneration: plan.generation)

// Reference: the same flood with nobody on the queue (the compiled rule's bypass: nothing held).
let reference = try flood(namespace, count: min(names, 2 * rate), rate: rate)

/// What the name thread has done so far: its CPU time (s) and the answers it handled.
struct Progress {
    var cpu = 0.0
    var answers = 0
    var learned = 0
    var figures: NameFigures?
}

// The name service on a thread of its own, as `sluice watch` runs it.
let rssBefore = try ProcessUsage.read(pid: getpid()).rss
let stop = StopFlag()
let progress = Locked(Progress())
let service = BenchThread.start("names") {
    do {
        var watch = NameWatch(kernel: try NetfilterNameKernel(table: compiled.table, namespace: .named(namespace)))
        try watch.follow(binding, now: 0)
        let cpu = threadCPU()
        var answers = 0
        while !stop.isStopped {
            guard let source = watch.answers else { break }
            let held = try source.next(timeout: .milliseconds(100))
            let received = ContinuousClock.now
            let now = UInt64(Date().timeIntervalSince1970 * 1_000)
            for answer in held { watch.handle(id: answer.id, packet: answer.packet, now: now, received: received) }
            _ = watch.takeUnsaved()
            answers += held.count
            let spent = threadCPU() - cpu
            progress.withLock { $0.cpu = spent; $0.answers = answers }
        }
        let now = UInt64(Date().timeIntervalSince1970 * 1_000)
        let learned = watch.learned(now: now).count, figures = watch.figures(now: now)
        progress.withLock { $0.learned = learned; $0.figures = figures }
        watch.stop()
    } catch {
        print("name service: \(error)")
    }
}
Thread.sleep(forTimeInterval: 0.3)

/// One round's figures: the client's latencies and the name thread's CPU per answer (µs).
struct Round {
    var latency: (p50: Double, p99: Double, max: Double, lost: Int)
    var microsecondsPerAnswer: Double
    var shareOfCore: Double { microsecondsPerAnswer * Double(rate) / 1e4 }
}
var results: [Round] = []
var rssGained = 0
for round in 0..<rounds {
    let before = progress.withLock { $0 }
    let latency = try flood(namespace, count: names, rate: rate, first: round * names)
    Thread.sleep(forTimeInterval: 0.2)
    let after = progress.withLock { $0 }
    if round == 0 { rssGained = max(0, try ProcessUsage.read(pid: getpid()).rss - rssBefore) }
    let perAnswer = (after.cpu - before.cpu) * 1e6 / Double(max(1, after.answers - before.answers))
    results.append(Round(latency: latency, microsecondsPerAnswer: perAnswer))
}
stop.stop()
_ = service.join(seconds: 5)
let final = progress.withLock { $0 }

print("names: \(names) new names a round, \(rounds) rounds, \(rate) answers/s; load average \(LoadAverage.now())")
for (i, r) in results.enumerated() {
    print(String(format: "  round %d: answer to release p99 %.3f ms, p50 %.3f ms, max %.3f ms, lost %d; CPU %.1f µs an answer = %.2f%% of a core",
                 i + 1, r.latency.p99, r.latency.p50, r.latency.max, r.latency.lost, r.microsecondsPerAnswer, r.shareOfCore))
}
let byCPU = results.map(\.microsecondsPerAnswer).sorted(), byP99 = results.map(\.latency.p99).sorted()
print(String(format: "  answer to release, p99: %.3f ms median of the rounds (%.3f-%.3f; goal < 2 ms)",
             byP99[byP99.count / 2], byP99[0], byP99[byP99.count - 1]))
print(String(format: "  reference (no queue): p99 %.3f ms, p50 %.3f ms", reference.p99, reference.p50))
print(String(format: "  name service CPU: %.1f µs an answer (%.1f-%.1f) = %.2f%% of a core at %d answers/s (goal < 5%%)",
             byCPU[byCPU.count / 2], byCPU[0], byCPU[byCPU.count - 1], byCPU[byCPU.count / 2] * Double(rate) / 1e4, rate))
print(String(format: "  memory: %.1f MB more resident after learning the first %d names (goal < 50 MB); %d names learned in all",
             Double(rssGained) / 1e6, names, final.learned))
if let f = final.figures {
    print(String(format: "  in the service: held %d, released %d, failed batches %d, release max %.3f ms, mean %.3f ms",
                 f.answersHeld, f.answersReleased, f.failedBatches, f.releaseMaxSeconds * 1e3,
                 f.releaseSumSeconds * 1e3 / Double(max(1, f.answersReleased))))
}
