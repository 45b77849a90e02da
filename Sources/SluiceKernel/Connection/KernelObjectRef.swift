/// A kernel object named by kind and name, as errors and plans refer to it.
public struct KernelObjectRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The kinds of object in Sluice's table.
    public enum Kind: String, Hashable, Sendable, Comparable, CaseIterable {
        case table, set, element, quota, counter, chain, rule

        /// Kinds order as they are listed: table, sets, elements, objects, chains, rules.
        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
        }
    }

    /// What kind of object.
    public var kind: Kind
    /// Its name (for elements: the element and its set).
    public var name: String

    /// Creates a reference.
    public init(_ kind: Kind, _ name: String) {
        self.kind = kind
        self.name = name
    }

    /// `set g_compute_v4`, `rule hpc.sluice:24`.
    public var description: String { "\(kind.rawValue) \(name)" }

    /// By kind, then name.
    public static func < (a: KernelObjectRef, b: KernelObjectRef) -> Bool {
        (a.kind, a.name) < (b.kind, b.name)
    }
}
