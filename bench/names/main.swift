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
// Run: swift build -c release --product bench-names && .build/release/bench-names
// Options: --names N (default 10000), --rate R (default 1000).

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

/// Floods answers in the namespace; returns (p50, p99, max) in ms and the answers lost.
func flood(_ namespace: String, count: Int, rate: Int) throws -> (p50: Double, p99: Double, max: Double, lost: Int) {
    let out = try run(["/usr/sbin/ip", "netns", "exec", namespace, "python3", "-c", AnswerFlood.script, "\(count)", "\(rate)"])
    let f = out.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
    guard f.count == 4 else { throw BenchError.failed("flood printed: \(out)") }
    return (f[0], f[1], f[2], Int(f[3]))
}

let names = option("--names", 10_000)
let rate = option("--rate", 1_000)
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

// The name service on a thread of its own, as `sluice watch` runs it.
let rssBefore = try ProcessUsage.read(pid: getpid()).rss
let stop = StopFlag()
let result = Locked<(cpu: Double, wall: Double, learned: Int, figures: NameFigures?)>((0, 0, 0, nil))
let service = BenchThread.start("names") {
    do {
        var watch = NameWatch(kernel: try NetfilterNameKernel(table: compiled.table, namespace: .named(namespace)))
        try watch.follow(binding, now: 0)
        let cpu = threadCPU(), wall = ContinuousClock.now
        while !stop.isStopped {
            guard let source = watch.answers else { break }
            let held = try source.next(timeout: .milliseconds(100))
            let received = ContinuousClock.now
            let now = UInt64(Date().timeIntervalSince1970 * 1_000)
            for answer in held { watch.handle(id: answer.id, packet: answer.packet, now: now, received: received) }
            _ = watch.takeUnsaved()
        }
        let spent = threadCPU() - cpu, elapsed = (ContinuousClock.now - wall)
        let now = UInt64(Date().timeIntervalSince1970 * 1_000)
        result.withLock { $0 = (spent, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                                watch.learned(now: now).count, watch.figures(now: now)) }
        watch.stop()
    } catch {
        print("name service: \(error)")
    }
}
Thread.sleep(forTimeInterval: 0.3)
let held = try flood(namespace, count: names, rate: rate)
let rssAfter = try ProcessUsage.read(pid: getpid()).rss
stop.stop()
_ = service.join(seconds: 5)
let figures = result.withLock { $0 }

print("names: \(names) distinct names, \(rate) answers/s; load average \(LoadAverage.now())")
print(String(format: "  answer to release, p99: %.3f ms (goal < 2 ms); p50 %.3f ms, max %.3f ms, lost %d",
             held.p99, held.p50, held.max, held.lost))
print(String(format: "  reference (no queue): p99 %.3f ms, p50 %.3f ms; added by holding, p99: %.3f ms",
             reference.p99, reference.p50, held.p99 - reference.p99))
print(String(format: "  name service CPU: %.2f%% of a core (goal < 5%%); %.3f s over %.1f s",
             100 * figures.cpu / max(figures.wall, 1e-9), figures.cpu, figures.wall))
print(String(format: "  memory: %.1f MB more resident after learning %d names (goal < 50 MB)",
             Double(max(0, rssAfter - rssBefore)) / 1e6, figures.learned))
if let f = figures.figures {
    print(String(format: "  in the service: held %d, released %d, failed batches %d, release max %.3f ms, mean %.3f ms",
                 f.answersHeld, f.answersReleased, f.failedBatches, f.releaseMaxSeconds * 1e3,
                 f.releaseSumSeconds * 1e3 / Double(max(1, f.answersReleased))))
}
