import SluiceCompiler
import SluiceLanguage

/// Element keys reduced to (lower, upper) numbers, when every key of a list is a number range of
/// one family: comparing these is far cheaper than comparing `ElementKey` enums, which matters
/// for 100k-element sets.
struct NumericKeys {
    /// One key as numbers; ordered as `ElementKey` orders keys of one type.
    struct Key: Comparable, Hashable {
        var lower: UInt128
        var upper: UInt128
        static func < (a: Key, b: Key) -> Bool { a.lower != b.lower ? a.lower < b.lower : a.upper < b.upper }
    }

    var keys: [Key] = []
    /// Whether the keys are strictly ascending.
    var sorted = true
    /// Whether any element has a timeout or comment (which the keys do not carry).
    var extras = false

    /// Nil when a key is an interface name, or addresses of both families are mixed.
    init?(_ elements: [SetElement]) {
        keys.reserveCapacity(elements.count)
        var family: AddressFamily?
        for e in elements {
            guard let k = NumericKeys.key(e.key, family: &family) else { return nil }
            if let last = keys.last, !(last < k) { sorted = false }
            if e.timeout != nil || e.comment != nil { extras = true }
            keys.append(k)
        }
    }

    static func key(_ key: ElementKey, family: inout AddressFamily?) -> Key? {
        switch key {
        case .address(let r):
            if family == nil { family = r.family }
            guard family == r.family else { return nil }
            return Key(lower: r.lower.value, upper: r.upper.value)
        case .ports(let p): return Key(lower: UInt128(p.lowerBound), upper: UInt128(p.upperBound))
        case .l4proto(let v), .nfproto(let v): return Key(lower: UInt128(v), upper: UInt128(v))
        case .uid(let v): return Key(lower: UInt128(v), upper: UInt128(v))
        case .ifname: return nil
        }
    }
}
