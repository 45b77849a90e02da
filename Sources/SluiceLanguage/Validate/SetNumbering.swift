/// Numbers the distinct sets that rules stand for, in order of first use. Rules are looked up by
/// their selector first (cheap to hash, and usually repeated), and only a new selector hashes its
/// set, so a destination of 1,000 prefixes named by 1,000 allows is hashed once.
struct SetNumbering<Selector: Hashable, Value: Hashable> {
    private var bySelector: [Selector: Int] = [:]
    private var byValue: [Value: Int] = [:]
    /// The distinct sets, by number.
    private(set) var values: [Value] = []

    /// Numbering for up to about `capacity` rules without growing the tables.
    init(capacity: Int) {
        bySelector.reserveCapacity(capacity)
        byValue.reserveCapacity(capacity)
    }

    /// The number of `value`, which `selector` (when known) stands for.
    mutating func number(_ value: Value, selector: Selector?) -> Int {
        if let selector, let known = bySelector[selector] { return known }
        // One hash of the set, found or inserted in the same access: a set of 100,000 prefixes
        // costs milliseconds to hash, and a lookup then an insert hashed it twice.
        let next = values.count
        let number = Self.value(of: &byValue[value, default: next])
        if number == next { values.append(value) }
        if let selector { bySelector[selector] = number }
        return number
    }

    /// What a dictionary slot holds, taken through the in-place access (which inserts a default).
    private static func value(of slot: inout Int) -> Int { slot }
}
