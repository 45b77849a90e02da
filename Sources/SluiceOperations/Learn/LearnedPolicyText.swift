import SluiceCompiler
import SluiceLanguage

/// Writes a proposal: per group, one `destination`, `service` and `allow` per set of destinations
/// reached on the same services, then the quotas the base policy lacks (none for the management
/// group), each under a comment with its evidence.
struct LearnedPolicyText {
    let request: LearnRequest
    /// Names the base policy already uses.
    var taken: Set<String>
    let baseQuotas: [QuotaBinding]
    /// The policy's management group, for which no quota is proposed.
    let managementGroup: String?
    /// The first hour (Unix seconds) anything was recorded in the period: what was observed starts
    /// there, not at `request.since`.
    let firstRecorded: Int64?
    private(set) var text = ""
    /// Flows no statement can be written for (a protocol the language has no word for).
    private(set) var unwritable: [ObservedFlow] = []

    init(request: LearnRequest, taken: Set<String>, baseQuotas: [QuotaBinding], managementGroup: String? = nil,
         firstRecorded: Int64? = nil) {
        self.request = request
        self.taken = taken
        self.baseQuotas = baseQuotas
        self.managementGroup = managementGroup
        self.firstRecorded = firstRecorded
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
        let writable = group.lacking.filter { flow in
            guard Self.portItem(transport: flow.key.transport, port: flow.key.port) != nil else {
                unwritable.append(flow)
                return false
            }
            return true
        }
        for allow in allows(writable, keepOut: keepOut, inside: inside) {
            let name = fresh("learned-\(group.name)")
            section += "# \(Self.evidence(allow.flows))\n"
            section += "destination \(name) \(allow.prefixes.map(\.description).joined(separator: ", "))\n"
            section += "service \(name)-ports \(allow.services.joined(separator: ", "))\n"
            section += "allow \(group.name) to \(name) on \(name)-ports\n"
        }
        section += quotas(group)
        if !section.isEmpty { text += (text.isEmpty ? "" : "\n") + section }
    }

    /// One allow per set of ports: destinations are first grouped by the exact set of ports the
    /// group reached them on, and only then aggregated, each set's prefixes kept off the other sets'
    /// destinations, so that no allow admits an address on a port it was not seen on (a union of
    /// ports over a prefix would hide a one-host flow on an odd port inside a common allow).
    private func allows(_ flows: [ObservedFlow], keepOut: [IPAddress], inside: [AddressRange])
        -> [(prefixes: [AddressRange], services: [String], flows: [ObservedFlow])] {
        var portsOf: [IPAddress: Set<String>] = [:]
        for flow in flows {
            guard let item = Self.portItem(transport: flow.key.transport, port: flow.key.port) else { continue }
            portsOf[flow.key.destination, default: []].insert(item)
        }
        var bySet: [[String]: Set<IPAddress>] = [:]
        for (destination, items) in portsOf { bySet[Self.ordered(items), default: []].insert(destination) }
        var out: [(prefixes: [AddressRange], services: [String], flows: [ObservedFlow])] = []
        for (services, destinations) in bySet {
            let others = portsOf.keys.filter { !destinations.contains($0) }
            let prefixes = PrefixAggregator.aggregate(destinations, maxPrefix4: request.maxPrefix4, maxPrefix6: request.maxPrefix6,
                                                      keepOut: keepOut + others, keepOutRanges: inside)
            out.append((prefixes, services, flows.filter { destinations.contains($0.key.destination) }))
        }
        return out.sorted { a, b in
            a.prefixes[0] != b.prefixes[0] ? a.prefixes[0] < b.prefixes[0] : a.services.lexicographicallyPrecedes(b.services)
        }
    }

