import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceOperations
import SluiceStore

/// What `sluice explain` adds when the history says a host of the flow is contained now: the
/// verdict stays the policy's, but the kernel drops the flow all the same, and an operator
/// asking why a host cannot connect needs to read that here (read only).
enum ExplainContained {
    /// The standing containments that drop this flow now: the source's block or isolation
    /// (unless the destination is a management host), and the destination's isolation (unless
    /// the source is one). Empty without a state directory or a record.
    static func records(_ compiled: CompiledPolicy, source: FlowSource, destination: IPAddress?,
                        operations: TableOperations?) -> [ContainmentRecord] {
        guard let operations, let active = try? operations.store.activeContainments(table: operations.table) else { return [] }
        let sourceHost: HostID? = switch source {
        case .address(let address): .address(address.unmapped)
        case .machine: .machine
        // An account's block or isolation drops its flows just the same (keyed on its uid).
        case .user(.uids(let uids)): .user(uids.lowerBound)
        case .user(.name(let name)): (compiled.uid(named: name) ?? SystemUserDirectory().uid(named: name)).map(HostID.user)
        }
        let destinationHost = destination.map { HostID.address($0.unmapped) }
        let toManagement = destinationHost.map(compiled.containment.isManagement) ?? false
        let fromManagement = sourceHost.map(compiled.containment.isManagement) ?? false
        return active.filter { record in
            if let sourceHost, record.host == sourceHost.description { return !toManagement }
            if let destinationHost, record.host == destinationHost.description { return record.kind == .isolate && !fromManagement }
            return false
        }
    }

    /// The lines for the text explanation.
    static func text(_ records: [ContainmentRecord]) -> String {
        records.map { record in
            let until = record.expires.map { "until \(RFC3339.formatSeconds($0))" } ?? "until released"
            let incident = record.incidentID.map { ", incident \($0)" } ?? ""
            let release = record.host.hasPrefix(HostID.userPrefix)
                ? "sluice release --user \(record.host.dropFirst(HostID.userPrefix.count))" : "sluice release \(record.host)"
            return "now: \(record.host) is \(record.kind.participle) \(until) (since \(RFC3339.formatSeconds(record.since))"
                + "\(incident)): the kernel drops this flow whatever the policy says; `\(release)` ends it\n"
        }.joined()
    }

    /// The explanation's JSON with a `contained` member added.
    static func json(_ value: JSONValue, _ records: [ContainmentRecord]) -> JSONValue {
        guard case .object(var members) = value, !records.isEmpty else { return value }
        members.append(("contained", .array(records.map { record in
            .object([("host", .string(record.host)), ("kind", .string(record.kind.rawValue)),
                     ("since", .string(RFC3339.formatSeconds(record.since))),
                     ("expires", record.expires.map { .string(RFC3339.formatSeconds($0)) } ?? .null),
                     ("reason", .string(record.reason))])
        })))
        return .object(members)
    }
}
