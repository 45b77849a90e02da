import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceStore

/// Why an operation on the live firewall did not happen. `isRefusal` separates requests Sluice
/// turned down (exit 1) from kernel and system failures (exit 3).
public enum OperationError: Error, CustomStringConvertible {
    case kernel(KernelError)
    case store(StoreError)
    /// Someone else changed the ruleset between Sluice's read and its write; nothing was applied.
    case lostRace
    case noSuchVersion(Int64)
    /// A version's stored files no longer match the hash its history entry shows.
    case tamperedVersion(Int64)
    case nothingToRollBack
    case noLivePolicy(String)
    /// The history has a live version, but the kernel has no such table (another tool's
    /// `nft flush ruleset`, an operator's delete, a reboot without the boot's apply).
    case tableMissing(table: String, live: Int64)
    case nothingToConfirm(String)
    case badHost(String)
    /// `sluice report --group` named a group the live policy does not have.
    case unknownGroup(String)
    /// A report's period holds no hour (`--until` is not after `--since`).
    case emptyPeriod(since: Date, until: Date)
    /// A `sluice learn` option out of range.
    case badLearnOption(String)
    /// The policy `sluice learn` adds to does not compile (its diagnostics).
    case baseRejected(String)
    /// The proposal did not pass the check with its base: a defect of learn, never shown as a
    /// proposal (the diagnostics).
    case proposalRejected(String)
    /// The host is in the management group, which is never contained without `--force`.
    case managementHost(String, group: String)
    case noSelfGroup
    /// `--user` names a user this machine and the live policy do not know.
    case unknownUser(String)
    /// `--user` on a table whose live policy has no `users` set (so no set holds contained users).
    case noUserSets
    case wrongTable(expected: String, found: String)
    /// The version a confirmation timer guarded is no longer live (someone applied since).
    case superseded(Int64)
    /// The confirmation timer could not be started, so the apply was undone.
    case timerNotStarted(String)
    /// `confirm` came after the deadline: the previous version was restored instead.
    case confirmationExpired(version: Int64, restored: Int64?)
    /// A usage export for `sluice baseline import` that was refused whole: each problem `FILE:LINE: ...`.
    case badUsageFile([String])
    /// A system call or a library outside the kernel and the store failed.
    case system(String)
    /// The kernel changed but the history could not record it.
    case appliedButNotRecorded(StoreError)
    /// Another Sluice table of the network namespace sets the same conntrack mark bits (table, other).
    case sharedConnectionMarks(table: String, other: String)
    /// A host was contained in the kernel, but the store could not record it (host, "blocked" or
    /// "isolated", why).
    case containedButNotRecorded(host: String, kind: String, StoreError)
    /// A gateway refused a version its fleet published (why); it keeps the ruleset it runs.
    case fleetVersionRefused(String)

    /// True when the kernel certainly committed nothing: it refused the transaction, or someone
    /// else committed first.
    var committedNothing: Bool {
        switch self {
        case .lostRace: return true
        case .kernel(let e):
            if case .refused = e { return true }
            return false
        default: return false
        }
    }

    /// True when Sluice refused the request; false for kernel and system errors.
    public var isRefusal: Bool {
        switch self {
        case .kernel(let e):
            if case .refused = e { return true }
            if case .notOwned = e { return true }
            return false
        case .store(let e):
            if case .lockHeld = e.reason { return true }
            return false
        case .appliedButNotRecorded, .containedButNotRecorded, .timerNotStarted, .system, .proposalRejected: return false
        default: return true
        }
    }

    public var description: String {
        switch self {
        case .kernel(let e): "\(e)"
        case .store(let e): "\(e)"
        case .lostRace:
            "the ruleset changed while this apply was being prepared (another program committed); nothing was applied, run it again"
        case .noSuchVersion(let id): "there is no applied version \(id) of this table (see sluice history)"
        case .tamperedVersion(let id):
            "the stored policy files of version \(id) do not match the SHA-256 its history entry shows; "
                + "they were changed after it was applied, so it is not restored"
        case .nothingToRollBack: "there is no earlier version to roll back to (see sluice history)"
        case .noLivePolicy(let table): "no policy is applied to table \(table) yet (sluice apply POLICY first)"
        case .tableMissing(let table, let live):
            "table inet \(table) is not in the kernel, though version \(live) is the live version in the history "
                + "(deleted by another tool, or a reboot without the boot's apply): `sluice rollback \(live)` puts it back "
                + "with the containments and usage the history holds"
        case .nothingToConfirm(let table): "no apply of table \(table) is waiting for confirmation"
        case .badHost(let text): "'\(text)' is not an IP address or self"
        case .badLearnOption(let detail): detail
        case .baseRejected(let diagnostics): "the policy to add to does not compile:\n\(diagnostics)"
        case .proposalRejected(let diagnostics):
            "the proposal did not pass the check, so it is not shown (please report this):\n\(diagnostics)"
        case .unknownGroup(let name): "the live policy has no group '\(name)'"
        case .emptyPeriod(let since, let until):
            "the period from \(RFC3339.formatSeconds(since)) to \(RFC3339.formatSeconds(until)) is empty (--until must be after --since)"
        case .managementHost(let host, let group):
            "\(host) is in the management group \(group); containing it would cut the administrators off "
                + "from every contained host. Use --force if that is what you mean"
        case .noSelfGroup: "self can only be contained when the live policy is in host mode"
        case .unknownUser(let name): "there is no user '\(name)' on this machine"
        case .noUserSets: "users can only be contained when the live policy is in host mode and has a users set"
        case .wrongTable(let expected, let found):
            "that version was compiled for table \(found), not \(expected)"
        case .superseded(let id): "version \(id) is no longer the live version; nothing was rolled back"
        case .system(let detail): "could not \(detail)"
        case .badUsageFile(let problems): "nothing was imported:\n" + problems.joined(separator: "\n")
        case .timerNotStarted(let detail):
            "could not start the confirmation timer (\(detail)); the apply was undone, since nothing would have rolled it back"
        case .confirmationExpired(let version, let restored):
            "version \(version) was not confirmed before its deadline, so "
                + (restored.map { "version \($0) was restored" } ?? "Sluice's table was removed") + "; nothing was confirmed"
        case .appliedButNotRecorded(let e):
            "the kernel has the new ruleset, but the history could not record it: \(e)"
        case .sharedConnectionMarks(let table, let other):
            "table inet \(table) would set the same conntrack mark bits as table inet \(other), which Sluice applied in "
                + "this network namespace: a connection table \(other) admitted would pass table \(table)'s replies "
                + "accept. Give one of them another name (--table); the default table, sluice, shares its bits with no other"
        case .containedButNotRecorded(let host, let kind, let e):
            "\(host) is \(kind) in the kernel, but the state directory could not record it: \(e). The containment holds "
                + "until it ends or is released, but nothing puts it back if the table is created again (an apply after "
                + "`nft flush ruleset`): make the state directory writable and run the command again"
        case .fleetVersionRefused(let reason): "the fleet's version is refused on this gateway: \(reason)"
        }
    }
}
