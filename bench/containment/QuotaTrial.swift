import BenchSupport
import Glibc
import SluiceLab
import SluiceSystem

/// One host sending to the echo server until the gateway drops a datagram.
///
/// Ping-pong: each datagram carries a sequence number and the next one leaves only after its
/// echo came back. The first datagram whose echo does not come back within `echoWait` is the
/// one that spent the quota (the ruleset drops it and logs it); its send time is the start of the
/// measurement. A datagram lost for another reason would stop the trial before the quota is
/// spent, and show as a host that was never isolated, not as a wrong figure.
struct QuotaTrial {
    var host: LabNamespace
    var source: IPv4
    var path: ContainmentPath
    var echoWait: Duration
    /// How long after the crossing the host must be in the isolation set.
    var containmentTimeout: Duration

    func run(monitor: IsolationMonitor) throws -> TrialOutcome {
        let source = self.source
        let socket = try host.perform { () throws -> UDPSocket in
            let socket = try UDPSocket(label: "trial sender \(source)")
            try socket.bind(source)
            try socket.connect(ContainmentPlan.echo, port: ContainmentPlan.echoPort)
            return socket
        }
        var outcome = TrialOutcome(source: source.description, path: path, echoed: 0)
        var payload = [UInt8](repeating: 0x42, count: ContainmentPlan.payloadSize)
        var reply = [UInt8](repeating: 0, count: 65536)
        // Twice the budget in datagrams: more means the quota is not enforced at all.
        let limit = 2 * ContainmentPlan.quotaBytes / ContainmentPlan.payloadSize
        var crossing: ContinuousClock.Instant?
        for sequence in 0..<limit {
            withUnsafeBytes(of: UInt32(sequence).bigEndian) { payload.replaceSubrange(0..<4, with: $0) }
            let sent = ContinuousClock.now
            guard try socket.send(payload) else {
                outcome.problem = "datagram \(sequence) was refused by the sender's own stack"
                return outcome
            }
            if try !awaitEcho(UInt32(sequence), on: socket, buffer: &reply, until: sent.advanced(by: echoWait)) {
                crossing = sent
                break
            }
            outcome.echoed += 1
        }
        guard let crossing else {
            outcome.problem = "\(limit) datagrams were echoed: the quota was never spent"
            return outcome
        }
        guard let isolated = monitor.firstSeen(source, waitingUntil: crossing.advanced(by: containmentTimeout)) else {
            outcome.problem = "not isolated within \(containmentTimeout) of spending its quota"
            return outcome
        }
        guard isolated >= crossing else {
            outcome.problem = "isolated before it spent its quota"
            return outcome
        }
        outcome.latency = crossing.duration(to: isolated).secondsValue
        return outcome
    }

    /// Waits for the echo of `sequence` (skipping late echoes of earlier ones); false on timeout.
    private func awaitEcho(_ sequence: UInt32, on socket: UDPSocket, buffer: inout [UInt8],
                           until deadline: ContinuousClock.Instant) throws -> Bool {
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            let (seconds, attoseconds) = left.components
            let milliseconds = Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
            guard try socket.waitReadable(milliseconds: milliseconds) else { return false }
            while let (count, _) = try socket.receive(into: &buffer) {
                guard count >= 4 else { continue }
                let echoed = UInt32(buffer[0]) << 24 | UInt32(buffer[1]) << 16 | UInt32(buffer[2]) << 8 | UInt32(buffer[3])
                if echoed == sequence { return true }
            }
        }
    }
}
