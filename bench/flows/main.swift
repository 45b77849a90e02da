import BenchSupport
import Foundation

// Flow accounting's cost: the real `sluice watch` while 10,000 new connections per second cross
// the gateway for 60 s (UDP from 10,000 addresses over 10 source ports, so each datagram opens a
// new conntrack entry), CPU time as a share of one core from /proc; then every byte it stored
// against the kernel's own counter of the same packets (an nft counter on the forward hook).
// Goal: <= 10% of one core, every byte accounted. Needs root.
// Options: --hosts N (10000), --rate NEW_FLOWS_PER_SECOND (10000), --warmup S (10), --seconds S (60).

do {
    let bench = FlowBench(hosts: try BenchOption.int("--hosts", default: 10_000), rate: try BenchOption.int("--rate", default: 10_000),
                          warmUp: try BenchOption.int("--warmup", default: 10), seconds: try BenchOption.int("--seconds", default: 60),
                          sluice: BenchEnvironment.sluice,
                          progress: { line in FileHandle.standardError.write(Data(("# " + line + "\n").utf8)) })
    print(try bench.run(), terminator: "")
} catch {
    print("bench-flows: \(error)")
    exit(1)
}
