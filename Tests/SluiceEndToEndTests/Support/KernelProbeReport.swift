import SluiceLanguage

/// What the kernel did with a batch of probes.
struct KernelProbeReport: Sendable {
    /// The verdict for each probe: allow when the connection, datagram or echo got through.
    var verdicts: [FlowProbe: Verdict] = [:]
    /// For TCP and UDP probes: whether the listener saw anything at all from the probe's source
    /// (an accepted connection or a datagram). A denied flow must leave nothing there.
    var reachedListener: [FlowProbe: Bool] = [:]
    /// Probes that came back denied although the evaluator or an `expect` line said allow, and
    /// were therefore tried again with a longer timeout.
    var rechecked: Set<FlowProbe> = []
}
