import Foundation
import SluiceCompiler

extension WatchEngine {
    /// Follows a newly applied policy without losing usage: quotas keep their state by id (the
    /// kernel keeps their counters across applies), new quotas are set up as at start (restoring
    /// recorded usage), dropped ones are written out and forgotten. Containments stay. Pass the
    /// store's current usage when it was read beforehand, so a slow store is not read under a lock.
    public func reload(_ compiled: CompiledPolicy, version: Int64? = nil,
                       storedUsage: [StoredUsage]? = nil) throws -> [WatchEffect] {
        guard compiled.ruleset.table == table else {
            throw WatchError.tableMismatch(expected: table, got: compiled.ruleset.table)
        }
        let now = clock.now()
        var effects = flushAll(at: now)
        // New or changed quotas: read every host at the next poll.
        sweepRequested = true
        let old = bindings
        index = PolicyIndex(compiled: compiled, table: table)
        bindings = [:]
        var added: [QuotaBinding] = []
        for binding in index.bindings {
            if var state = old[binding.id], state.binding.window == binding.window {
                state.binding = binding
                bindings[binding.id] = state
            } else {
                added.append(binding)
            }
        }
        if !added.isEmpty {
            let stored = storedUsage
                ?? attempt("read the recorded usage") { try store.currentUsage(table: table, at: now) } ?? []
            for binding in added {
                effects += setUp(binding, at: now, mark: nil, stored: stored)
            }
        }
        // The multiple, floor or learning period may have changed: every learned limit is written again.
        effects += startLearnedQuotas(added.map(\.id), at: now, recompute: index.bindings.map(\.id))
        let dropped = old.keys.filter { bindings[$0] == nil }.sorted()
        liveVersion = version
        warnAboutAlertPrograms()
        logger.info("following a new policy", metadata: [
            "version": "\(version.map(String.init) ?? "-")", "quotas": "\(bindings.count)",
            "added": "\(added.map(\.id).joined(separator: ","))", "dropped": "\(dropped.joined(separator: ","))"])
        effects.append(.recordWindowMarks(windowMarks))
        for id in index.bindings.map(\.id) {
            effects += checkExceeds(id, at: now)
        }
        return effects
    }
}
