import Foundation
import Glibc
import SluiceCompiler

extension NetfilterConnection {
    /// The boot this kernel runs in (`/proc/sys/kernel/random/boot_id`).
    static func bootID() -> String {
        let text = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)) ?? ""
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The namespace's identity: its nsfs device and inode.
    static func identity(of namespace: NetworkNamespace) throws -> String {
        let path = namespace.filePath ?? "/proc/thread-self/ns/net"
        var st = stat()
        try SystemCall.check("stat \(path)", stat(path, &st))
        return "\(st.st_dev):\(st.st_ino)"
    }

    /// Plans the apply of `target`, using the picture in `cache` instead of reading large sets
    /// back when the live kernel still matches it (see `AppliedState`), and reading the table
    /// otherwise. Runtime values (quota usage, counters, runtime set elements) are always the live
    /// ones where the plan needs them.
    public func plan(_ target: Ruleset, cache: AppliedStateCache?) throws -> ApplyPlan {
        guard let cache else { return try plan(target) }
        let table = target.table
        let generation = try self.generation()
        guard let info = try tableInfo(table) else {
            var plan = try ApplyPlanner.plan(live: nil, target: target, generation: generation)
            plan.basis = .absent
            return plan
        }
        guard let state = cache.load(table: table), state.bootID == Self.bootID(),
              state.namespaceID == namespaceID, state.tableHandle == info.handle else {
            return try plan(target)
        }
        var live = state.ruleset
        if state.generation != generation {
            // Something committed since: the structure must still be what Sluice left.
            let sets = try setDefinitions(table: table)
            guard sets.count == state.ruleset.sets.count,
                  sets.allSatisfy({ s in
                      state.setHandles[s.set.name] == s.handle
                          && state.ruleset.set(named: s.set.name).map { !ApplyPlanner.definitionDiffers($0, s.set) } == true
                  }),
                  try chainsMatch(try chains(table: table, withRules: true), state.ruleset.chains) else {
                return try plan(target)
            }
        }
        live.quotas = []
        live.counters = []
        for object in try objects(table: table) {
            switch object {
            case .quota(let q, _): live.quotas.append(q)
            case .counter(let c): live.counters.append(c)
            }
        }
        var options = ApplyPlanner.Options()
        options.unknownElements = Set(live.sets.filter(\.runtimeElements).map(\.name))
        let needed = ApplyPlanner.needsElements(live: live, target: target, options: options)
        for name in needed.sorted() {
            guard let i = live.sets.firstIndex(where: { $0.name == name }) else { continue }
            live.sets[i].elements = try elements(table: table, of: live.sets[i])
            options.unknownElements.remove(name)
        }
        // The generation check on apply makes the picture and the objects read here one moment.
        var plan = try ApplyPlanner.plan(live: live, target: target, generation: generation, options: options)
        plan.basis = .cache
        return plan
    }

    private func chainsMatch(_ live: [Chain], _ picture: [Chain]) throws -> Bool {
        guard live.count == picture.count else { return false }
        for (l, p) in zip(live.sorted { $0.name < $1.name }, picture.sorted { $0.name < $1.name }) {
            guard l.name == p.name, l.hook == p.hook, try ApplyPlanner.rulesEqual(l.rules, p.rules) else { return false }
        }
        return true
    }

    /// Applies a plan (see `apply(_:expectedGeneration:dryRun:)`) and, after a commit whose
    /// generation is known exactly, stores the resulting picture in `cache`. If anything else
    /// committed in the meantime, the picture is dropped instead.
    @discardableResult
    public func apply(_ plan: ApplyPlan, expectedGeneration: UInt32?, dryRun: Bool = false,
                      cache: AppliedStateCache?) throws -> ApplyOutcome {
        let outcome: ApplyOutcome
        do {
            outcome = try apply(plan, expectedGeneration: expectedGeneration, dryRun: dryRun)
        } catch {
            if !dryRun { cache?.forget(table: plan.table) }
            throw error
        }
        guard let cache, !dryRun else { return outcome }
        guard let generation = outcome.generation else {
            cache.forget(table: plan.table)
            return outcome
        }
        if plan.isEmpty, let state = cache.load(table: plan.table), state.generation == generation {
            return outcome
        }
        guard let info = try tableInfo(plan.table) else {
            cache.forget(table: plan.table)
            return outcome
        }
        var handles: [String: UInt64] = [:]
        for (set, handle) in try setDefinitions(table: plan.table) { handles[set.name] = handle }
        guard try self.generation() == generation else {
            cache.forget(table: plan.table)
            return outcome
        }
        cache.store(AppliedState(bootID: Self.bootID(), namespaceID: namespaceID, tableHandle: info.handle,
                                 generation: generation, setHandles: handles,
                                 ruleset: AppliedState.picture(of: plan.target)))
        return outcome
    }
}
