import SluiceCompiler
import SluiceStore

/// Sums one scan of flow rollups into a report's figures. Endpoint ids are small and dense (the
/// store numbers hosts and destinations from 1), so the per-host and per-destination sums are
/// arrays indexed by id, and the only hashing per row is the (host, destination) pair: a month over
/// 10,000 hosts is a million rows. Hosts outside the request's group or host are skipped as they
/// come.
struct FlowReportBuilder {
    struct ServiceKey: Hashable {
        var destination: Int64
        /// transport << 16 | port
        var service: UInt32
    }

    struct WouldDenyTotals {
        var bytes: UInt64 = 0
        var flows: UInt64 = 0
        var hosts: Set<Int64> = []
    }

    let compiled: CompiledPolicy
    let names: [Int64: String]
    let group: String?
    let host: String?
    /// The period's first hour and its length in hours, for the hourly sums.
    let from: Int64
    let hours: Int
    /// Per host id: the index of its first group, `noGroup`, `excluded`, or `unknown` until seen.
    private var hostGroup: [Int] = []
    private static let unknown = -3, excluded = -2, noGroup = -1
    private(set) var hostBytes: [UInt64] = []
    private(set) var hostWouldDeny: [UInt64] = []
    private(set) var hostFlows: [UInt64] = []
    private(set) var destinationBytes: [UInt64] = []
    private(set) var destinationWouldDeny: [UInt64] = []
    /// The services each destination was reached on (a handful each).
    private var destinationServices: [[UInt32]] = []
    /// Every (host, destination) pair seen: host << 32 | destination.
    private var pairs: Set<UInt64> = []
    private(set) var wouldDeny: [ServiceKey: WouldDenyTotals] = [:]
    /// Bytes per hour slot and group (slot * (groups + 1) + group + 1; column 0 is "no group").
    private var hourly: [UInt64]

    init(compiled: CompiledPolicy, names: [Int64: String], group: String?, host: String?, from: Int64, to: Int64) {
        self.compiled = compiled
        self.names = names
        self.group = group
        self.host = host
        self.from = from
        hours = Int((to - from) / 3_600)
        hourly = Array(repeating: 0, count: max(0, hours) * (compiled.groups.count + 1))
        grow(to: Int(names.keys.max() ?? 0) + 1)
    }

    private mutating func grow(to count: Int) {
        guard count > hostGroup.count else { return }
        let extra = count - hostGroup.count
        hostGroup += Array(repeating: Self.unknown, count: extra)
        for keyPath in [\Self.hostBytes, \Self.hostWouldDeny, \Self.hostFlows, \Self.destinationBytes, \Self.destinationWouldDeny] {
            self[keyPath: keyPath] += Array(repeating: 0, count: extra)
        }
        destinationServices += Array(repeating: [], count: extra)
    }

    /// The groups of a host by its stored name (`self` or an address).
    func groups(of name: String) -> [String] {
        HostID(name).map(compiled.groupNames(of:)) ?? []
    }

    /// Whether the request covers the host with this stored name.
    func covers(_ name: String) -> Bool {
        if let host, host != name { return false }
        if let group, !groups(of: name).contains(group) { return false }
        return true
    }

    private mutating func groupIndex(_ id: Int) -> Int {
        let known = hostGroup[id]
        if known != Self.unknown { return known }
        var index = Self.excluded
        if let name = names[Int64(id)], covers(name) {
            index = groups(of: name).first.flatMap { first in compiled.groups.firstIndex { $0.name == first } } ?? Self.noGroup
        }
        hostGroup[id] = index
        return index
    }

    mutating func add(_ row: FlowRow) {
        let h = Int(row.host), d = Int(row.destination)
        guard h >= 0, d >= 0 else { return }
        // An endpoint written after the names were read (a flush between the two reads).
        if max(h, d) >= hostGroup.count { grow(to: max(h, d) + 1) }
        let index = groupIndex(h)
        guard index != Self.excluded else { return }
        let denied = row.verdict == .wouldDeny ? row.bytes : 0
        hostBytes[h] &+= row.bytes
        hostWouldDeny[h] &+= denied
        hostFlows[h] &+= row.flows
        destinationBytes[d] &+= row.bytes
        destinationWouldDeny[d] &+= denied
        let service = UInt32(row.transport) << 16 | UInt32(row.port)
        if !destinationServices[d].contains(service) { destinationServices[d].append(service) }
        pairs.insert(UInt64(h) << 32 | UInt64(d))
        if row.verdict == .wouldDeny {
            let key = ServiceKey(destination: row.destination, service: service)
            wouldDeny[key, default: WouldDenyTotals()].bytes &+= row.bytes
            wouldDeny[key]?.flows &+= row.flows
            wouldDeny[key]?.hosts.insert(row.host)
        }
        let slot = Int((row.hour - from) / 3_600)
        if slot >= 0, slot < hours { hourly[slot * (compiled.groups.count + 1) + index + 1] &+= row.bytes }
    }

