/// What flow accounting makes of one tracked connection: whose egress it was, and the verdict.
public struct FlowClass: Hashable, Sendable {
    /// The sending host: an address, or `self` for this machine in host mode.
    public var host: HostID
    public var verdict: FlowVerdict

    /// Creates a class.
    public init(host: HostID, verdict: FlowVerdict) {
        self.host = host
        self.verdict = verdict
    }
}
