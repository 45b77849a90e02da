import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceStore
import SluiceWatch

extension TableOperations {
    /// Gateway mode: contains the host's other addresses, the ones its link-layer address answers
    /// for on the same link in the gateway's neighbour table (a dual-stack host's other family),
    /// as the watcher does for every containment it sees (`WatchEngine.followSiblings`): a host is
    /// its addresses, and containing one left the others free. Only addresses of the live policy's
    /// groups, never a management host; each gets its own record, whose reason names the host it
    /// followed. Best effort: the host itself is contained either way. Returns those contained.
    func containSiblings(of host: HostID, kind: ContainmentKind, ends: ContainmentEnd, reason: String,
                         source: ContainmentSource, _ compiled: CompiledPolicy, now: Date) -> [String] {
        guard compiled.mode == .gateway, case .address(let address) = host,
              let neighbours = try? namespace.neighbours(),
              let (entry, siblings) = Neighbour.siblings(of: address, in: neighbours) else { return [] }
        let seconds = ends.date.map { UInt64(max(1, $0.timeIntervalSince(now).rounded(.up))) }
        var contained: [String] = []
        for sibling in siblings.map(HostID.address) {
            guard compiled.containmentFollows(to: sibling) else { continue }
            let why = entry.siblingReason(of: host.description) + reason
            switch Result(catching: { () throws(OperationError) in
                try contain(host: sibling.description, kind: kind, seconds: seconds, reason: why, source: source,
                            siblings: false, now: now)
            }) {
            case .success(let outcome) where !outcome.kept: contained.append(sibling.description)
            case .success: break
            case .failure(.containedButNotRecorded): contained.append(sibling.description)
            case .failure: break
            }
        }
        return contained
    }

    /// Ends the containments that followed `host` to its other addresses (their reason names it):
    /// releasing a host releases the host, all its addresses.
    func releaseSiblings(of host: HostID, now: Date) throws(OperationError) -> [ContainmentRecord] {
        guard case .address = host else { return [] }
        let prefix = Neighbour.siblingReasonPrefix(of: host.description)
        let followers = try stored { () throws(StoreError) in try store.activeContainments(table: table, at: now) }
            .filter { $0.reason.hasPrefix(prefix) }
        var released: [ContainmentRecord] = []
        for host in Set(followers.map(\.host)).sorted() {
            released += try release(host: host, now: now)
        }
        return released
    }
}
