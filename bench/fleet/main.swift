import BenchSupport
import Foundation
import Glibc
import SluiceCompiler
import SluiceFleet
import SluiceLab
import SluiceWatch

// The fleet's goals (issue 13) with 4 gateways' links (FleetLink, the watcher's side of etcd) in
// this process on a real 3-member etcd on loopback:
//  1. containment visible on every other gateway p99 <= 1 s after the decision, against the
//     reference of a bare etcd put seen by a watch, measured in the same run;
//  2. usage sync at 10,000 hosts per gateway, every host's figure changing every second (the
//     worst case): CPU per gateway (the link's encoding, writes and reading the others' values),
//     etcd writes/s in total (revisions), and staleness (publish to arrival at every other gateway).
// Options: --trials N (default 100), --hosts N (default 10000), --seconds N (default 10).

func option(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let at = arguments.firstIndex(of: name), at + 1 < arguments.count, let n = Int(arguments[at + 1]), n > 0 else { return value }
    return n
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func ms(_ seconds: Double?) -> String { seconds.map { String(format: "%.1f ms", $0 * 1000) } ?? "-" }

let trials = option("--trials", default: 100), hosts = option("--hosts", default: 10_000), seconds = option("--seconds", default: 10)
let gateways = 4
let etcd = try LabEtcd(members: 3)
defer { etcd.destroy() }
let endpoints = etcd.loopbackEndpoints.compactMap { Endpoint($0) }
let client = try EtcdClient(endpoints: endpoints, tls: nil, timeout: .seconds(2))
let ready = Date().addingTimeInterval(15)
while (try? client.range("/ready")) == nil {
    guard Date() < ready else { print("bench-fleet: etcd did not start"); exit(1) }
    Thread.sleep(forTimeInterval: 0.1)
}
print("bench-fleet: \(gateways) gateways, 3 etcd members (\(etcd.clientPorts.map(String.init).joined(separator: ","))), load \(LoadAverage.now().description)")

// What each gateway received: containments (host -> arrival) and, per publishing gateway, the
// round its probe host's figure says (round -> arrival).
struct Arrivals {
    var contained: [HostID: Date] = [:]
    var rounds: [Int: [UInt64: Date]] = [:]
}
let arrivals = (0..<gateways).map { _ in Locked(Arrivals()) }
let links = try (0..<gateways).map { i in
    FleetLink(store: EtcdClusterStore(client: try EtcdClient(endpoints: endpoints, tls: nil)), table: "bench", gateway: "gw\(i)")
}
/// A host of the bench's own making (the spelling is always an address).
func host(_ text: String) -> HostID {
    guard let id = HostID(text) else { fatalError("bench-fleet: \(text) is not a host") }
    return id
}
let probe = host("10.0.0.1")
let stopping = Locked(false)
for (i, link) in links.enumerated() {
    link.start {}
    // As the watcher's fleet thread does (woken on arrivals, at least every 250 ms), every 10 ms
    // here so that arrival times are exact to 10 ms.
    Thread.detachNewThread {
        while !stopping.withLock({ $0 }) {
            Thread.sleep(forTimeInterval: 0.01)
            receive(i, link.take())
        }
    }
}
func receive(_ i: Int, _ inbox: FleetInbox) {
    let now = Date()
    arrivals[i].withLock { a in
        for record in inbox.contain where a.contained[record.host] == nil { a.contained[record.host] = now }
    }
    // Remote usage is summed over the others: each publishes its round in the probe's figure at
    // a weight of its own (1, 1000, 10^6, 10^9), so the sum tells every gateway's round apart.
    for usage in inbox.remoteUsage {
        guard let sum = usage.hosts[probe] else { continue }
        arrivals[i].withLock { a in
            for j in 0..<gateways where j != i {
                let round = (sum / weight(j)) % 1000
                if a.rounds[j, default: [:]][round] == nil { a.rounds[j, default: [:]][round] = now }
            }
        }
    }
}
func weight(_ j: Int) -> UInt64 { [1, 1000, 1_000_000, 1_000_000_000][j] }
Thread.sleep(forTimeInterval: 0.5)

// 1. The reference: a put seen by a watch of the same etcd.
let reference = Locked<[Double]>([])
let watch = EtcdWatch(client: client, prefix: "/ref/")
let sentAt = Locked<[String: Date]>([:])
let watcher = Thread {
    try? watch.run(from: (try? client.range("/ready").revision).map { $0 + 1 } ?? 1) { changes, _ in
        let now = Date()
        for case .put(let kv) in changes {
            if let sent = sentAt.withLock({ $0[kv.key] }) { reference.withLock { $0.append(now.timeIntervalSince(sent)) } }
        }
    }
}
watcher.start()
Thread.sleep(forTimeInterval: 0.3)
for t in 0..<trials {
    sentAt.withLock { $0["/ref/\(t)"] = Date() }
    _ = try? client.put("/ref/\(t)", Data("x".utf8))
    Thread.sleep(forTimeInterval: 0.01)
}
Thread.sleep(forTimeInterval: 0.5)
watch.cancel()

// 1. Containment: gateway t % 4 decides, the three others must hold it.
var decided: [HostID: (Date, Int)] = [:]
for t in 0..<trials {
    let target = host("10.1.\(t / 250).\(t % 250 + 1)")
    let now = Date()
    decided[target] = (now, t % gateways)
    links[t % gateways].observe([.putContainment(StoredContainment(table: "bench", host: target, level: .block, since: now,
                                                                   expires: now.addingTimeInterval(600), reason: "bench",
                                                                   origin: .watcher), incident: nil)])
    Thread.sleep(forTimeInterval: 0.02)
}
Thread.sleep(forTimeInterval: 2)
var latencies: [Double] = []
var missing = 0
for (host, (at, origin)) in decided {
    for i in 0..<gateways where i != origin {
        if let seen = arrivals[i].withLock({ $0.contained[host] }) { latencies.append(seen.timeIntervalSince(at)) } else { missing += 1 }
    }
}
let c = Distribution(latencies), r = Distribution(reference.withLock { $0 })
print("containment on every other gateway (\(latencies.count) arrivals, \(missing) missing): p50 \(ms(c.percentile(50))) p99 \(ms(c.percentile(99))) max \(ms(c.max))   goal p99 <= 1000 ms")
print("reference, a bare put seen by a watch (\(r.count)): p50 \(ms(r.percentile(50))) p99 \(ms(r.percentile(99)))   ratio p99 \(String(format: "%.2f", (c.percentile(99) ?? 0) / max(r.percentile(99) ?? 1, 1e-6)))")

// 2. Usage sync: every second each gateway publishes `hosts` figures, all changed. The cost of
// building them (the watcher has them at hand) is measured alone first and taken off.
func figures(_ round: UInt64, _ j: Int) -> [HostID: UInt64] {
    var figures: [HostID: UInt64] = [:]
    figures.reserveCapacity(hosts)
    for h in 0..<hosts { figures[host("10.\(2 + h / 65_536).\(h / 256 % 256).\(h % 256)")] = round * 1500 + UInt64(h) }
    figures[probe] = round * weight(j)
    return figures
}
let buildCPU0 = cpuSeconds()
for round in 1...UInt64(seconds) { for j in 0..<gateways { _ = figures(round, j) } }
let buildCPU = cpuSeconds() - buildCPU0
let startRevision = try client.range("/ready").revision
let startCPU = cpuSeconds(), started = Date()
var published: [Int: [UInt64: Date]] = [:]
for round in 1...UInt64(seconds) {
    let tick = started.addingTimeInterval(Double(round - 1))
    Thread.sleep(forTimeInterval: max(0, tick.timeIntervalSinceNow))
    for (j, link) in links.enumerated() {
        let built = figures(round, j)
        published[j, default: [:]][round] = Date()
        link.publish([FleetUsage(quotaID: "hq_bench_1d", window: 0, hosts: built)])
    }
}
Thread.sleep(forTimeInterval: 2)
let cpu = cpuSeconds() - startCPU, elapsed = Date().timeIntervalSince(started)
let writes = Double(try client.range("/ready").revision - startRevision) / Double(seconds)
var staleness: [Double] = []
var lost = 0
for i in 0..<gateways {
    let seen = arrivals[i].withLock { $0.rounds }
    for j in 0..<gateways where j != i {
        for (round, at) in published[j] ?? [:] {
            if let arrived = seen[j]?[round] { staleness.append(arrived.timeIntervalSince(at)) } else { lost += 1 }
        }
    }
}
let s = Distribution(staleness)
let share = { (seconds: Double) in String(format: "%.1f%%", seconds / elapsed / Double(gateways) * 100) }
print("usage sync, \(hosts) hosts x \(gateways) gateways for \(seconds) s: the link \(share(cpu - buildCPU)) of a core per gateway (goal <= 5%; building the test figures, taken off: \(share(buildCPU))), etcd writes \(String(format: "%.1f", writes))/s in total (goal <= 200)")
print("staleness, publish to arrival at each other gateway (\(s.count), \(lost) rounds superseded before arriving): p50 \(ms(s.percentile(50))) p99 \(ms(s.percentile(99))) max \(ms(s.max))   goal within one sync interval (1000 ms)")
stopping.withLock { $0 = true }
for link in links { link.stop() }
