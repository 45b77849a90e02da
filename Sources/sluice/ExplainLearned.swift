import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceOperations

/// What `sluice explain` adds for learned quotas: the source host's usual, limit and use in the
/// current window, as the watcher last recorded them in the state directory (read only).
enum ExplainLearned {
    /// The standings of `source` for the learned quotas the flow counts against; empty without a
    /// state directory (`operations`), a record, or an address as the source.
    static func standings(_ compiled: CompiledPolicy, _ result: FlowResult, source: FlowSource,
                          operations: TableOperations?) -> [LearnedStanding] {
        guard case .address(let address) = source, let operations else { return [] }
        let counted = Set(result.slices.filter { $0.outcome.verdict == .allow }.flatMap(\.outcome.quotas))
        let learned = compiled.quotas.filter { $0.learned != nil && counted.contains($0.id) }.map(\.id)
        guard !learned.isEmpty else { return [] }
        return (try? operations.learnedStanding(host: address, quotaIDs: learned)) ?? []
    }

    /// The lines for the text explanation.
    static func text(_ standings: [LearnedStanding]) -> String {
        guard !standings.isEmpty else { return "" }
        var out = "learned limits in the current window:\n"
        for s in standings {
            out += "  \(s.quotaID): \(s.host) usual \(Units.size(s.usual))\(s.warmingUp ? " (its group's, warming up)" : ""), "
                + "limit \(Units.size(s.limit)), used \(Units.size(s.used, like: s.limit)) since "
                + RFC3339.format(unixSeconds: s.windowStart) + "\n"
        }
        return out
    }

    /// The explanation's JSON with a `learned` member added.
    static func json(_ value: JSONValue, _ standings: [LearnedStanding]) -> JSONValue {
        guard case .object(var members) = value, !standings.isEmpty else { return value }
        members.append(("learned", .array(standings.map { s in
            .object([("quota", .string(s.quotaID)), ("host", .string(s.host)), ("usual", .uint(s.usual)),
                     ("limit", .uint(s.limit)), ("used", .uint(s.used)), ("warming_up", .bool(s.warmingUp)),
                     ("window_start", .string(RFC3339.format(unixSeconds: s.windowStart)))])
        })))
        return .object(members)
    }
}