    func name(_ id: Int64) -> String { names[id] ?? "#\(id)" }

    static func service(_ packed: UInt32) -> String {
        ServiceName.of(transport: UInt8(packed >> 16), port: UInt16(packed & 0xffff))
    }

    var totalBytes: UInt64 { hostBytes.reduce(0, &+) }
    var totalWouldDeny: UInt64 { hostWouldDeny.reduce(0, &+) }
    /// The covered hosts that had rows.
    var hostIDs: [Int] { hostGroup.indices.filter { hostGroup[$0] >= Self.noGroup } }
    var destinationIDs: [Int] { destinationBytes.indices.filter { !destinationServices[$0].isEmpty } }

    /// How many destinations each host reached, and how many hosts reached each destination.
    func pairCounts() -> (destinationsPerHost: [Int], hostsPerDestination: [Int]) {
        var perHost = Array(repeating: 0, count: hostGroup.count), perDestination = perHost
        for pair in pairs {
            perHost[Int(pair >> 32)] += 1
            perDestination[Int(pair & 0xffff_ffff)] += 1
        }
        return (perHost, perDestination)
    }

    /// The most hosts a list in the report names; the count says how many there were.
    static let listedHosts = 20

    /// The hosts that reached each of `destinations`: how many, and the first `listedHosts` by name.
    func hosts(reaching destinations: Set<Int64>) -> [Int64: (count: Int, first: [String])] {
        var ids: [Int64: [Int64]] = [:]
        for pair in pairs where destinations.contains(Int64(pair & 0xffff_ffff)) {
            ids[Int64(pair & 0xffff_ffff), default: []].append(Int64(pair >> 32))
        }
        let order = NameOrder(names)
        return ids.mapValues { ($0.count, order.first(Self.listedHosts, of: $0)) }
    }

    /// Whether any covered host reached the destination.
    func reached(_ destination: Int64) -> Bool {
        destination >= 0 && Int(destination) < destinationServices.count && !destinationServices[Int(destination)].isEmpty
    }

    /// The hourly bytes per group, in hour then policy order, hours and groups without bytes left out.
    func hourlyBytes() -> [HourlyBytes] {
        let width = compiled.groups.count + 1
        return hourly.indices.compactMap { i in
            guard hourly[i] > 0 else { return nil }
            let column = i % width
            return HourlyBytes(hour: from + Int64(i / width) * 3_600, group: column == 0 ? "-" : compiled.groups[column - 1].name,
                               bytes: hourly[i])
        }
    }

    /// The would-deny flows by destination and service, most bytes first.
    func wouldDenyFlows() -> [WouldDenyFlow] {
        let order = NameOrder(names)
        return wouldDeny.map { key, entry in
            WouldDenyFlow(destination: name(key.destination), service: Self.service(key.service), bytes: entry.bytes,
                          flows: entry.flows, hostCount: entry.hosts.count,
                          hosts: order.first(Self.listedHosts, of: entry.hosts))
        }.sorted { ($1.bytes, $0.destination, $0.service) < ($0.bytes, $1.destination, $1.service) }
    }

    /// The `top` destinations by bytes.
    func topDestinations(_ top: Int, hostsPerDestination: [Int]) -> [ReportDestination] {
        let ranked = destinationIDs.sorted { a, b in
            destinationBytes[a] != destinationBytes[b] ? destinationBytes[a] > destinationBytes[b] : name(Int64(a)) < name(Int64(b))
        }
        return ranked.prefix(top).map { id in
            ReportDestination(destination: name(Int64(id)), bytes: destinationBytes[id], wouldDenyBytes: destinationWouldDeny[id],
                              hosts: hostsPerDestination[id], services: destinationServices[id].sorted().map(Self.service))
        }
    }

    /// The `top` hosts by bytes, with their largest budget share.
    func topHosts(_ top: Int, destinationsPerHost: [Int], shares: [String: (share: Double, quota: String)]) -> [ReportHost] {
        let ranked = hostIDs.sorted { a, b in
            hostBytes[a] != hostBytes[b] ? hostBytes[a] > hostBytes[b] : name(Int64(a)) < name(Int64(b))
        }
        return ranked.prefix(top).map { id in
            let hostName = name(Int64(id))
            return ReportHost(host: hostName, groups: groups(of: hostName), bytes: hostBytes[id], wouldDenyBytes: hostWouldDeny[id],
                              flows: hostFlows[id], destinations: destinationsPerHost[id], budgetShare: shares[hostName]?.share,
                              budgetQuota: shares[hostName]?.quota)
        }
    }
}
