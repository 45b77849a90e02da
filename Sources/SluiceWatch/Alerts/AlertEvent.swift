import Foundation
import SluiceCompiler
import SluiceLanguage

/// One alert: what `alert log` prints as a JSON line and what `alert exec` gets on standard input.
public struct AlertEvent: Hashable, Sendable {
    /// When it happened.
    public var time: Date
    /// What happened.
    public var kind: AlertEventKind
    /// The Sluice table.
    public var table: String
    /// The host, or `*` for a spent `total` quota.
    public var host: HostID
    /// For quota events the quota's groups; otherwise the host's groups. Policy order.
    public var groups: [String]
    /// The `QuotaBinding.id`.
    public var quotaID: String?
    /// The quota window.
    public var window: QuotaWindow?
    /// Bytes counted in the window.
    public var bytes: UInt64?
    /// The quota's allowance.
    public var budget: UInt64?
    /// The containment (`isolate for 1d`, `block until released`), or the level that ended.
    public var action: String?
    /// When the containment ends (or ended).
    public var ends: ContainmentEnd?
    /// When the containment began (release and expiry events).
    public var since: Date?
    /// Why the host was contained.
    public var reason: String?
    /// Denied attempts in the last interval.
    public var count: Int?
    /// The last few distinct denied destinations, oldest first.
    public var destinations: [DeniedDestination]
    /// The host's group audits: nothing was blocked or isolated (`would-contain`).
    public var audit: Bool
    /// For a learned quota: the host's usual bytes for the window (its baseline; `budget` is its
    /// limit), and whether that is still its group's (warm-up).
    public var usual: UInt64?
    public var warmingUp: Bool?
    /// For a `cross-group` alert: the address the host reached, the destinations (with their
    /// names and groups) it was learned for, and how many such alerts the per-minute cap held
    /// back since the last one that went out.
    public var address: IPAddress?
    public var learnedFor: [LearnedDestination] = []
    public var suppressed: Int?

    /// Creates an alert.
    public init(time: Date, kind: AlertEventKind, table: String, host: HostID, groups: [String],
                quotaID: String? = nil, window: QuotaWindow? = nil, bytes: UInt64? = nil, budget: UInt64? = nil,
                action: String? = nil, ends: ContainmentEnd? = nil, since: Date? = nil, reason: String? = nil,
                count: Int? = nil, destinations: [DeniedDestination] = [], audit: Bool = false) {
        self.time = time
        self.kind = kind
        self.table = table
        self.host = host
        self.groups = groups
        self.quotaID = quotaID
        self.window = window
        self.bytes = bytes
        self.budget = budget
        self.action = action
        self.ends = ends
        self.since = since
        self.reason = reason
        self.count = count
        self.destinations = destinations
        self.audit = audit
    }

    /// Whether `json` (an incident's stored details) is an audited alert's: `audit` is its last
    /// member, so a would-contain incident read back from the store is told from an action.
    public static func isAudited(json: String) -> Bool { json.hasSuffix(",\"audit\":true}") }

    /// The alert as one line of JSON (no newline): members in a fixed order, absent ones left out
    /// (`audit` last: `isAudited(json:)`); `expires` is `null` for a containment that lasts until
    /// released.
    public var json: String {
        var j = JSONText()
        j.add("time", RFC3339.format(time))
        j.add("event", kind.rawValue)
        j.add("table", table)
        j.add("host", host.description)
        j.add("groups", groups)
        if let quotaID { j.add("quota", quotaID) }
        if let window {
            j.add("window_start", RFC3339.format(unixSeconds: window.start))
            j.add("window_length", window.length)
            j.add("window_end", RFC3339.format(unixSeconds: window.end))
        }
        if let bytes { j.add("bytes", bytes) }
        if let budget { j.add("budget", budget) }
        if let usual { j.add("usual", usual) }
        if let warmingUp { j.add("warming_up", raw: warmingUp ? "true" : "false") }
        if let action { j.add("action", action) }
        switch ends {
        case .at(let date): j.add("expires", RFC3339.format(date))
        case .untilReleased: j.addNull("expires")
        case nil: break
        }
        if let since { j.add("since", RFC3339.format(since)) }
        // Given from outside (`sluice isolate --reason`, a SOAR playbook): clipped like a log value.
        if let reason { j.add("reason", LogText.clip(reason)) }
        if let count { j.add("count", count) }
        if !destinations.isEmpty { j.add("destinations", objects: destinations.map(\.json)) }
        if let address { j.add("address", address.description) }
        if !learnedFor.isEmpty { j.add("learned_for", objects: learnedFor.map(\.json)) }
        if let suppressed { j.add("suppressed", suppressed) }
        if audit { j.add("audit", raw: "true") }
        return j.text
    }
}
