import BenchSupport
import Foundation
import Glibc
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceSystem
import SluiceWatch

// Destinations by DNS name (issue 11), as root in a namespace of its own:
//   1. answer-to-release latency at 1,000 answers/s (goal: p99 under 2 ms), as the client sees
//      it: sent from port 53, held in NFQUEUE (the compiled ruleset's queue rule) until the name
//      service has added the address to the learned set, received; against the reference of the
//      same flood with nobody on the queue (bypass);
//   2. 10,000 distinct names learned at 1,000 answers/s: the name service's memory (goal: under
//      50 MB) and CPU (goal: under 5% of a core).
// Each round sends N answers for N / repeat new names, each name answered `repeat` times with its
// TTL counted down (a caching resolver); the CPU is the name thread's time per answer, and as a
// share of a core at the rate asked (time per answer x rate). The rounds run twice, alternately:
// with the service as it runs (an element its own write admitted long enough is not written
// again) and, for reference, writing every answer's elements. Rounds show the noise; memory is
// what the first round's names added.
// Run: swift build -c release --product bench-names && .build/release/bench-names
// Options: --names N (answers a round, default 10000), --repeat K (answers a name, default 4),
// --rate R (default 1000), --rounds K (default 3).

func option(_ name: String, _ fallback: Int) -> Int {
    guard let i = CommandLine.arguments.firstIndex(of: name), i + 1 < CommandLine.arguments.count,
          let value = Int(CommandLine.arguments[i + 1]) else { return fallback }
    return value
}

/// The CPU clock of the calling thread, for another thread to read (so that the name thread
/// pays no system call per answer for being measured: `sluice watch` makes none).
func currentThreadClock() -> clockid_t? {
    var clock = clockid_t()
    return pthread_getcpuclockid(pthread_self(), &clock) == 0 ? clock : nil
}

/// CPU time on `clock`, in seconds.
func cpuSeconds(_ clock: clockid_t) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
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
func flood(_ namespace: String, count: Int, rate: Int, first: Int = 0, repeat: Int = 1) throws -> (p50: Double, p99: Double, max: Double, lost: Int) {
    let out = try run(["/usr/sbin/ip", "netns", "exec", namespace, "python3", "-c", AnswerFlood.script, "\(count)", "\(rate)",
                       "\(first)", "\(`repeat`)"])
    let f = out.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
    guard f.count == 4 else { throw BenchError.failed("flood printed: \(out)") }
    return (f[0], f[1], f[2], Int(f[3]))
}

// The answers of a round are numbered by their 16-bit DNS id.
let names = max(1, min(option("--names", 10_000), 65_536))
let repeats = max(1, option("--repeat", 4))
let rate = option("--rate", 1_000)
// The names are numbered with five digits; two runs of the rounds.
let rounds = max(1, min(option("--rounds", 3), 50_000 / names))
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

// A running watcher follows nf_tables events (its event thread): with a listener on that group the
// kernel builds notices of every commit, the learned-set writes included. Read here as the
// watcher reads them, so that the writes cost what they cost under `sluice watch`.
let events = try EventMonitor(namespace: .named(namespace), table: compiled.table)
let eventsStopped = StopFlag()
let eventThread = BenchThread.start("events") {
    while !eventsStopped.isStopped { _ = try? events.next(timeout: 250) }
}
defer {
    eventsStopped.stop()
    events.stop()
    _ = eventThread.join(seconds: 2)
}

/// What the name thread has done so far: its CPU clock and the answers it handled.
struct Progress {
    var clock: clockid_t?
    var answers = 0
    var learned = 0
    var figures: NameFigures?
    var counts = NameCounts()
}

/// The reference's kernel: every answer's elements are written, as before the service skipped
/// an element its own write had admitted long enough (no epochs: `LearnedSetWriter`'s defaults).
final class WritingEveryAnswer: NameKernel {
    let kernel: NetfilterNameKernel
    init(_ kernel: NetfilterNameKernel) { self.kernel = kernel }
    func bind(queue: UInt16) throws -> any AnswerSource { try kernel.bind(queue: queue) }
    func confirmer(queue: any AnswerSource) -> any NameConfirmer { kernel.confirmer(queue: queue) }
    func add(_ admissions: [NameAdmission]) throws { try kernel.add(admissions) }
}

/// One round's figures: the client's latencies and the name thread's CPU per answer (µs).
struct Round {
    var latency: (p50: Double, p99: Double, max: Double, lost: Int)
    var microsecondsPerAnswer: Double
    var shareOfCore: Double { microsecondsPerAnswer * Double(rate) / 1e4 }
}

/// The name thread's work, as `sluice watch` does it, until `stop`.
@Sendable func serve(stop: StopFlag, progress: Locked<Progress>, writingEvery: Bool) throws {
    let real = try NetfilterNameKernel(table: compiled.table)
    var watch = NameWatch(kernel: writingEvery ? WritingEveryAnswer(real) : real)
    try watch.follow(binding, now: 0)
    let clock = currentThreadClock()
    progress.withLock { $0.clock = clock }
    var answers = 0
    while !stop.isStopped {
        guard let source = watch.answers else { break }
        let held = try source.next(timeout: .milliseconds(100))
        let received = ContinuousClock.now
        let now = UInt64(Date().timeIntervalSince1970 * 1_000)
        for answer in held { answers += watch.handle(id: answer.id, packet: answer.packet, now: now, received: received) }
        _ = watch.takeUnsaved()
        progress.withLock { $0.answers = answers }
    }
    let now = UInt64(Date().timeIntervalSince1970 * 1_000)
    let learned = watch.learned(now: now).count, figures = watch.figures(now: now)
    let counts = watch.counts
    progress.withLock { $0.learned = learned; $0.figures = figures; $0.counts = counts }
    watch.stop()
}

