/// A kernel object named by kind and name, as errors and plans refer to it.
public struct KernelObjectRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The kinds of object in Sluice's table.
    public enum Kind: String, Hashable, Sendable, Comparable, CaseIterable {
        case table, set, element, quota, counter, chain, rule

        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
        }
    }

    public var kind: Kind
    public var name: String

    /// Creates a reference.
    public init(_ kind: Kind, _ name: String) {
        self.kind = kind
        self.name = name
    }

    public var description: String { "\(kind.rawValue) \(name)" }

    public static func < (a: KernelObjectRef, b: KernelObjectRef) -> Bool {
        (a.kind, a.name) < (b.kind, b.name)
    }
}
