import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceStore

extension Controller {
    /// Contains a host on an outside trigger (an EDR, a SOAR playbook, an operator): adds it to the
    /// kernel's block or isolation set with the duration as the element's timeout, so it holds
    /// without the watcher and ends on time, then records the containment and an incident.
    @discardableResult
    public func contain(host text: String, kind: ContainmentKind, seconds: UInt64?, reason: String,
                        source: ContainmentSource = .manual, now: Date = Date()) throws(ControlError) -> ContainmentRecord {
        let (_, compiled) = try livePolicy()
        let target = try ContainmentTarget(text, kind: kind, binding: compiled.containment)
        let netfilter = try connection()
        let comment = KernelComment.clipEnd(reason)
        try kernel {
            for (set, key) in target.entries {
                let element = SetElement(key, timeout: seconds.map { $0 * 1000 }, comment: comment)
                // A host contained again gets the new duration: the old element goes first.
                try netfilter.deleteElements([SetElement(key)], table: table, set: set, cache: cache)
                try netfilter.addElements([element], table: table, set: set, cache: cache)
            }
        }
        let expires = seconds.map { now.addingTimeInterval(TimeInterval($0)) }
        let groups = compiled.policy.groups.filter { group in
            group.isSelf ? target.host == "self" : group.addresses.contains { r in
                IPAddressText.contains(r, target.host)
            }
        }.map(\.name)
        return try stored { () throws(StoreError) in
            let action = kind.rawValue + (seconds.map { " for \(Units.duration($0))" } ?? "")
            let incident = try store.recordIncident(
                table: table, time: now, host: target.host, groups: groups, quotaID: "manual", windowStart: 0,
                windowLength: 1, bytesUsed: 0, budget: 0, actions: [action], containmentExpires: expires,
                details: JSONValue.object([("reason", .string(reason)), ("source", .string(source.rawValue))]).serialized())
            return try store.putContainment(table: table, host: target.host, kind: kind, since: now, expires: expires,
                                            reason: reason, source: source, incidentID: incident.id)
        }
    }

    /// Ends a host's containment, whatever its kind, in the kernel and in the store. Returns the
    /// record that ended, or nil when the store had none (the kernel is cleaned either way).
    @discardableResult
    public func release(host text: String, now: Date = Date()) throws(ControlError) -> ContainmentRecord? {
        let (_, compiled) = try livePolicy()
        let netfilter = try connection()
        var host = text
        for kind in ContainmentKind.allCases {
            guard let target = try? ContainmentTarget(text, kind: kind, binding: compiled.containment) else {
                if text != "self" { throw ControlError.badHost(text) }
                continue
            }
            host = target.host
            try kernel {
                for (set, key) in target.entries {
                    try netfilter.deleteElements([SetElement(key)], table: table, set: set, cache: cache)
                }
            }
        }
        return try stored { () throws(StoreError) in try store.releaseContainment(table: table, host: host, at: now) }
    }
}