/// Runs one round (names from `first`) with the name service on a thread of its own, as `sluice
/// watch` runs it; with `writingEvery`, the reference that writes every answer.
func measure(first: Int, writingEvery: Bool, rssBefore: Int? = nil) throws -> (Round, rssGained: Int, Progress) {
    let stop = StopFlag()
    let progress = Locked(Progress())
    let service = BenchThread.start("names") {
        do {
            // Inside the namespace, as `sluice watch` runs (`ip netns exec`): the name service's
            // own questions open their sockets where they are.
            try NetworkNamespaceEntry.run(at: "/var/run/netns/\(namespace)") {
                try serve(stop: stop, progress: progress, writingEvery: writingEvery)
            }
        } catch {
            print("name service: \(error)")
        }
    }
    Thread.sleep(forTimeInterval: 0.3)
    let before = progress.withLock { $0 }
    // Without the thread's clock there is no figure: stop rather than print 0 µs an answer.
    guard let clock = before.clock else {
        stop.stop()
        _ = service.join(seconds: 5)
        throw BenchError.failed("the name thread's CPU clock could not be read (or the thread did not start)")
    }
    let cpuBefore = cpuSeconds(clock)
    let latency = try flood(namespace, count: names, rate: rate, first: first, repeat: repeats)
    Thread.sleep(forTimeInterval: 0.2)
    let after = progress.withLock { $0 }
    let cpuAfter = cpuSeconds(clock)
    let gained = try rssBefore.map { max(0, try ProcessUsage.read(pid: getpid()).rss - $0) } ?? 0
    stop.stop()
    _ = service.join(seconds: 5)
    let perAnswer = (cpuAfter - cpuBefore) * 1e6 / Double(max(1, after.answers - before.answers))
    return (Round(latency: latency, microsecondsPerAnswer: perAnswer), gained, progress.withLock { $0 })
}

let rssBefore = try ProcessUsage.read(pid: getpid()).rss
var results: [Round] = [], references: [Round] = []
var rssGained = 0
var final = Progress(), finalReference = Progress()
for round in 0..<rounds {
    // Alternately, so that both see the same moments of the shared machine.
    let measured = try measure(first: 2 * round * names, writingEvery: false, rssBefore: round == 0 ? rssBefore : nil)
    if round == 0 { rssGained = measured.rssGained }
    results.append(measured.0)
    final = measured.2
    let writing = try measure(first: (2 * round + 1) * names, writingEvery: true)
    references.append(writing.0)
    finalReference = writing.2
}

print("names: \(names) answers a round for \(names / repeats) new names, each answered \(repeats) times " +
      "(every \(names / repeats) answers); \(rounds) rounds, \(rate) answers/s; load average \(LoadAverage.now())")
func report(_ label: String, _ rounds: [Round]) -> (cpu: Double, p99: Double) {
    print(label)
    for (i, r) in rounds.enumerated() {
        print(String(format: "  round %d: answer to release p99 %.3f ms, p50 %.3f ms, max %.3f ms, lost %d; CPU %.1f µs an answer = %.2f%% of a core",
                     i + 1, r.latency.p99, r.latency.p50, r.latency.max, r.latency.lost, r.microsecondsPerAnswer, r.shareOfCore))
    }
    let byCPU = rounds.map(\.microsecondsPerAnswer).sorted(), byP99 = rounds.map(\.latency.p99).sorted()
    print(String(format: "  answer to release, p99: %.3f ms median of the rounds (%.3f-%.3f; goal < 2 ms)",
                 byP99[byP99.count / 2], byP99[0], byP99[byP99.count - 1]))
    print(String(format: "  name service CPU: %.1f µs an answer (%.1f-%.1f) = %.2f%% of a core at %d answers/s (goal < 5%%)",
                 byCPU[byCPU.count / 2], byCPU[0], byCPU[byCPU.count - 1], byCPU[byCPU.count / 2] * Double(rate) / 1e4, rate))
    return (byCPU[byCPU.count / 2], byP99[byP99.count / 2])
}
let skipping = report("service (an element its own write admitted long enough is not written again):", results)
let everyAnswer = report("reference (every answer's elements written):", references)
print(String(format: "  ratio service / reference: CPU %.2f, p99 %.2f", skipping.cpu / everyAnswer.cpu, skipping.p99 / everyAnswer.p99))
print(String(format: "  reference (no queue): p99 %.3f ms, p50 %.3f ms", reference.p99, reference.p50))
print(String(format: "  memory: %.1f MB more resident after learning the first %d names (goal < 50 MB); %d names learned in the last round",
             Double(rssGained) / 1e6, names / repeats, final.learned))
for (label, progress) in [("service", final), ("reference", finalReference)] {
    guard let f = progress.figures else { continue }
    print("  in the \(label) (last round): " + String(format: "held %d, released %d, failed batches %d, release max %.3f ms, mean %.3f ms",
                 f.answersHeld, f.answersReleased, f.failedBatches, f.releaseMaxSeconds * 1e3,
                 f.releaseSumSeconds * 1e3 / Double(max(1, f.answersReleased)))
          + "; elements written \(progress.counts.admitted), not written (admitted long enough) \(progress.counts.unchanged)"
          + ", addresses the server did not confirm \(progress.counts.unconfirmed)")
}
