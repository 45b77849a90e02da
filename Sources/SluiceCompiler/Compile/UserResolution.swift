import SluiceLanguage

/// The `users` sets of a policy resolved against a user directory: each set's uids, the accounts
/// the policy names (for the contract's uid-name map), and what could not be resolved.
struct UserResolution {
    /// Each users set's uids, sorted and merged.
    var uids: [String: [ClosedRange<UInt32>]] = [:]
    /// Named users and single uids, with their names.
    var accounts: Set<UserAccount> = []
    var diagnostics: [Diagnostic] = []

    /// No users sets.
    init() {}

    /// Resolves every users set and every `expect user` of a policy. Unknown names are reported
    /// with `severity` (a warning in `check`, an error in `apply`); a set larger than the kernel
    /// sets hold is an error.
    init(_ policy: Policy, directory: any UserDirectory, severity: Severity) {
        for group in policy.groups {
            guard let items = group.users else { continue }
            var ranges: [ClosedRange<UInt32>] = []
            for item in items {
                if let uids = resolve(item.value, at: item.location, directory: directory, severity: severity) {
                    ranges.append(uids)
                }
            }
            let merged = RangeMerge.merge(ranges)
            let count = merged.reduce(UInt64(0)) { $0 + UInt64($1.count) }
            if count > UInt64(KernelNames.maxTrackedHosts) {
                diagnostics.append(.error(
                    .tooManyUsers, "users set '\(group.name)' holds \(count) uids; a users set holds at most \(KernelNames.maxTrackedHosts)",
                    at: group.location,
                    notes: [DiagnosticNote(.note, "each uid is one element of the kernel's set"),
                            DiagnosticNote(.help, "split the range over several users sets")]))
            }
            uids[group.name] = merged
        }
        warnAboutSubordinateUIDs(policy, directory: directory)
        for expectation in policy.expectations {
            if case .user(let value) = expectation.source {
                _ = resolve(value, at: expectation.location, directory: directory, severity: severity)
            }
        }
    }

    /// Every users set with accounts whose subordinate uids it does not hold: a user with a
    /// `/etc/subuid` range and unprivileged user namespaces sends as any of those uids, past the
    /// set's quotas and containment (only `self`'s rules apply to them).
    private mutating func warnAboutSubordinateUIDs(_ policy: Policy, directory: any UserDirectory) {
        let subordinate = directory.subordinateUIDs()
        guard !subordinate.isEmpty else { return }
        for group in policy.groups where group.users != nil {
            let held = uids[group.name] ?? []
            let escaping = subordinate.filter { entry in
                held.contains { $0.contains(entry.owner) }
                    && !held.contains { $0.contains(entry.uids.lowerBound) && $0.contains(entry.uids.upperBound) }
            }
            guard let first = escaping.first else { continue }
            let owner = directory.name(of: first.owner).map { "'\($0)'" } ?? "uid \(first.owner)"
            let more = escaping.count > 1 ? " (and \(escaping.count - 1) more)" : ""
            diagnostics.append(.warning(
                .subordinateUIDs,
                "\(owner) of users set '\(group.name)' has subordinate uids \(first.uids.lowerBound)-\(first.uids.upperBound)\(more) "
                    + "that the set does not hold",
                at: group.location,
                notes: [DiagnosticNote(.note, "in a user namespace of its own (/etc/subuid) the account sends as those uids: "
                                       + "its quotas, block and isolate do not see that traffic, which only self's rules meet"),
                        DiagnosticNote(.help, "remove the /etc/subuid entries on this machine, or turn unprivileged user "
                                       + "namespaces off (sysctl user.max_user_namespaces=0)")]))
        }
    }

    /// The uids of one item; nil for an unknown name (reported).
    private mutating func resolve(_ value: UserItem.Value, at location: SourceLocation, directory: any UserDirectory,
                                  severity: Severity) -> ClosedRange<UInt32>? {
        switch value {
        case .name(let name):
            guard let uid = directory.uid(named: name) else {
                let message = "no user '\(name)' on this machine"
                let notes = [DiagnosticNote(.note, "user names are resolved on the machine the policy is applied to"),
                             DiagnosticNote(.help, "create the account first, or write its uid")]
                diagnostics.append(severity == .error ? .error(.unknownUser, message, at: location, notes: notes)
                                   : .warning(.unknownUser, message, at: location, notes: notes))
                return nil
            }
            accounts.insert(UserAccount(uid: uid, name: name))
            return uid...uid
        case .uids(let range):
            if range.count == 1 { accounts.insert(UserAccount(uid: range.lowerBound, name: directory.name(of: range.lowerBound))) }
            return range
        }
    }


    /// The contract's uid-name map: one entry per uid, named when any item named it.
    var contractAccounts: [UserAccount] {
        var byUID: [UInt32: UserAccount] = [:]
        for account in accounts.sorted(by: { ($0.uid, $0.name ?? "") < ($1.uid, $1.name ?? "") }) {
            if byUID[account.uid]?.name == nil { byUID[account.uid] = account }
        }
        return byUID.values.sorted()
    }
}
