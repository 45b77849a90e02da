/// What the event monitor reports about one table.
public enum NetfilterEvent: Hashable, Sendable {
    /// A named quota object crossed its limit (the kernel announces this once, until the quota is
    /// reset or recreated). `used` is the consumed bytes the event carried.
    case quotaDepleted(table: String, name: String, used: UInt64)
    /// Something in the table changed (a transaction committed, by Sluice or anyone).
    case tableChanged(table: String)
    /// The kernel dropped events (the receive buffer overflowed): read the state again.
    case eventsLost
}
