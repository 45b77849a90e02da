import SluiceCompiler

extension ApplyPlanner {
    /// Live elements moved into a recreated set: used bytes clamped to the new limit, counters
    /// and timeouts kept where the new set has them. Fails rather than drop an element that
    /// cannot go into the new set.
    static func carry(_ elements: [SetElement], from old: NFTSet, into new: NFTSet) throws -> [SetElement] {
        let timeouts = new.flags.contains(.timeout) || new.timeout != nil
        return try elements.map { e in
            guard ElementCodec.single(e.key, as: new.keyType) != nil || new.flags.contains(.interval) else {
                throw KernelError.unsupported("set \(new.name) would be recreated as \(new.keyType.rawValue), which cannot hold its live element \(e.key.nftText)")
            }
            var c = SetElement(e.key, comment: e.comment)
            if timeouts {
                c.timeout = e.timeout
                c.expires = e.expires
            }
            switch new.stateful {
            case .quotaOver(let limit)?:
                if case .quotaOver? = old.stateful, let used = e.quotaUsed { c.quotaUsed = min(used, limit) }
            case .counter?:
                if case .counter? = old.stateful { c.counter = e.counter }
            case nil:
                break
            }
            return c
        }
    }

    /// The elements to remove and to add, comparing what an apply owns (key, timeout, comment)
    /// with a linear merge of the two sorted lists. Keys of one set share one type, so they are
    /// first reduced to pairs of numbers: comparing 100k `ElementKey` enums directly costs more
    /// than the whole kernel transaction of a one-element change.
    static func diff(live: [SetElement], target: [SetElement]) -> (remove: [SetElement], add: [SetElement]) {
        func owned(_ e: SetElement) -> SetElement { SetElement(e.key, timeout: e.timeout, comment: e.comment) }
        guard let lk = NumericKeys(live), let tk = NumericKeys(target), lk.sorted, tk.sorted else {
            return genericDiff(live: live, target: target)
        }
        var remove: [SetElement] = []
        var add: [SetElement] = []
        let extras = lk.extras || tk.extras
        var i = 0, j = 0
        let l = lk.keys, t = tk.keys
        while i < l.count || j < t.count {
            if j == t.count || (i < l.count && l[i] < t[j]) {
                remove.append(owned(live[i])); i += 1
            } else if i == l.count || t[j] < l[i] {
                add.append(owned(target[j])); j += 1
            } else {
                if extras && (live[i].timeout != target[j].timeout || live[i].comment != target[j].comment) {
                    remove.append(owned(live[i]))
                    add.append(owned(target[j]))
                }
                i += 1; j += 1
            }
        }
        return (remove, add)
    }

    /// The same diff against live elements kept as packed keys (no timeouts or comments), as the
    /// state cache keeps large policy sets: only the removed elements are made into values.
    static func diff(packed live: PackedElements, target: [SetElement]) -> (remove: [SetElement], add: [SetElement]) {
        guard let tk = NumericKeys(target), tk.sorted, !tk.extras else {
            return diff(live: live.elements, target: target)
        }
        var remove: [SetElement] = []
        var add: [SetElement] = []
        var i = 0, j = 0
        let l = live.keys, t = tk.keys
        while i < l.count || j < t.count {
            if j == t.count || (i < l.count && l[i] < t[j]) {
                if let e = live.element(i) { remove.append(e) }
                i += 1
            } else if i == l.count || t[j] < l[i] {
                add.append(SetElement(target[j].key)); j += 1
            } else {
                i += 1; j += 1
            }
        }
        return (remove, add)
    }

    private static func genericDiff(live: [SetElement], target: [SetElement]) -> (remove: [SetElement], add: [SetElement]) {
        func owned(_ e: SetElement) -> SetElement { SetElement(e.key, timeout: e.timeout, comment: e.comment) }
        let l = live.sorted { $0.key < $1.key }
        let t = target.sorted { $0.key < $1.key }
        var remove: [SetElement] = []
        var add: [SetElement] = []
        var i = 0, j = 0
        while i < l.count || j < t.count {
            if j == t.count || (i < l.count && l[i].key < t[j].key) {
                remove.append(owned(l[i])); i += 1
            } else if i == l.count || t[j].key < l[i].key {
                add.append(owned(t[j])); j += 1
            } else {
                if owned(l[i]) != owned(t[j]) {
                    remove.append(owned(l[i]))
                    add.append(owned(t[j]))
                }
                i += 1; j += 1
            }
        }
        return (remove, add)
    }
}
