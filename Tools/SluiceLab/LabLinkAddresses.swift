/// The link addresses the lab puts on its links (169.254.0.0/16 and fe80::/10, never routed).
public enum LabLinkAddresses {
    /// IPv4 address the router side owns on every host link (gateway `h-*`, node `mgmt0`); hosts
    /// route `default via` it on-link, Calico-style.
    public static let hostLinkRouterV4 = "169.254.0.1"
    /// IPv6 counterpart of `hostLinkRouterV4` on every host link.
    public static let hostLinkRouterV6 = "fe80::1"

    /// The gateway's address on uplink `wanN`: 169.254.(100+N).1/30.
    public static func uplinkRouterV4(_ uplink: Int) -> String { "169.254.\(100 + uplink).1" }
    /// The outside's address on uplink `wanN`: 169.254.(100+N).2/30; the gateway's and the
    /// node's default route (IPv4) points at it.
    public static func uplinkOutsideV4(_ uplink: Int) -> String { "169.254.\(100 + uplink).2" }
    /// The gateway's (not the node's) IPv6 link address on every uplink.
    public static let uplinkRouterV6 = "fe80::1"
    /// The outside's IPv6 link address on every uplink; IPv6 default routes point at it.
    public static let uplinkOutsideV6 = "fe80::2"
    /// The prefix length of the IPv4 uplink subnets.
    public static let uplinkPrefixLength = 30
}
