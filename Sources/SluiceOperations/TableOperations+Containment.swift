import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceStore

extension TableOperations {
    /// Contains a host on an outside trigger (an EDR, a SOAR playbook, an operator): adds it to the
    /// kernel's block or isolation set with the duration as the element's timeout, so it holds
    /// without the watcher and ends on time, then records the containment and an incident.
    /// A management host is refused unless `force` says the operator means it: containing one cuts
    /// the administrators off from every contained host.
    @discardableResult
    public func contain(host text: String, kind: ContainmentKind, seconds: UInt64?, reason: String,
                        source: ContainmentSource = .manual, force: Bool = false,
                        now: Date = Date()) throws(OperationError) -> ContainmentRecord {
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
        let comment = KernelComment.clipEnd(reason)
        try kernel {
            for target in targets {
                let element = SetElement(target.key, timeout: seconds.map { $0 * 1000 }, comment: comment)
                // A host contained again gets the new duration: the old element goes first.
                try netfilter.deleteElements([SetElement(target.key)], table: table, set: target.set, cache: cache)
                try netfilter.addElements([element], table: table, set: target.set, cache: cache)
            }
        }
        let expires = seconds.map { now.addingTimeInterval(TimeInterval($0)) }
        return try stored { () throws(StoreError) in
            let action = kind.rawValue + (seconds.map { " for \(Units.duration($0))" } ?? "")
            let incident = try store.recordIncident(
                table: table, time: now, host: host.description, groups: compiled.groupNames(of: host), quotaID: "manual",
                windowStart: 0, windowLength: 1, bytesUsed: 0, budget: 0, actions: [action], containmentExpires: expires,
                details: JSONValue.object([("reason", .string(reason)), ("source", .string(source.rawValue))]).serialized())
            return try store.putContainment(table: table, host: host.description, kind: kind, since: now, expires: expires,
                                            reason: reason, source: source, incidentID: incident.id)
        }
    }

    /// Ends a host's containment, whatever its kind, in the kernel and in the store. Returns the
    /// record that ended, or nil when the store had none (the kernel is cleaned either way).
    @discardableResult
    public func release(host text: String, now: Date = Date()) throws(OperationError) -> ContainmentRecord? {
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
        return try stored { () throws(StoreError) in
            try store.releaseContainment(table: table, host: host.description, at: now)
        }
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
