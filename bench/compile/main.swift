import BenchSupport
import Foundation

// check + compile of a generated policy with 100,000 destination prefixes and 1,000 groups, against
// `nft -c -f` (parse, evaluate and kernel validation without commit) of the same rendered ruleset.
// Goal: under 1 s and 200 MB for Sluice.

let runs = 3

do {
let dir = try BenchEnvironment.scratch("compile")
defer { try? FileManager.default.removeItem(atPath: dir) }
let policyPath = dir + "/bench.sluice"
try GeneratedPolicy().text().write(toFile: policyPath, atomically: true, encoding: .utf8)
let rulesetPath = dir + "/bench.nft"

print("policy: 1,000 groups, 100,000 destination prefixes (\(try FileManager.default.attributesOfItem(atPath: policyPath)[.size] ?? 0) bytes)")
var checks: [Measured] = []
var compiles: [Measured] = []
for _ in 0..<runs {
    let check = try Measured.run([BenchEnvironment.sluice, "check", policyPath])
    guard check.status == 0 else { throw BenchError.failed("sluice check failed: \(check.output)") }
    checks.append(check)
    let compile = try Measured.run([BenchEnvironment.sluice, "compile", policyPath], stdout: rulesetPath)
    guard compile.status == 0 else { throw BenchError.failed("sluice compile failed: \(compile.output)") }
    compiles.append(compile)
}
let ns = try BenchEnvironment.namespace("cmp")
defer { BenchEnvironment.removeNamespace(ns) }
var references: [Measured] = []
for _ in 0..<runs {
    let ref = try Measured.run(["/usr/sbin/ip", "netns", "exec", ns, BenchEnvironment.nft, "-c", "-f", rulesetPath])
    guard ref.status == 0 else { throw BenchError.failed("nft -c -f failed: \(ref.output)") }
    references.append(ref)
}
let check = Measured.median(checks)
let compile = Measured.median(compiles)
let reference = Measured.median(references)
print("sluice check:    \(check)")
print("sluice compile:  \(compile)")
print("nft -c -f:       \(reference)   (reference, same ruleset)")
print(String(format: "ratio compile/nft -c: %.2fx wall, %.2fx user", compile.wall / reference.wall, compile.user / reference.user))
let ok = compile.wall < 1.0 && compile.maxRSS < 200 * 1_048_576 && check.wall < 1.0
print("goal (< 1 s, < 200 MB): \(ok ? "met" : "NOT met")")
} catch {
    print("bench-compile: \(error)")
    exit(1)
}
