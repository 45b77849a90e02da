import SluiceLanguage

/// Tells, from the compiled policy, what a tracked connection (by its original direction) was:
/// egress of one of the policy's hosts, allowed or would-deny, or nothing flow accounting counts.
///
/// The verdict is the kernel's: the audit rules mark every connection they accept
/// (`AuditBinding.mark`), and a marked connection is would-deny. Whether an unmarked one was
/// egress follows the policy's own terms: a gateway forwards it from a group's host to an address
/// outside the inside networks; in host mode this machine sends it to such an address. Connections
/// to or from this machine's own addresses through a gateway, lateral ones and inbound ones are not
/// egress.
public struct FlowClassifier: Sendable {
    private let mode: PolicyMode
    private let audit: AuditBinding?
    private let hasMachineGroup: Bool
    private let groupAddresses: RangeLookup
    private let inside: RangeLookup
    private let local: Set<IPAddress>

    /// Prepares a classifier; `localAddresses` are this machine's (host mode's sender, and
    /// never a gateway's egress destination).
    public init(_ compiled: CompiledPolicy, localAddresses: Set<IPAddress> = []) {
        mode = compiled.mode
        audit = compiled.audit
        hasMachineGroup = compiled.machineGroup != nil
        groupAddresses = RangeLookup(compiled.groups.flatMap(\.addresses))
        inside = RangeLookup(compiled.insideNetworks)
        local = Set(localAddresses.map(\.unmapped))
    }

    /// The class of a connection from `source` to `destination` whose conntrack mark is `mark`,
    /// or nil when it is not egress of one of the policy's hosts.
    public func classify(source rawSource: IPAddress, destination rawDestination: IPAddress, mark: UInt32) -> FlowClass? {
        let source = rawSource.unmapped, destination = rawDestination.unmapped
        let wouldDeny = audit?.marks(mark) ?? false
        let host: HostID
        switch mode {
        case .host:
            guard local.contains(source) else { return nil }
            if groupAddresses.contains(source) {
                host = .address(source)
            } else if hasMachineGroup {
                host = .machine
            } else {
                return nil
            }
        case .gateway:
            guard groupAddresses.contains(source), !local.contains(source) else { return nil }
            host = .address(source)
        }
        // A marked connection went through the egress chain's audit rules: egress by the kernel's word.
        if !wouldDeny && (inside.contains(destination) || local.contains(destination)) { return nil }
        return FlowClass(host: host, verdict: wouldDeny ? .wouldDeny : .allow)
    }
}
