import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceStore
import SluiceWatch

extension TableOperations {
    /// Contains a host on an outside trigger (an EDR, a SOAR playbook, an operator): adds it to the
    /// kernel's block or isolation set with the duration as the element's timeout, so it holds
    /// without the watcher and ends on time, and records the containment and an incident.
    /// A containment only ever removes access: when the host already is contained so for at least
    /// as long (the kernel's element says), it is left as it is; a longer one replaces it in one
    /// transaction. A block and an isolation of the same host stand side by side.
    /// A management host is refused unless `force` says the operator means it: containing one cuts
    /// the administrators off from every contained host.
    ///
    /// The record comes first: a command killed between the two leaves a containment the store
    /// holds, which the next apply and the watcher put into the kernel, never one only the kernel
    /// holds (a table created again, after `nft flush ruleset`, would free it). When the store
    /// cannot record it, the host is contained in the kernel all the same (access is only ever
    /// removed) and the error says what is not kept.
    @discardableResult
    /// In gateway mode the host's other addresses follow (`containSiblings`) unless `siblings` is false.
    public func contain(host text: String, kind: ContainmentKind, seconds: UInt64?, reason: String,
                        source: ContainmentSource = .manual, force: Bool = false, siblings: Bool = true,
                        now: Date = Date()) throws(OperationError) -> ContainmentOutcome {
        let (_, compiled) = try livePolicy()
        let host = try containable(text, compiled)
        if compiled.containment.isManagement(host) && !force {
            throw .managementHost(host.description, group: compiled.containment.managementGroup ?? "management")
        }
        guard let targets = compiled.containment.elements(for: host, kind: kind) else {
            if case .user = host { throw .noUserSets }
            throw .noSelfGroup
        }
        let netfilter = try connection()
        var requested = ContainmentEnd(start: now, seconds: seconds)
        // The store's record counts as the kernel's element does: one the kernel lacks (a command
        // killed between its record and its kernel write, an element deleted by hand) was cut short
        // by a shorter containment that replaced both (tester G).
        if let standing = try? store.containment(table: table, host: host.description, kind: kind), standing.isActive(at: now),
           !requested.lasts(atLeastAs: ContainmentEnd(standing.expires)) {
            requested = ContainmentEnd(standing.expires)
        }
        let held = try kernel { try Self.heldEnd(of: targets, table: table, netfilter: netfilter, at: now) }
        let kept = held?.lasts(atLeastAs: requested) ?? false
        let recorded: Result<ContainmentOutcome, OperationError>
        do {
            recorded = .success(try record(host, kind: kind, seconds: seconds, reason: reason, source: source,
                                           held: kept ? held : nil, requested: requested, compiled: compiled, now: now))
        } catch {
            recorded = .failure(error)
        }
        if !kept {
            let comment = KernelComment.clipEnd(reason)
            try kernel {
                for target in targets {
                    let element = SetElement(target.key, timeout: requested.timeoutMilliseconds(at: now), comment: comment)
                    try netfilter.replaceElements([element], table: table, set: target.set, cache: cache)
                }
            }
        }
        let followed = siblings ? containSiblings(of: host, kind: kind, ends: requested, reason: reason, source: source,
                                                  compiled, now: now) : []
        switch recorded {
        case .success(var outcome):
            outcome.siblings = followed
            return outcome
        case .failure(.store(let error)) where !kept:
            throw .containedButNotRecorded(host: host.description, kind: kind.participle, error)
        case .failure(let error):
            throw error
        }
    }

    /// Records a containment and its incident; `held` is the end of the containment the kernel
    /// already holds when it lasts at least as long as the one requested (nothing changes then).
    private func record(_ host: HostID, kind: ContainmentKind, seconds: UInt64?, reason: String,
                        source: ContainmentSource, held: ContainmentEnd?, requested: ContainmentEnd,
                        compiled: CompiledPolicy, now: Date) throws(OperationError) -> ContainmentOutcome {
        let standing = held != nil ? try stored { () throws(StoreError) in try store.containment(table: table, host: host.description, kind: kind) } : nil
        return try stored { () throws(StoreError) in
            var action = kind.rawValue + (seconds.map { " for \(Units.duration($0))" } ?? "")
            if let held {
                action += " (already \(kind.participle) " + (held.date.map { "until \(RFC3339.formatSeconds($0))" } ?? "until released") + ")"
            }
            let end = held.map(\.date) ?? requested.date
            let groups = compiled.groupNames(of: host)
            let incident = try store.recordIncident(
                table: table, time: now, host: host.description, groups: groups, quotaID: "manual",
                windowStart: 0, windowLength: 1, bytesUsed: 0, budget: 0, actions: [action], containmentExpires: end,
                details: JSONValue.object([("reason", .string(reason)), ("source", .string(source.rawValue))]).serialized())
            // A kept containment keeps its record; one only the kernel held gets one now.
            if let standing, standing.isActive(at: now) {
                return ContainmentOutcome(record: standing, incidentID: incident.id, kept: true, groups: groups)
            }
            let record = try store.putContainment(table: table, host: host.description, kind: kind, since: now, expires: end,
                                                  reason: reason, source: source, incidentID: incident.id)
            return ContainmentOutcome(record: record, incidentID: incident.id, kept: held != nil, groups: groups)
        }
    }

