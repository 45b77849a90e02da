import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import Synchronization
@testable import SluiceWatch

/// nf_tables in memory, as the watcher sees it: dynamic quota sets whose dumps cap `used` at the
/// budget, counter sets, named quotas, containment sets whose element timeouts run on the fake
/// clock, read-and-reset that subtracts what was counted, and restore.
final class FakeKernel: WatchKernel {
    struct Element {
        var consumed: UInt64 = 0
        /// The element's own quota limit (a learned one); nil: the set's.
        var limit: UInt64?
        var counter: UInt64 = 0
        var timeout: UInt64?
        var expiresAt: Date?
        var comment: String?
    }

    struct FakeSet {
        var stateful: ElementStateful?
        var elements: [ElementKey: Element] = [:]
    }

    struct State {
        var sets: [String: FakeSet] = [:]
        var quotas: [String: (bytes: UInt64, consumed: UInt64)] = [:]
        var operations: [String] = []
        var refuseAdds = false
        var failReads: Set<String> = []
        /// The whole table is gone (`deleteTable`): every read fails.
        var tableGone = false
        /// The neighbour table, and how often it was read.
        var neighbours: [Neighbour] = []
        var neighbourReads = 0
    }

    let table: String
    let clock: FakeClock
    private let state: Mutex<State>

    init(_ compiled: CompiledPolicy, clock: FakeClock) {
        table = compiled.ruleset.table
        self.clock = clock
        var s = State()
        for set in compiled.ruleset.sets where set.runtimeElements {
            s.sets[set.name] = FakeSet(stateful: set.stateful)
        }
        for quota in compiled.ruleset.quotas {
            s.quotas[quota.name] = (quota.bytes, 0)
        }
        state = Mutex(s)
    }

    // MARK: Traffic and inspection, for tests

    /// Counts bytes of a host against a set (adding the element on the first packet, as `update` does).
    func charge(set: String, host: String, bytes: UInt64) {
        let key = Self.key(host)
        state.withLock { s in
            s.sets[set, default: FakeSet()].elements[key, default: Element()].consumed += bytes
            s.sets[set, default: FakeSet()].elements[key, default: Element()].counter += bytes
        }
    }

    /// Deletes the table, as another program's `nft flush ruleset` does: every read fails until
    /// `createTable` makes it again, empty.
    func deleteTable() {
        state.withLock { s in
            s.tableGone = true
            for name in s.sets.keys { s.sets[name]?.elements = [:] }
            for name in s.quotas.keys { s.quotas[name]?.consumed = 0 }
        }
    }

    /// The table applied again after `deleteTable`: there, and empty.
    func createTable() {
        state.withLock { $0.tableGone = false }
    }

    /// Counts bytes against a named quota.
    func charge(object: String, bytes: UInt64) {
        state.withLock { s in s.quotas[object]?.consumed += bytes }
    }

    /// What a set holds now (expired elements left out), by host text.
    /// Sets what the neighbour table holds: (address, MAC, interface).
    func setNeighbours(_ entries: [(String, String, Int32)]) {
        let table = entries.compactMap { address, mac, interface -> Neighbour? in
            guard let ip = IPAddress(address) else { return nil }
            return Neighbour(address: ip, interfaceIndex: interface,
                             linkAddress: mac.split(separator: ":").compactMap { UInt8($0, radix: 16) })
        }
        state.withLock { $0.neighbours = table }
    }

    var neighbourReads: Int { state.withLock { $0.neighbourReads } }

    func neighbours() throws -> [Neighbour] {
        state.withLock { s in
            s.neighbourReads += 1
            return s.neighbours
        }
    }

    func hosts(in set: String) -> [String] {
        (try? elements(table: table, set: set))?.compactMap { element -> String? in
            switch element.key {
            case .address(let r): r.lower.description
            case .nfproto(let p): "nfproto \(p)"
            case .uid(let u): "uid:\(u)"
            default: nil
            }
        }.sorted() ?? []
    }

    /// One element of a set.
    func element(_ set: String, _ host: String) -> SetElement? {
        let key = Self.key(host)
        return (try? elements(table: table, set: set))?.first { $0.key == key }
    }

