import SluiceCompiler
import SluiceStore

/// Sums one scan of flow rollups into a report's figures, keyed by endpoint id so that a month over
/// 10,000 hosts (a million rows) makes no strings per row. Hosts outside the request's group or
/// host are skipped as they come.
struct FlowReportBuilder {
    struct HostTotals {
        var bytes: UInt64 = 0
        var wouldDeny: UInt64 = 0
        var flows: UInt64 = 0
        var destinations: Set<Int64> = []
    }

    struct DestinationTotals {
        var bytes: UInt64 = 0
        var wouldDeny: UInt64 = 0
        var hosts: Set<Int64> = []
        /// transport << 16 | port
        var services: Set<UInt32> = []
    }

    struct ServiceKey: Hashable {
        var destination: Int64
        var service: UInt32
    }

    struct HourKey: Hashable {
        var hour: Int64
        var group: Int
    }

    let compiled: CompiledPolicy
    let names: [Int64: String]
    let group: String?
    let host: String?
    /// Per host id: the index of its first group (-1: none), or `excluded`.
    private var hostGroup: [Int64: Int] = [:]
    private static let excluded = -2
    private(set) var hosts: [Int64: HostTotals] = [:]
    private(set) var destinations: [Int64: DestinationTotals] = [:]
    private(set) var wouldDeny: [ServiceKey: (bytes: UInt64, flows: UInt64, hosts: Set<Int64>)] = [:]
    private(set) var hourly: [HourKey: UInt64] = [:]

    init(compiled: CompiledPolicy, names: [Int64: String], group: String?, host: String?) {
        self.compiled = compiled
        self.names = names
        self.group = group
        self.host = host
    }

    /// The groups of a host by its stored name (`self` or an address).
    func groups(of name: String) -> [String] {
        HostID(name).map(compiled.groupNames(of:)) ?? []
    }

    /// The index of the host's first group, -1 for none, or `excluded` when the request leaves it out.
    private mutating func groupIndex(_ id: Int64) -> Int {
        if let known = hostGroup[id] { return known }
        let name = names[id] ?? ""
        let groups = groups(of: name)
        var index = groups.first.flatMap { first in compiled.groups.firstIndex { $0.name == first } } ?? -1
        if let host, host != name { index = Self.excluded }
        if let group, !groups.contains(group) { index = Self.excluded }
        hostGroup[id] = index
        return index
    }

    /// Whether the request covers the host with this stored name.
    func covers(_ name: String) -> Bool {
        if let host, host != name { return false }
        if let group, !groups(of: name).contains(group) { return false }
        return true
    }

    mutating func add(_ row: FlowRow) {
        let index = groupIndex(row.host)
        guard index != Self.excluded else { return }
        let wouldDenyBytes = row.verdict == .wouldDeny ? row.bytes : 0
        let service = UInt32(row.transport) << 16 | UInt32(row.port)
        hosts[row.host, default: HostTotals()].bytes &+= row.bytes
        hosts[row.host]?.wouldDeny &+= wouldDenyBytes
        hosts[row.host]?.flows &+= row.flows
        hosts[row.host]?.destinations.insert(row.destination)
        destinations[row.destination, default: DestinationTotals()].bytes &+= row.bytes
        destinations[row.destination]?.wouldDeny &+= wouldDenyBytes
        destinations[row.destination]?.hosts.insert(row.host)
        destinations[row.destination]?.services.insert(service)
        if row.verdict == .wouldDeny {
            let key = ServiceKey(destination: row.destination, service: service)
            var entry = wouldDeny[key] ?? (0, 0, [])
            entry.bytes &+= row.bytes
            entry.flows &+= row.flows
            entry.hosts.insert(row.host)
            wouldDeny[key] = entry
        }
        hourly[HourKey(hour: row.hour, group: index), default: 0] &+= row.bytes
    }

    func name(_ id: Int64) -> String { names[id] ?? "#\(id)" }

    static func service(_ packed: UInt32) -> String {
        ServiceName.of(transport: UInt8(packed >> 16), port: UInt16(packed & 0xffff))
    }

    /// The hourly bytes per group, in hour then policy order.
    func hourlyBytes() -> [HourlyBytes] {
        hourly.sorted { ($0.key.hour, $0.key.group) < ($1.key.hour, $1.key.group) }.map { key, bytes in
            HourlyBytes(hour: key.hour, group: key.group >= 0 ? compiled.groups[key.group].name : "-", bytes: bytes)
        }
    }

    /// The would-deny flows by destination and service, most bytes first.
    func wouldDenyFlows() -> [WouldDenyFlow] {
        wouldDeny.map { key, entry in
            WouldDenyFlow(destination: name(key.destination), service: Self.service(key.service), bytes: entry.bytes,
                          flows: entry.flows, hosts: entry.hosts.map(name).sorted())
        }.sorted { ($1.bytes, $0.destination, $0.service) < ($0.bytes, $1.destination, $1.service) }
    }

    /// The `top` destinations by bytes.
    func topDestinations(_ top: Int) -> [ReportDestination] {
        let ranked = destinations.map { ($0.key, $0.value) }.sorted { a, b in
            a.1.bytes != b.1.bytes ? a.1.bytes > b.1.bytes : name(a.0) < name(b.0)
        }
        return ranked.prefix(top).map { id, totals in
            ReportDestination(destination: name(id), bytes: totals.bytes, wouldDenyBytes: totals.wouldDeny,
                              hosts: totals.hosts.count, services: totals.services.sorted().map(Self.service))
        }
    }

    /// The `top` hosts by bytes, with their largest budget share.
    func topHosts(_ top: Int, shares: [String: (share: Double, quota: String)]) -> [ReportHost] {
        let ranked = hosts.map { ($0.key, $0.value) }.sorted { a, b in
            a.1.bytes != b.1.bytes ? a.1.bytes > b.1.bytes : name(a.0) < name(b.0)
        }
        return ranked.prefix(top).map { id, totals in
            let hostName = name(id)
            return ReportHost(host: hostName, groups: groups(of: hostName), bytes: totals.bytes,
                              wouldDenyBytes: totals.wouldDeny, flows: totals.flows,
                              destinations: totals.destinations.count, budgetShare: shares[hostName]?.share,
                              budgetQuota: shares[hostName]?.quota)
        }
    }
}