    /// The per-host daily and 30-day quotas and the daily group total, where the base has none;
    /// none for the management group, whose egress a quota would cut when the site needs it most.
    private func quotas(_ group: LearnedGroup) -> String {
        guard group.name != managementGroup else {
            return group.hosts.isEmpty ? "" : "# no quota proposed for \(group.name): it is the management group, "
                + "and a spent quota would cut the administrators' egress\n"
        }
        var out = ""
        let day: Int64 = 86_400, month: Int64 = 30 * 86_400
        let windows: [(String, Int64, QuotaScope, QuotaEvidence)] = [
            ("day", day, .perHost, group.highest(over: day)),
            ("30d", month, .perHost, group.highest(over: month)),
            ("day", day, .total, group.highestGroup(over: day)),
        ]
        let since = Int64(request.since.timeIntervalSince1970)
        let observed = Int64(request.until.timeIntervalSince1970) - max(since, firstRecorded ?? since)
        for (window, seconds, scope, evidence) in windows where evidence.bytes > 0 {
            let exists = baseQuotas.contains { $0.groups.contains(group.name) && $0.window == UInt64(seconds) && $0.scope == scope }
            guard !exists else { continue }
            // A window longer than what was observed would be sized on a part of it: the quota
            // would stop the group's ordinary traffic before its first whole window ends.
            guard observed >= seconds else {
                out += "# no \(scope == .total ? "total" : "per-host") quota per \(window) proposed for \(group.name): "
                    + "the period observed (\(Self.duration(observed))) is shorter than the window; observe at least \(window)\n"
                continue
            }
            let who = scope == .total ? "the group" : evidence.host
            out += "# highest: \(LearnedSize.exact(evidence.bytes)) by \(who) in the \(window) from "
                + "\(RFC3339.format(unixSeconds: evidence.window)), times \(Self.number(request.headroom))\n"
            if scope == .perHost {
                out += Self.outlierNote(evidence, peaks: group.peaks(over: seconds), window: window)
            }
            out += "quota \(group.name) \(LearnedSize.text(Double(evidence.bytes) * request.headroom)) per \(window) "
                + (scope == .total ? "total" : "per host") + "\n"
        }
        return out
    }

    /// A comment when the host that sets a per-host quota used more than `outlierFactor` times the
    /// median of the group's other hosts: the quota then gives every host that host's budget, which
    /// may be exactly the traffic the review is meant to catch.
    static func outlierNote(_ evidence: QuotaEvidence, peaks: [String: UInt64], window: String) -> String {
        let others = peaks.filter { $0.key != evidence.host }.map(\.value).sorted()
        guard !others.isEmpty else { return "" }
        let median = others[(others.count - 1) / 2]
        guard Double(evidence.bytes) > Double(median) * outlierFactor else { return "" }
        return "# outlier: \(evidence.host) used more than \(number(outlierFactor)) times the median highest \(window) of the "
            + "group's \(others.count) other host\(others.count == 1 ? "" : "s") (\(LearnedSize.exact(median))); "
            + "review it before pasting this quota\n"
    }

    /// `1h`, `2d 3h`: a period observed, to the hour.
    static func duration(_ seconds: Int64) -> String {
        let hours = max(0, seconds) / 3_600, days = hours / 24
        if days == 0 { return "\(hours)h" }
        return hours % 24 == 0 ? "\(days)d" : "\(days)d \(hours % 24)h"
    }

    static let outlierFactor = 10.0
    /// The share of an allow's bytes from one host at which its evidence names that host.
    static let dominantShare = 0.9

    /// `1.2 GB from 3 hosts, first 2026-03-11T09:00:00Z, last 2026-03-12T11:00:00Z` (the first and
    /// last hour seen, by their start, as `report` gives them), with `(99.7% by 10.1.0.9)` after
    /// the hosts when one host sent most of it (`(100.0% by ...)` when one host sent all).
    static func evidence(_ flows: [ObservedFlow]) -> String {
        let bytes = flows.reduce(0) { $0 &+ $1.bytes }
        var byHost: [String: UInt64] = [:]
        for flow in flows { byHost[flow.key.host, default: 0] &+= flow.bytes }
        let hosts = byHost.count
        var dominant = ""
        if bytes > 0, let top = byHost.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
           Double(top.value) >= Double(bytes) * dominantShare {
            // Rounded down, so that it never reads 100% while other hosts sent some.
            let tenths = Int(Double(top.value) * 1000 / Double(bytes))
            dominant = " (\(tenths / 10).\(tenths % 10)% by \(top.key))"
        }
        let first = flows.map(\.firstHour).min() ?? 0, last = flows.map(\.lastHour).max() ?? 0
        return "\(LearnedSize.exact(bytes)) from \(hosts) host\(hosts == 1 ? "" : "s")\(dominant), "
            + "first \(RFC3339.format(unixSeconds: first)), last \(RFC3339.format(unixSeconds: last))"
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
