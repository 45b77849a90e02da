import BenchSupport
import Foundation
import SluiceCompiler
import SluiceKernel

/// `bench-apply --encode POLICY ENCODER`: builds the transaction of the full apply of POLICY (into
/// an empty table: 100,000 prefixes are about 200,000 kernel elements) in memory, `builds` times,
/// with one element encoder (`ElementEncoder`: Sluice's own or libnftnl), and prints each build's
/// time. Nothing reaches the kernel; the two encoders send the same elements in the same order and
/// the kernel's side does not depend on which one built them. Each encoder runs in a child of its
/// own, so the child's peak memory is that encoder's.
enum EncoderComparison {
    /// The command-line flag that selects this mode.
    static let flag = "--encode"
    /// Builds per child; the report takes their median.
    static let builds = 5

    /// One child's result: build times (wall, user, sys per build) and the transaction's size.
    struct Result {
        var builds: [PhaseTiming]
        var bytes: Int

        /// Reads the child's output (`build<TAB>wall<TAB>user<TAB>sys` and `bytes<TAB>N` lines).
        init?(output: String) {
            builds = []
            bytes = 0
            for line in output.split(separator: "\n") {
                let fields = line.split(separator: "\t")
                if fields.first == "bytes", fields.count == 2, let n = Int(fields[1]) { bytes = n }
                if fields.first == "build", fields.count == 4, let wall = Double(fields[1]), let user = Double(fields[2]),
                   let system = Double(fields[3]) {
                    builds.append(PhaseTiming(name: "build", wall: wall, user: user, system: system))
                }
            }
            if builds.isEmpty || bytes == 0 { return nil }
        }

        /// The median build's wall time.
        var wall: Double { Spread(builds.map(\.wall)).median }
    }

    /// The child: compile, plan over no table, then build and time.
    static func run(policy: String, encoder name: String) throws {
        guard let encoder = ElementEncoder(rawValue: name) else {
            throw BenchError.failed("unknown encoder \(name) (\(ElementEncoder.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let build = PolicyBuild.build(path: policy, table: Ruleset.defaultTable)
        guard let compiled = build.compiled else { throw BenchError.failed("\(policy) does not compile") }
        let plan = try ApplyPlanner.plan(live: nil, target: compiled.ruleset)
        var bytes = 0
        for _ in 0..<builds {
            let start = PhaseTiming.Mark.now()
            bytes = try plan.buildTransaction(elements: encoder)
            let t = PhaseTiming.since(start, name: "build")
            print("build\t\(t.wall)\t\(t.user)\t\(t.system)")
        }
        print("bytes\t\(bytes)")
    }
}
