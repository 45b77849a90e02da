/// Something the kernel told the watcher between polls.
public enum WatchEvent: Hashable, Sendable {
    /// A packet sent to NFLOG by one of the table's rules.
    case packet(PacketLog)
    /// A named quota object was depleted (`NFT_MSG_NEWOBJ` on `NFNLGRP_NFTABLES`).
    case quotaDepleted(table: String, name: String)
    /// The event socket overflowed (ENOBUFS): events were lost, resynchronize by reading.
    case eventsLost
}
