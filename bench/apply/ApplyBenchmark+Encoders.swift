import BenchSupport
import Foundation
import SluiceKernel

extension ApplyBenchmark {
    /// libnftnl goes into production unless building the transaction with it costs more than
    /// this share of the full `sluice apply` wall time (issue 8).
    static let libnftnlShareLimit = 0.10

    /// The encoder comparison: build time and peak memory per encoder, each libnftnl way against
    /// Sluice's own encoder, and what it would add to the full apply as a share of its measured
    /// wall time, with the decision rule's verdict for the cheaper libnftnl way.
    func encoderReport() -> [String] {
        func used<T>(_ values: [T]) -> [T] { roundsUsed.filter { $0 < values.count }.map { values[$0] } }
        let series = ElementEncoder.allCases.map { ($0, used(encodings[$0] ?? [])) }
        guard let hand = series.first(where: { $0.0 == .hand })?.1, let first = hand.first,
              series.allSatisfy({ $0.1.count == hand.count }) else { return ["element encoders: not measured"] }
        let full = Spread(used(runs[.sluiceFull] ?? []).map(\.wall)).median
        var out = ["element encoders: the full apply's transaction (\(first.result.bytes) bytes) built in memory, "
                   + "median of \(EncoderComparison.builds) builds per round, each encoder in a child of its own"]
        out.append("  " + pad("", 34) + pad("build wall s median [min-max]", 32) + pad("user s", 9) + "child peak RSS")
        for (encoder, runs) in series {
            let wall = Spread(runs.map(\.result.wall))
            let user = Spread(runs.map { Spread($0.result.builds.map(\.user)).median })
            let rss = Spread(runs.map { Double($0.child.maxRSS) / 1_048_576 })
            out.append("  " + pad(Self.label(encoder), 34) + pad(String(format: "%.4f [%.4f-%.4f]", wall.median, wall.min, wall.max), 32)
                       + pad(String(format: "%.4f", user.median), 9) + String(format: "%.1f MB", rss.median))
        }
        out.append(String(format: "  against the full sluice apply (median %.3f s wall):", full))
        var cheapest: (ElementEncoder, Double)?
        for (encoder, runs) in series where encoder != .hand {
            let ratio = Spread(zip(runs, hand).map { $0.result.wall / $1.result.wall })
            let extra = Spread(zip(runs, hand).map { $0.result.wall - $1.result.wall }).median
            let whole = Spread(runs.map(\.result.wall)).median
            let memory = Spread(zip(runs, hand).map { Double($0.child.maxRSS - $1.child.maxRSS) / 1_048_576 }).median
            out.append(String(format: "    %@: %.2fx Sluice's own (per round %.2f-%.2f); adds %.4f s = %.1f%% of the apply "
                              + "(its whole build %.1f%%); peak memory %+.1f MB",
                              Self.label(encoder), ratio.median, ratio.min, ratio.max, extra, 100 * extra / full,
                              100 * whole / full, memory))
            if cheapest.map({ extra < $0.1 }) ?? true { cheapest = (encoder, extra) }
        }
        if let (encoder, extra) = cheapest {
            let verdict = extra / full <= Self.libnftnlShareLimit ? "libnftnl (\(Self.label(encoder))) in production"
                : "Sluice's own encoder stays"
            out.append(String(format: "  decision rule (libnftnl unless it costs more than %.0f%% of the full apply's wall): %@",
                              100 * Self.libnftnlShareLimit, verdict))
        }
        return out
    }

    static func label(_ encoder: ElementEncoder) -> String {
        switch encoder {
        case .hand: "Sluice's own (hand-written)"
        case .libnftnl: "libnftnl, per element (as nft)"
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
