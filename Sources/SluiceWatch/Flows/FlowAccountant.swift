import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceStore

/// Flow accounting: turns the kernel's tracked connections into hourly rollups per sending host,
/// destination, protocol and port, and verdict, and hands them to the store at each flush.
///
/// Which connections count and their verdict come from the compiled policy (`FlowClassifier`): the
/// would-deny verdict is the kernel's own mark. Bytes are the original direction's, as conntrack
/// counted them; each byte is reported once, by a reset read or by the connection's end, and lands
/// in the hour it was read in. Not thread-safe: the runtime keeps it behind a lock that the quota
/// and containment path never takes.
final class FlowAccountant {
    let table: String
    private var compiled: CompiledPolicy
    private var local: Set<IPAddress>
    private var classifier: FlowClassifier
    private var pending: [FlowKey: FlowTotals] = [:]
    private var denied: [DeniedKey: UInt64] = [:]
    /// Allowed connections for the name thread's cross-group check, while the policy lists names.
    private var accepted: AcceptedFlows?
    /// Totals since the start, for the metrics.
    private(set) var figures = FlowFigures()

    init(compiled: CompiledPolicy, table: String, localAddresses: Set<IPAddress> = []) {
        self.table = table
        self.compiled = compiled
        local = localAddresses
        classifier = FlowClassifier(compiled, localAddresses: localAddresses)
        if compiled.dns != nil { accepted = AcceptedFlows() }
    }

    /// Classifies by a newly applied policy from now on; what was counted stays as it was counted.
    func follow(_ compiled: CompiledPolicy) {
        self.compiled = compiled
        classifier = FlowClassifier(compiled, localAddresses: local)
        if compiled.dns == nil {
            accepted = nil
        } else if accepted == nil {
            accepted = AcceptedFlows()
        }
    }

    /// This machine's addresses changed (an interface came up, an address was added).
    func setLocalAddresses(_ addresses: Set<IPAddress>) {
        guard addresses != local else { return }
        local = addresses
        classifier = FlowClassifier(compiled, localAddresses: addresses)
    }

    /// Counts connections read at `time`; `ended` ones also count as one flow each.
    func absorb(_ connections: [TrackedConnection], ended: Bool, at time: Date) {
        let hour = Self.hour(of: time)
        for connection in connections {
            guard connection.bytes > 0 || connection.packets > 0 || ended else { continue }
            guard let kind = classifier.classify(source: connection.source, destination: connection.destination,
                                                 mark: connection.mark) else {
                figures.ignored += 1
                continue
            }
            let key = FlowKey(hour: hour, host: kind.host, destination: connection.destination.unmapped,
                              transport: connection.transport, port: connection.destinationPort, verdict: kind.verdict)
            var totals = pending[key] ?? FlowTotals()
            totals.bytes &+= connection.bytes
            totals.packets &+= connection.packets
            if ended { totals.flows += 1 }
            pending[key] = totals
            if kind.verdict == .allow { accepted?.note(kind.host, connection.destination) }
            figures.bytes[kind.verdict.rawValue, default: 0] &+= connection.bytes
            if ended { figures.flows[kind.verdict.rawValue, default: 0] += 1 }
        }
    }

    /// Takes in what the kernel told between reads.
    func absorb(_ events: [ConnectionEvent], at time: Date) {
        var ended: [TrackedConnection] = []
        for event in events {
            switch event {
            case .ended(let connection): ended.append(connection)
            case .wouldDeny: figures.wouldDenyNotices += 1
            case .delayed: figures.delayed += 1
            }
        }
        if !ended.isEmpty { absorb(ended, ended: true, at: time) }
    }

    /// Counts denied attempts (from `log denied`) in their hours.
    func noteDenied(_ notes: [DeniedNote]) {
        for note in notes {
            guard let address = note.destination.address else { continue }
            let key = DeniedKey(hour: Self.hour(of: note.time), host: note.host, destination: address.unmapped,
                                transport: note.destination.transport ?? 0, port: note.destination.port ?? 0)
            denied[key, default: 0] += 1
        }
    }

    /// The allowed connections (each host and address once) since the last take, and how many
    /// were past the bound; none while the policy lists no names.
    func takeAccepted() -> (flows: [AcceptedFlow], dropped: Int) {
        accepted?.take(compiled) ?? ([], 0)
    }

    /// A drain of the conntrack table was taken in.
    func noteDrain(seconds: Double) {
        figures.drains += 1
        figures.lastDrainSeconds = seconds
    }

    /// Everything counted since the last flush, as one store write (nil when there is nothing),
    /// and starts over.
    func flush() -> WatchEffect? {
        guard !pending.isEmpty || !denied.isEmpty else { return nil }
        let flows = pending.map { key, totals in
            FlowRollup(table: table, hour: key.hour, host: key.host.description, destination: key.destination.description,
                       transport: key.transport, port: key.port, verdict: key.verdict, bytes: totals.bytes,
                       packets: totals.packets, flows: totals.flows)
        }
        let attempts = denied.map { key, count in
            DeniedRollup(table: table, hour: key.hour, host: key.host.description, destination: key.destination.description,
                         transport: key.transport, port: key.port, attempts: count)
        }
        pending = [:]
        denied = [:]
        return .recordFlows(flows, denied: attempts)
    }

    /// The start of the hour that holds `time`, in Unix seconds.
    static func hour(of time: Date) -> Int64 {
        let seconds = Int64(time.timeIntervalSince1970.rounded(.down))
        return seconds - ((seconds % SluiceStore.flowHour) + SluiceStore.flowHour) % SluiceStore.flowHour
    }
}