    /// The uncapped bytes a per-host quota element or a named quota has consumed.
    func consumed(set: String, host: String) -> UInt64? {
        let key = Self.key(host)
        return state.withLock { $0.sets[set]?.elements[key]?.consumed }
    }

    func consumed(object: String) -> UInt64? {
        state.withLock { $0.quotas[object]?.consumed }
    }

    /// An apply of a new policy: new sets and quotas appear, existing ones keep their elements and counts.
    func apply(_ compiled: CompiledPolicy) {
        state.withLock { s in
            for set in compiled.ruleset.sets where set.runtimeElements && s.sets[set.name] == nil {
                s.sets[set.name] = FakeSet(stateful: set.stateful)
            }
            for quota in compiled.ruleset.quotas where s.quotas[quota.name] == nil {
                s.quotas[quota.name] = (quota.bytes, 0)
            }
        }
    }

    /// A reboot or a recreated table: every element and every count gone.
    func wipe() {
        state.withLock { s in
            for name in s.sets.keys { s.sets[name]?.elements = [:] }
            for name in s.quotas.keys { s.quotas[name]?.consumed = 0 }
        }
    }

    /// Removes a containment element, as `sluice release` does.
    func remove(set: String, host: String) {
        let key = Self.key(host)
        state.withLock { s in _ = s.sets[set]?.elements.removeValue(forKey: key) }
    }

    /// Every call made, in order.
    var operations: [String] { state.withLock { $0.operations } }

    /// Makes element adds fail (a refused transaction).
    func refuseAdds(_ refuse: Bool) {
        state.withLock { $0.refuseAdds = refuse }
    }

    /// A per-host element's key: an address, or a user (`uid:1001`).
    static func key(_ host: String) -> ElementKey {
        guard let key = HostID(host)?.elementKey else { fatalError("bad host \(host)") }
        return key
    }

    static func address(_ text: String) -> IPAddress {
        guard let a = IPAddress(text) else { fatalError("bad address \(text)") }
        return a
    }

    // MARK: WatchKernel

    func tableExists(table: String) throws -> Bool {
        state.withLock { !$0.tableGone }
    }

    func elements(table: String, set name: String) throws -> [SetElement] {
        try read(set: name, reset: false, op: "read")
    }

    func readAndResetElements(table: String, set name: String) throws -> [SetElement] {
        try read(set: name, reset: true, op: "reset")
    }

    private func read(set name: String, reset: Bool, op: String) throws -> [SetElement] {
        let now = clock.now()
        return try state.withLock { s in
            s.operations.append("\(op) \(name)")
            guard !s.tableGone, !s.failReads.contains(name), var set = s.sets[name] else { throw FakeKernelError.noSuchSet(name) }
            var out: [SetElement] = []
            for (key, var e) in set.elements.sorted(by: { $0.key < $1.key }) {
                if let at = e.expiresAt, at <= now {
                    set.elements[key] = nil
                    continue
                }
                var element = SetElement(key, comment: e.comment)
                switch set.stateful {
                case .quotaOver(let bytes)?:
                    element.quotaUsed = min(e.consumed, e.limit ?? bytes)
                    element.quotaLimit = e.limit.flatMap { $0 == bytes ? nil : $0 }
                case .counter?:
                    element.counter = CounterState(packets: 1, bytes: e.counter)
                case nil:
                    element.timeout = e.timeout
                    element.expires = e.expiresAt.map { UInt64(max(0, $0.timeIntervalSince(now) * 1000).rounded()) }
                }
                out.append(element)
                if reset {
                    // The kernel subtracts what it counted, not the capped figure it reports.
                    e.consumed = 0
                    e.counter = 0
                    set.elements[key] = e
                }
            }
            s.sets[name] = set
            return out
        }
    }

    func replaceElements(_ elements: [SetElement], table: String, set name: String) throws {
        // One operation: the real kernel gets one transaction.
        try put(elements, set: name, operation: "replace", keepingLive: false)
    }

    func removeElements(_ elements: [SetElement], table: String, set name: String) throws {
        try state.withLock { s in
            s.operations.append("remove \(name) " + elements.map { "\($0.key)" }.joined(separator: ","))
            guard s.sets[name] != nil else { throw FakeKernelError.noSuchSet(name) }
            for element in elements { s.sets[name]?.elements[element.key] = nil }
        }
    }

