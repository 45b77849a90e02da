import SluiceKernel

/// Something flow accounting hears between two reads of the conntrack table.
public enum ConnectionEvent: Hashable, Sendable {
    /// A connection ended, with its counters since the last read.
    case ended(TrackedConnection)
    /// The first packet of a connection the policy would deny, accepted because its group audits
    /// (`sluice-audit` on the audit NFLOG group).
    case wouldDeny(PacketLog)
    /// The kernel's queue for this reader was full: it sends the ended connections again later
    /// (conntrack's reliable events), so nothing is lost, only late.
    case delayed
}
