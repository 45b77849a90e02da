import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceStore

extension TableOperations {
    /// What an apply changes in the history's learned names once the kernel holds its version:
    /// what its own resolution taught, and the names its policy no longer lists.
    struct NameBookkeeping {
        var learned: [LearnedNameRecord] = []
        var forgotten: [(destination: String, name: String)] = []
    }

    /// A name as one destination lists it.
    private struct ListedName: Hashable, Comparable {
        let destination: String
        let name: String

        static func < (a: ListedName, b: ListedName) -> Bool { (a.destination, a.name) < (b.destination, b.name) }
    }

    /// Takes out of the learned sets the addresses that only names the new policy no longer lists
    /// taught (a name dropped from a destination, say because its service was compromised): left
    /// in, they stayed admitted for what was left of their TTL, up to a day, while `explain` said
    /// deny. An address another listed name taught, or this apply resolved, stays. Only elements
    /// the kernel holds are deleted (a missing one would fail the whole transaction).
    func dropUnlistedNames(in plan: inout ApplyPlan, _ compiled: CompiledPolicy, resolved: ApplyResolver.Outcome?,
                           netfilter: NetfilterConnection, now: Date = Date()) throws(OperationError) -> NameBookkeeping {
        var bookkeeping = NameBookkeeping()
        bookkeeping.learned = (resolved?.learned ?? []).map {
            LearnedNameRecord(destination: $0.destination, name: $0.name, address: $0.address.description,
                              expires: now.addingTimeInterval(TimeInterval($0.milliseconds) / 1000))
        }
        // Without names, the learned sets go with the policy's destinations.
        guard let dns = compiled.dns else { return bookkeeping }
        let records = try stored { () throws(StoreError) in try store.learnedNames(table: table, at: now) }
        guard !records.isEmpty else { return bookkeeping }
        let bindings = Dictionary(dns.destinations.map { ($0.destination, $0) }, uniquingKeysWith: { a, _ in a })
        var keep: [String: Set<ElementKey>] = [:]
        var drop: [String: Set<ElementKey>] = [:]
        var forgotten: Set<ListedName> = []
        for record in records {
            guard let binding = bindings[record.destination], let address = IPAddress(record.address) else { continue }
            let set = binding.set(address.family), key = ElementKey.address(AddressRange(address))
            if binding.admits(name: record.name) {
                keep[set, default: []].insert(key)
            } else {
                drop[set, default: []].insert(key)
                forgotten.insert(ListedName(destination: record.destination, name: record.name))
            }
        }
        bookkeeping.forgotten = forgotten.sorted().map { ($0.destination, $0.name) }
        for (set, elements) in resolved?.elements ?? [] { keep[set, default: []].formUnion(elements.map(\.key)) }
        let created = plan.createdSets
        for (set, candidates) in drop.sorted(by: { $0.key < $1.key }) where !created.contains(set) {
            let unvouched = candidates.subtracting(keep[set] ?? [])
            guard !unvouched.isEmpty else { continue }
            let held = Set(try kernel { try netfilter.runtimeElements(table: table, set: set) }.map(\.key))
            let gone = unvouched.filter(held.contains).sorted()
            if !gone.isEmpty { plan.operations.append(.deleteElements(set: set, elements: gone.map { SetElement($0) })) }
        }
        return bookkeeping
    }

    /// Writes the bookkeeping of an apply the kernel committed. Best effort: the kernel is right
    /// either way, and the watcher records what it learns itself.
    func settle(_ bookkeeping: NameBookkeeping, now: Date = Date()) {
        if !bookkeeping.learned.isEmpty { try? store.recordLearnedNames(table: table, bookkeeping.learned, at: now) }
        try? store.forgetLearnedNames(table: table, bookkeeping.forgotten)
    }
}
