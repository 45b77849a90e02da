import BenchSupport
import Foundation

extension ApplyBenchmark {
    /// Issue 8's goals, as ratios to the `nft -f` reference (the first design notes had 0.6x and
    /// 0.25x for the full apply).
    static let fullWallGoal = 0.55
    static let fullUserGoal = 0.22
    static let changedWallGoal = 0.05
    /// The whole command against its own kernel side (plan, building the transaction, commit), wall.
    static let overKernelGoal = 1.2

    /// Per-round wall, user and user+system seconds of one measured or derived quantity.
    struct Series {
        var wall: [Double]
        var user: [Double]
        var cpu: [Double]
    }

    /// The table, the ratios and one verdict line per goal.
    func report() -> String {
        var out = tableLines()
        out.append("")
        let goals = appendRatioRows(to: &out)
        out.append("")
        appendVerdicts(goals, to: &out)
        out.append("")
        out += encoderReport()
        return out.joined(separator: "\n")
    }

    /// The rounds used, then the measured steps and their phases: the full apply, then one prefix changed.
    private func tableLines() -> [String] {
        var out: [String] = []
        func row(_ label: String, _ cells: String) { out.append(pad("  " + label, 50) + cells) }
        let hit = listenerRounds.filter { $0 }.count
        if roundsUsed.count == listenerRounds.count && hit > 0 {
            out.append("WARNING: \(hit) of \(listenerRounds.count) rounds ran while a process listened to nftables events;")
            out.append("         every commit then builds a notification per element: kernel times are inflated on both sides")
        }
        out.append("rounds used: \(roundsUsed.count) of \(listenerRounds.count) (rounds with an nftables event listener on the machine: \(hit))")
        out.append(pad("", 50) + "wall s median [min-max]     user s    sys s    peak RSS")

        out.append("full apply into an empty namespace")
        for step in [BenchStep.sluiceFull, .nftFull, .compile] { row(step.rawValue, cells(step)) }
        row("sluice apply - sluice compile (cross-check)", derivedCells(difference(.sluiceFull, .compile)))
        phaseRows(.phasesFull, into: &out)

        out.append("one prefix changed, over the full apply")
        for step in [BenchStep.sluiceIncremental, .nftReload, .nftElement] { row(step.rawValue, cells(step)) }
        row("sluice apply, 1 changed - sluice compile", derivedCells(difference(.sluiceIncremental, .compile)))
        phaseRows(.phasesIncremental, into: &out)
        return out
    }

    /// One line per ratio to the nft reference; returns the ones the verdicts judge.
    private func appendRatioRows(to out: inout [String]) -> GoalRatios {
        out.append("ratios to the nft reference: ratio of the medians (min-max of the per-round ratios)")
        func ratioRow(_ label: String, _ series: Series, _ reference: BenchStep) -> (wall: Double, user: Double) {
            let r = ratios(series, to: reference)
            out.append(pad("  " + label, 36) + r.text)
            return (r.wall, r.user)
        }
        let full = ratioRow("full, whole command:", measured(.sluiceFull), .nftFull)
        let fullApply = ratioRow("full, apply phase alone:", notCompile(.phasesFull), .nftFull)
        let fullKernel = ratioRow("full, kernel side alone:", kernelSide(.phasesFull), .nftFull)
        _ = ratioRow("full, apply - compile:", difference(.sluiceFull, .compile), .nftFull)
        let changed = ratioRow("1 changed, whole command:", measured(.sluiceIncremental), .nftReload)
        let changedApply = ratioRow("1 changed, apply phase alone:", notCompile(.phasesIncremental), .nftReload)
        let changedKernel = ratioRow("1 changed, kernel side alone:", kernelSide(.phasesIncremental), .nftReload)
        _ = ratioRow("1 changed, apply - compile:", difference(.sluiceIncremental, .compile), .nftReload)
        out.append("  and against nft's own one-element change (`nft -f` of delete element + add element; no goal):")
        _ = ratioRow("1 changed, whole command:", measured(.sluiceIncremental), .nftElement)
        out.append("  (apply phase alone: every step of --phases but parse+compile; kernel side: plan + build transaction + commit;")
        out.append("   apply - compile also takes off the ruleset rendering that `compile` prints and `apply` hashes)")
        return GoalRatios(full: full, fullApply: fullApply, fullKernel: fullKernel,
                          changed: changed, changedApply: changedApply, changedKernel: changedKernel)
    }

