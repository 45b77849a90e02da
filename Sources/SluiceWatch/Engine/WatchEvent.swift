/// Something the kernel told the watcher between polls.
public enum WatchEvent: Hashable, Sendable {
    /// A packet sent to NFLOG by one of the table's rules.
    case packet(PacketLog)
    /// A named quota object was depleted (`NFT_MSG_NEWOBJ` on `NFNLGRP_NFTABLES`).
    case quotaDepleted(table: String, name: String)
    /// Something in the table changed (an apply, `sluice block`, a release): worth a poll now.
    case tableChanged(table: String)
    /// The event socket overflowed (ENOBUFS): events were lost, resynchronize by reading.
    case eventsLost
}
