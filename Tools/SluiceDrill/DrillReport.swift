import Foundation

/// Everything the drill measured, and whether Sluice contained every pattern within its budget.
public struct DrillReport: Sendable {
    public var scenarios: [DrillOutcome]
    /// Checks of the isolation itself (lateral traffic, management, bystanders).
    public var checks: [(String, Bool)]
    public var policy: String
    public var seconds: Double
    /// The lab's tag: every namespace the drill made was named `sl-TAG-...`, and all are gone.
    public var labTag: String
    /// The tags of the drill's other labs (the login node of scenario (f)).
    public var otherLabTags: [String] = []
    /// The local accounts the drill made (and removed).
    public var accounts: [String] = []

    /// True when every scenario and check passed.
    public var passed: Bool { scenarios.allSatisfy(\.passed) && checks.allSatisfy(\.1) }

    /// The report for people.
    public func text() -> String {
        func size(_ n: Int) -> String {
            n >= 1_000_000 ? String(format: "%.2f MB", Double(n) / 1e6) : n >= 1000 ? String(format: "%.0f KB", Double(n) / 1e3) : "\(n) B"
        }
        var out = "Sluice drill: exfiltration patterns against a default-deny gateway and a login node, in throwaway namespaces\n\n"
        for s in scenarios {
            if s.skipped {
                out += "SKIP  \(s.name): \(s.notes.joined(separator: "; "))\n"
                continue
            }
            out += "\(s.passed ? "PASS" : "FAIL")  \(s.name): \(s.pattern)\n"
            out += "      hosts \(s.hosts.count == 1 ? s.hosts[0] : "\(s.hosts.first ?? "")..\(s.hosts.last ?? "") (\(s.hosts.count))")"
            out += ", tried to send \(size(s.sent)), got out \(size(s.gotOut))"
            out += s.budget > 0 ? " (budget \(size(s.budget)))\n" : "\n"
            if !s.containedAfter.isEmpty {
                let times = s.containedAfter.sorted { $0.key < $1.key }.map { String(format: "%@ at %.2fs", $0.key, $0.value) }
                out += "      \(s.caughtBy == "denied" ? "alerted" : "contained"): \(times.joined(separator: ", "))"
                out += s.caughtBy.map { " by \($0)" } ?? ""
                out += "\n"
            }
            for note in s.notes { out += "      \(note)\n" }
        }
        out += "\n"
        for (check, ok) in checks { out += "\(ok ? "PASS" : "FAIL")  \(check)\n" }
        out += "\nlab namespaces " + ([labTag] + otherLabTags).map { "sl-\($0)-*" }.joined(separator: ", ") + " removed"
        out += accounts.isEmpty ? "\n" : "; accounts \(accounts.joined(separator: ", ")) removed\n"
        out += String(format: "%@ in %.1f s\n", passed ? "Every pattern was contained within its budget" : "SOME PATTERNS GOT THROUGH", seconds)
        return out
    }
}