    func quota(table: String, name: String, reset: Bool) throws -> QuotaObject {
        try state.withLock { s in
            s.operations.append("\(reset ? "reset" : "read") quota \(name)")
            guard !s.tableGone, let q = s.quotas[name] else { throw FakeKernelError.noSuchObject(name) }
            if reset { s.quotas[name]?.consumed = 0 }
            return QuotaObject(name: name, bytes: q.bytes, used: min(q.consumed, q.bytes))
        }
    }

    func addElements(_ elements: [SetElement], table: String, set name: String) throws {
        try put(elements, set: name, operation: "add", keepingLive: true)
    }

    /// Adds or replaces containment elements; with `keepingLive`, one still there stays as it is
    /// (as the kernel keeps an element's first timeout).
    private func put(_ elements: [SetElement], set name: String, operation: String, keepingLive: Bool) throws {
        let now = clock.now()
        try state.withLock { s in
            s.operations.append("\(operation) \(name) " + elements.map { "\($0.key)" }.joined(separator: ","))
            if s.refuseAdds { throw FakeKernelError.refused }
            guard s.sets[name] != nil else { throw FakeKernelError.noSuchSet(name) }
            for element in elements {
                if keepingLive, let existing = s.sets[name]?.elements[element.key], existing.expiresAt.map({ $0 > now }) ?? true {
                    continue
                }
                s.sets[name]?.elements[element.key] = Element(
                    timeout: element.timeout,
                    expiresAt: element.timeout.map { now.addingTimeInterval(TimeInterval($0) / 1000) },
                    comment: element.comment)
            }
        }
    }

    func restoreElementUsage(_ elements: [SetElement], table: String, set name: String) throws {
        try state.withLock { s in
            s.operations.append("restore \(name) " + elements.map { "\($0.key)=\($0.quotaUsed ?? 0)" }.joined(separator: ","))
            guard case .quotaOver(let bytes)? = s.sets[name]?.stateful else { throw FakeKernelError.noSuchSet(name) }
            // As the kernel does: the element is re-added, with its own limit when it has one.
            for element in elements {
                s.sets[name]?.elements[element.key] = Element(consumed: min(element.quotaUsed ?? 0, element.quotaLimit ?? bytes),
                                                              limit: element.quotaLimit)
            }
        }
    }

    func writeElementLimits(_ elements: [String: [SetElement]], table: String) throws {
        try state.withLock { s in
            // One operation: the real kernel gets one transaction.
            s.operations.append("limits " + elements.sorted { $0.key < $1.key }.map { name, members in
                "\(name) " + members.map { "\($0.key)=\($0.quotaUsed ?? 0)/\($0.quotaLimit.map(String.init) ?? "set")" }
                    .joined(separator: ",")
            }.joined(separator: "; "))
            for name in elements.keys {
                guard case .quotaOver? = s.sets[name]?.stateful else { throw FakeKernelError.noSuchSet(name) }
            }
            for (name, members) in elements {
                guard case .quotaOver(let bytes)? = s.sets[name]?.stateful else { continue }
                for element in members {
                    let limit = element.quotaLimit ?? bytes
                    s.sets[name]?.elements[element.key] = Element(consumed: min(element.quotaUsed ?? 0, limit),
                                                                  limit: element.quotaLimit)
                }
            }
        }
    }

    /// The limit a per-host quota element holds: its own, or the set's.
    func limit(set: String, host: String) -> UInt64? {
        let key = Self.key(host)
        return state.withLock { s in
            guard case .quotaOver(let bytes)? = s.sets[set]?.stateful, let e = s.sets[set]?.elements[key] else { return nil }
            return e.limit ?? bytes
        }
    }

    func restoreQuotaUsage(table: String, name: String, used: UInt64) throws {
        try state.withLock { s in
            s.operations.append("restore quota \(name)=\(used)")
            guard let q = s.quotas[name] else { throw FakeKernelError.noSuchObject(name) }
            s.quotas[name]?.consumed = min(used, q.bytes)
        }
    }
}
