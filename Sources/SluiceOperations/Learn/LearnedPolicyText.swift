import SluiceCompiler
import SluiceLanguage

/// Writes a proposal: per group, one `destination`, `service` and `allow` per set of destinations
/// reached on the same services, then the quotas the base policy lacks, each under a comment with
/// its evidence.
struct LearnedPolicyText {
    let request: LearnRequest
    /// Names the base policy already uses.
    var taken: Set<String>
    let baseQuotas: [QuotaBinding]
    private(set) var text = ""
    /// Flows no statement can be written for (a protocol the language has no word for).
    private(set) var unwritable: [ObservedFlow] = []

    init(request: LearnRequest, taken: Set<String>, baseQuotas: [QuotaBinding]) {
        self.request = request
        self.taken = taken
        self.baseQuotas = baseQuotas
    }

    /// A port item of the language for a protocol and port, nil when it has none.
    static func portItem(transport: UInt8, port: UInt16) -> String? {
        switch transport {
        case 6 where port > 0: "tcp/\(port)"
        case 17 where port > 0: "udp/\(port)"
        case 1: "icmp"
        case 58: "icmpv6"
        default: nil
        }
    }

    /// Adds a group's allows and quotas; no prefix wider than one address that it writes covers an
    /// address of `keepOut` (what the base's `expect deny` lines name) or overlaps `inside` (the
    /// site's own networks, which no allow may name; flows into them are the caller's to set apart).
    mutating func add(_ group: LearnedGroup, keepOut: [IPAddress] = [], inside: [AddressRange] = []) {
        var section = ""
        var bySet: [[String]: [(prefix: AddressRange, flows: [ObservedFlow])]] = [:]
        let writable = group.lacking.filter { flow in
            guard Self.portItem(transport: flow.key.transport, port: flow.key.port) != nil else {
                unwritable.append(flow)
                return false
            }
            return true
        }
        let prefixes = PrefixAggregator.aggregate(writable.map(\.key.destination), maxPrefix4: request.maxPrefix4,
                                                  maxPrefix6: request.maxPrefix6, keepOut: keepOut, keepOutRanges: inside)
        for prefix in prefixes {
            let flows = writable.filter { prefix.contains($0.key.destination) }
            let services = Set(flows.compactMap { Self.portItem(transport: $0.key.transport, port: $0.key.port) })
            bySet[Self.ordered(services), default: []].append((prefix, flows))
        }
        for (services, entries) in bySet.sorted(by: { $0.value[0].prefix < $1.value[0].prefix }) {
            let flows = entries.flatMap(\.flows)
            let name = fresh("learned-\(group.name)")
            section += "# \(Self.evidence(flows))\n"
            section += "destination \(name) \(entries.map(\.prefix.description).joined(separator: ", "))\n"
            section += "service \(name)-ports \(services.joined(separator: ", "))\n"
            section += "allow \(group.name) to \(name) on \(name)-ports\n"
        }
        section += quotas(group)
        if !section.isEmpty { text += (text.isEmpty ? "" : "\n") + section }
    }

    /// The per-host daily and 30-day quotas and the daily group total, where the base has none.
    private func quotas(_ group: LearnedGroup) -> String {
        var out = ""
        let windows: [(String, UInt64, QuotaScope, QuotaEvidence)] = [
            ("day", 86_400, .perHost, group.highest(group.daily)),
            ("30d", 30 * 86_400, .perHost, group.highest(group.monthly)),
            ("day", 86_400, .total, group.highestGroupDay),
        ]
        for (window, seconds, scope, evidence) in windows where evidence.bytes > 0 {
            let exists = baseQuotas.contains { $0.groups.contains(group.name) && $0.window == seconds && $0.scope == scope }
            guard !exists else { continue }
            let who = scope == .total ? "the group" : evidence.host
            out += "# highest: \(LearnedSize.exact(evidence.bytes)) by \(who) in the \(window) from "
                + "\(RFC3339.format(unixSeconds: evidence.window)), times \(Self.number(request.headroom))\n"
            out += "quota \(group.name) \(LearnedSize.text(Double(evidence.bytes) * request.headroom)) per \(window) "
                + (scope == .total ? "total" : "per host") + "\n"
        }
        return out
    }

    /// `1.2 GB from 3 hosts, first 2026-03-11T09:00:00Z, last 2026-03-12T11:00:00Z`.
    static func evidence(_ flows: [ObservedFlow]) -> String {
        let bytes = flows.reduce(0) { $0 &+ $1.bytes }
        let hosts = Set(flows.map(\.key.host)).count
        let first = flows.map(\.firstHour).min() ?? 0, last = flows.map(\.lastHour).max() ?? 0
        return "\(LearnedSize.exact(bytes)) from \(hosts) host\(hosts == 1 ? "" : "s"), first \(RFC3339.format(unixSeconds: first)), "
            + "last \(RFC3339.format(unixSeconds: last + 3600))"
    }

    /// Port items in protocol then port order.
    static func ordered(_ items: Set<String>) -> [String] {
        items.sorted { a, b in
            let (pa, na) = split(a), (pb, nb) = split(b)
            return pa != pb ? pa < pb : na < nb
        }
    }

    private static func split(_ item: String) -> (String, Int) {
        let parts = item.split(separator: "/")
        return (String(parts[0]), parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }

    /// `base-1`, `base-2`, ...: the first name neither the base policy nor this proposal uses
    /// (with or without `-ports`).
    private mutating func fresh(_ base: String) -> String {
        var n = 1
        while taken.contains("\(base)-\(n)") || taken.contains("\(base)-\(n)-ports") { n += 1 }
        taken.insert("\(base)-\(n)")
        taken.insert("\(base)-\(n)-ports")
        return "\(base)-\(n)"
    }
}
