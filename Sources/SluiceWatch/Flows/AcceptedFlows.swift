import SluiceCompiler
import SluiceLanguage

/// The allowed connections flow accounting saw since the last read, each (host, address) once,
/// for the name thread's cross-group check. Bounded: past `limit` pairs in one read the rest are
/// dropped and counted, never grown.
struct AcceptedFlows {
    /// The most pairs kept between two reads.
    static let limit = 10_000

    private struct Pair: Hashable {
        var host: HostID
        var destination: IPAddress
    }

    private var seen: Set<Pair> = []
    private var dropped = 0

    /// Notes an allowed connection from `host` to `destination`.
    mutating func note(_ host: HostID, _ destination: IPAddress) {
        let pair = Pair(host: host, destination: destination.unmapped)
        guard !seen.contains(pair) else { return }
        guard seen.count < Self.limit else {
            dropped += 1
            return
        }
        seen.insert(pair)
    }

    /// The pairs noted since the last take, with their groups and alert sinks from `compiled`, and
    /// how many were dropped; starts over.
    mutating func take(_ compiled: CompiledPolicy) -> (flows: [AcceptedFlow], dropped: Int) {
        defer {
            seen = []
            dropped = 0
        }
        var groupsOf: [HostID: [String]] = [:]
        var sinksOf: [[String]: [AlertSink]] = [:]
        let flows = seen.map { pair in
            let groups = groupsOf[pair.host] ?? Self.groups(of: pair.host, in: compiled)
            groupsOf[pair.host] = groups
            let sinks = sinksOf[groups] ?? {
                let sinks = compiled.response(covering: groups).sinks
                return sinks.isEmpty ? [.log] : sinks
            }()
            sinksOf[groups] = sinks
            return AcceptedFlow(host: pair.host, groups: groups, destination: pair.destination, sinks: sinks)
        }
        return (flows, dropped)
    }

    /// The groups whose allows may have admitted a connection of `host`: its own, and in host mode
    /// `self` and the `users` sets too (the machine's traffic may be any account's).
    static func groups(of host: HostID, in compiled: CompiledPolicy) -> [String] {
        let own = compiled.groupNames(of: host)
        guard compiled.mode == .host else { return own }
        return compiled.groups.filter { own.contains($0.name) || $0.isSelf || $0.uids != nil }.map(\.name)
    }
}
