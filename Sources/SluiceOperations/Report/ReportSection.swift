import SluiceCompiler

/// One table of a report as rows of text, shared by the text and HTML forms so that both say the
/// same thing.
public struct ReportSection: Hashable, Sendable {
    public var title: String
    /// Column names, then one row per entry; `empty` when there are none.
    public var columns: [String]
    public var rows: [[String]]
    public var empty: String

    /// The report's sections, in reading order.
    public static func all(_ report: FlowReport) -> [ReportSection] {
        func share(_ value: Double?) -> String { value.map { "\(Int(($0 * 100).rounded()))%" } ?? "-" }
        return [
            ReportSection(title: "Top hosts", columns: ["HOST", "GROUPS", "BYTES", "WOULD-DENY", "FLOWS", "DESTINATIONS", "BUDGET"],
                          rows: report.topHosts.map { h in
                              [h.host, h.groups.joined(separator: ","), Units.size(h.bytes), Units.size(h.wouldDenyBytes),
                               String(h.flows), String(h.destinations),
                               h.budgetQuota.map { "\(share(h.budgetShare)) of \($0)" } ?? "-"]
                          }, empty: "no flows"),
            ReportSection(title: "Top destinations", columns: ["DESTINATION", "BYTES", "WOULD-DENY", "HOSTS", "SERVICES"],
                          rows: report.topDestinations.map { d in
                              [d.destination, Units.size(d.bytes), Units.size(d.wouldDenyBytes), String(d.hosts),
                               d.services.joined(separator: ",")]
                          }, empty: "no flows"),
            ReportSection(title: "New destinations", columns: ["DESTINATION", "FIRST SEEN", "LAST SEEN", "BYTES", "HOSTS"],
                          rows: report.newDestinations.map { d in
                              [d.destination, d.firstSeen, d.lastSeen, Units.size(d.bytes), hostList(d.hosts, of: d.hostCount)]
                          }, empty: "no destination was reached for the first time"),
            ReportSection(title: "Would deny (audited groups)", columns: ["DESTINATION", "SERVICE", "BYTES", "FLOWS", "HOSTS"],
                          rows: report.wouldDeny.map { w in
                              [w.destination, w.service, Units.size(w.bytes), String(w.flows), hostList(w.hosts, of: w.hostCount)]
                          }, empty: report.auditedGroups.isEmpty ? "no group audits" : "nothing the policy would deny"),
            ReportSection(title: "Denied attempts", columns: ["HOST", "DESTINATION", "SERVICE", "ATTEMPTS"],
                          rows: report.denied.map { [$0.host, $0.destination, $0.service, String($0.attempts)] },
                          empty: "none logged"),
            ReportSection(title: "Incidents", columns: ["TIME (UTC)", "HOST", "QUOTA", "USED", "BUDGET", "ACTIONS"],
                          rows: report.incidents.map { i in
                              [RFC3339.formatSeconds(i.time), TableOperations.label(i.host, name: i.userName), i.quotaID, Units.size(i.bytesUsed), Units.size(i.budget),
                               i.actions.joined(separator: ", ")]
                          }, empty: "none"),
            ReportSection(title: "Quota usage", columns: ["QUOTA", "SCOPE", "WINDOW", "BUDGET", "MOST USED", "BY", "SPENT"],
                          rows: report.quotaUsage.map { q in
                              [q.quota, q.scope, "\(q.windowStart) \(Units.window(q.windowSeconds))", Units.size(q.budget),
                               "\(Units.size(q.maxBytes)) (\(share(Double(q.maxBytes) / Double(max(q.budget, 1)))))",
                               TableOperations.label(q.maxHost, name: q.maxHostName), String(q.spent)]
                          }, empty: "no quota counted in the period"),
        ]
    }

    /// At most five hosts, then how many more of `count`.
    static func hostList(_ hosts: [String], of count: Int) -> String {
        count <= 5 ? hosts.joined(separator: ",") : hosts.prefix(5).joined(separator: ",") + " +\(count - min(5, hosts.count))"
    }
}