    /// One line per goal, met or not, then the peak memory (which has no goal).
    private func appendVerdicts(_ goals: GoalRatios, to out: inout [String]) {
        out.append("verdicts (ratio of the medians)")
        func verdict(_ goal: String, _ limit: Double, _ figures: [(String, Double)]) {
            let parts = figures.map { "\($0.0) \($0.1 <= limit ? "met" : "NOT met") (\(String(format: "%.3fx", $0.1)))" }
            out.append("  \(goal): " + parts.joined(separator: "; "))
        }
        let full = goals.full, fullApply = goals.fullApply, fullKernel = goals.fullKernel
        let changed = goals.changed, changedApply = goals.changedApply, changedKernel = goals.changedKernel
        verdict("full apply wall <= \(Self.fullWallGoal)x nft -f", Self.fullWallGoal,
                [("sluice apply", full.wall), ("apply phase alone", fullApply.wall), ("kernel side alone", fullKernel.wall)])
        verdict("full apply user CPU <= \(Self.fullUserGoal)x nft -f", Self.fullUserGoal,
                [("sluice apply", full.user), ("apply phase alone", fullApply.user), ("kernel side alone", fullKernel.user)])
        verdict("1 changed wall <= \(Self.changedWallGoal)x nft -f reload", Self.changedWallGoal,
                [("sluice apply", changed.wall), ("apply phase alone", changedApply.wall),
                 ("kernel side alone", changedKernel.wall)])
        // Both sides of each quotient are ratios to the same reference, so their quotient is the
        // whole command over its kernel side.
        verdict("full apply within \(Self.overKernelGoal)x of its kernel side", Self.overKernelGoal,
                [("sluice apply / kernel side", fullKernel.wall > 0 ? full.wall / fullKernel.wall : .infinity)])
        out.append("  peak memory (no goal): " + [BenchStep.sluiceFull, .nftFull, .sluiceIncremental, .nftReload].map {
            "\($0.rawValue) \(String(format: "%.0f MB", Spread(column($0) { Double($0.maxRSS) / 1_048_576 }).median))"
        }.joined(separator: ", "))
    }

    /// The last round's four main measurements, so an odd round shows up as it happens.
    func lastRoundText() -> String {
        let steps: [BenchStep] = [.sluiceFull, .nftFull, .sluiceIncremental, .nftReload]
        return steps.compactMap { step in
            runs[step]?.last.map { String(format: "%@ %.3f/%.3f/%.3f", step.rawValue, $0.wall, $0.user, $0.system) }
        }.joined(separator: ", ") + " (wall/user/sys s)"
    }

    /// What each changed apply did, and the same-work checks.
    func notesText() -> String {
        var out = notes.map { "  " + $0 }
        for step in [BenchStep.sluiceIncremental, .phasesIncremental] {
            guard let digest = digests[step] else { continue }
            out.append("  \(step.rawValue) printed:")
            out += digest.split(separator: "\n").map { "    " + $0 }
        }
        return out.joined(separator: "\n")
    }

    /// The elements of `values` (one per recorded round) for the rounds the report uses.
    private func used<T>(_ values: [T]) -> [T] {
        roundsUsed.filter { $0 < values.count }.map { values[$0] }
    }

    private func column(_ step: BenchStep, _ value: (Measured) -> Double) -> [Double] {
        used(runs[step] ?? []).map(value)
    }

    private func measured(_ step: BenchStep) -> Series {
        Series(wall: column(step) { $0.wall }, user: column(step) { $0.user }, cpu: column(step) { $0.user + $0.system })
    }

    /// `step` minus `other`, round by round.
    private func difference(_ step: BenchStep, _ other: BenchStep) -> Series {
        let a = measured(step), b = measured(other)
        func minus(_ x: [Double], _ y: [Double]) -> [Double] { zip(x, y).map { $0 - $1 } }
        return Series(wall: minus(a.wall, b.wall), user: minus(a.user, b.user), cpu: minus(a.cpu, b.cpu))
    }