    /// When the host's containment in `targets` ends, as the kernel's elements say: nil when any
    /// target lacks its element (not contained so), else the earliest end of its elements.
    private static func heldEnd(of targets: [ContainmentElement], table: String, netfilter: NetfilterConnection,
                                at now: Date) throws -> ContainmentEnd? {
        var end = ContainmentEnd.untilReleased
        for target in targets {
            guard let element = try netfilter.runtimeElement(target.key, table: table, set: target.set) else { return nil }
            guard let expires = element.expires ?? element.timeout else { continue }
            let elementEnd = now.addingTimeInterval(TimeInterval(expires) / 1000)
            if let known = end.date, known <= elementEnd { continue }
            end = .at(elementEnd)
        }
        return end
    }

    /// Ends a host's containments, of both kinds, in the kernel and in the store. Returns the
    /// records that ended, the strongest first: none when the store had none (the kernel is
    /// cleaned either way).
    @discardableResult
    public func release(host text: String, now: Date = Date()) throws(OperationError) -> [ContainmentRecord] {
        let (_, compiled) = try livePolicy()
        let host = try containable(text, compiled)
        let netfilter = try connection()
        for kind in ContainmentKind.allCases {
            guard let targets = compiled.containment.elements(for: host, kind: kind) else { continue }
            try kernel {
                for target in targets {
                    try netfilter.deleteElements([SetElement(target.key)], table: table, set: target.set, cache: cache)
                }
            }
        }
        let released = try stored { () throws(StoreError) in
            try store.releaseContainment(table: table, host: host.description, at: now)
        }
        return released + (try releaseSiblings(of: host, now: now))
    }

    /// Puts the containments the history holds back into the containment sets, in the same
    /// transaction: into the sets `plan` creates (after the table was deleted, by another tool's
    /// `nft flush ruleset` or an operator, an apply creates it again, and must not free the hosts
    /// that were contained), and into the sets it keeps where the kernel lacks one (a `block` or
    /// `isolate` killed between its record and its kernel write). Each keeps what is left of its
    /// duration; an element the kernel holds is left as it is.
    func restoreContainments(into plan: inout ApplyPlan, _ compiled: CompiledPolicy, netfilter: NetfilterConnection,
                             now: Date = Date()) throws(OperationError) {
        let active = try stored { () throws(StoreError) in try store.activeContainments(table: table, at: now) }
        guard !active.isEmpty else { return }
        let created = plan.createdSets
        var bySet: [String: [SetElement]] = [:]
        // The keys of each kept set, read once: a watcher may hold thousands of containments.
        var held: [String: Set<ElementKey>] = [:]
        for record in active {
            guard let host = HostID(record.host), let targets = compiled.containment.elements(for: host, kind: record.kind) else { continue }
            let timeout = ContainmentEnd(record.expires).timeoutMilliseconds(at: now)
            for target in targets where !plan.adds(target.key, to: target.set) {
                if !created.contains(target.set) {
                    if held[target.set] == nil {
                        held[target.set] = Set(try kernel { try netfilter.runtimeElements(table: table, set: target.set) }.map(\.key))
                    }
                    if held[target.set]?.contains(target.key) == true { continue }
                }
                bySet[target.set, default: []].append(SetElement(target.key, timeout: timeout, comment: KernelComment.clipEnd(record.reason)))
            }
        }
        try kernel { try plan.addRuntimeElements(bySet.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) }
    }

    /// A host an operator named: an address (an IPv4-mapped IPv6 address taken as its IPv4 address,
    /// which is how the host's packets look) or `self` when the live policy has it.
    func containable(_ text: String, _ compiled: CompiledPolicy) throws(OperationError) -> HostID {
        guard let host = HostID(containable: text) else { throw .badHost(text) }
        if host == .machine && compiled.machineGroup == nil { throw .noSelfGroup }
        if case .user = host, compiled.containment.blockedUsers == nil { throw .noUserSets }
        return host
    }

    /// The host of a user an operator names (`--user alice`, `--user 1001`): the uid the live
    /// policy resolved for the name, else the machine's user database.
    public func userHost(_ text: String) throws(OperationError) -> String {
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let uid = UInt32(text) {
            return HostID.user(uid).description
        }
        let (_, compiled) = try livePolicy()
        guard let uid = compiled.uid(named: text) ?? SystemUserDirectory().uid(named: text) else { throw .unknownUser(text) }
        return HostID.user(uid).description
    }
}
