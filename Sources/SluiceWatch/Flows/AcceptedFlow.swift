import SluiceCompiler
import SluiceLanguage

/// An allowed connection that flow accounting hands the name thread: a host, the groups whose
/// allows may have admitted it, and the address it went to. The name thread tells whether that
/// address was learned only for names of destinations none of those groups is allowed to.
public struct AcceptedFlow: Hashable, Sendable {
    public var host: HostID
    /// The host's groups; in host mode also `self` and every `users` set, since conntrack does
    /// not say which account sent the connection. Policy order.
    public var groups: [String]
    public var destination: IPAddress
    /// Where an alert about the host goes: its groups' `on exceed` sinks, or `log`.
    public var sinks: [AlertSink]

    /// Creates an accepted flow.
    public init(host: HostID, groups: [String], destination: IPAddress, sinks: [AlertSink] = [.log]) {
        self.host = host
        self.groups = groups
        self.destination = destination
        self.sinks = sinks
    }
}