    /// Per round: the sums over the phases that `include` selects.
    private func phaseSum(_ step: BenchStep, _ include: (String) -> Bool) -> Series {
        let rounds = used(phases[step] ?? []).map { $0.filter { include($0.name) } }
        func sum(_ value: (PhaseTiming) -> Double) -> [Double] { rounds.map { $0.map(value).reduce(0, +) } }
        return Series(wall: sum { $0.wall }, user: sum { $0.user }, cpu: sum { $0.user + $0.system })
    }

    private func notCompile(_ step: BenchStep) -> Series {
        phaseSum(step) { $0 != "parse+compile" }
    }

    /// Plan, building the transaction and committing it: what the kernel's side of an apply costs.
    private func kernelSide(_ step: BenchStep) -> Series {
        phaseSum(step) { $0 == "plan" || $0 == "build transaction" || $0 == "commit" }
    }

    private func cells(_ step: BenchStep) -> String {
        let wall = Spread(column(step) { $0.wall })
        return pad(String(format: "%.3f [%.3f-%.3f]", wall.median, wall.min, wall.max), 28)
            + pad(String(format: "%.3f", Spread(column(step) { $0.user }).median), 10)
            + pad(String(format: "%.3f", Spread(column(step) { $0.system }).median), 9)
            + String(format: "%.1f MB", Spread(column(step) { Double($0.maxRSS) / 1_048_576 }).median)
    }

    private func derivedCells(_ series: Series) -> String {
        let w = Spread(series.wall)
        return pad(String(format: "%.3f [%.3f-%.3f]", w.median, w.min, w.max), 28)
            + String(format: "%.3f", Spread(series.user).median)
    }

    private func phaseRows(_ step: BenchStep, into out: inout [String]) {
        guard let first = used(phases[step] ?? []).first else { return }
        out.append("  inside (bench-apply --phases, the steps of sluice apply):")
        func row(_ label: String, wall: [Double], user: [Double], system: [Double]) {
            let w = Spread(wall)
            out.append(pad("    " + label, 50) + pad(String(format: "%.3f [%.3f-%.3f]", w.median, w.min, w.max), 28)
                       + pad(String(format: "%.3f", Spread(user).median), 10) + String(format: "%.3f", Spread(system).median))
        }
        let rounds = used(phases[step] ?? [])
        for phase in first.map(\.name) {
            let matching = rounds.compactMap { $0.first { $0.name == phase } }
            row(phase, wall: matching.map(\.wall), user: matching.map(\.user), system: matching.map(\.system))
        }
        for (label, series) in [("= apply phase alone (all but parse+compile)", notCompile(step)),
                                ("= kernel side (plan + build + commit)", kernelSide(step))] {
            row(label, wall: series.wall, user: series.user, system: zip(series.cpu, series.user).map { $0 - $1 })
        }
        let startup = zip(column(step) { $0.wall }, phaseSum(step) { _ in true }.wall).map { $0 - $1 }
        out.append(pad("    process start and exit, ip netns exec", 50) + String(format: "%.3f", Spread(startup).median))
        out.append(pad("    whole --phases child", 50) + cells(step))
    }

    /// Ratios of `series` to `reference` in wall, user and user+system time.
    private func ratios(_ series: Series, to reference: BenchStep) -> (wall: Double, user: Double, text: String) {
        let ref = measured(reference)
        func ratio(_ x: [Double], _ y: [Double]) -> (Double, Spread) {
            (Spread(x).median / Spread(y).median, Spread(zip(x, y).map { $0 / $1 }))
        }
        let (w, pw) = ratio(series.wall, ref.wall), (u, pu) = ratio(series.user, ref.user), (c, pc) = ratio(series.cpu, ref.cpu)
        let text = String(format: "wall %.3fx (%.3f-%.3f)  user %.3fx (%.3f-%.3f)  cpu %.3fx (%.3f-%.3f)",
                          w, pw.min, pw.max, u, pu.min, pu.max, c, pc.min, pc.max)
        return (w, u, text)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
