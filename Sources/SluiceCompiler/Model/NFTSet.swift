/// A named set. Sluice never uses anonymous sets: every lookup names its set, so that the kernel
/// backend and the renderers agree on one object per name.
public struct NFTSet: Hashable, Sendable, Codable {
    public var name: String
    public var keyType: SetKeyType
    public var flags: SetFlags
    /// Maximum number of elements (dynamic sets must have one).
    public var size: UInt32?
    /// Default element timeout in milliseconds.
    public var timeout: UInt64?
    /// The stateful expression each element carries.
    public var stateful: ElementStateful?
    /// Sorted elements; interval sets hold disjoint, non-adjacent ranges.
    public var elements: [SetElement]
    public var comment: String?
    /// Elements belong to the running system (the packet path or the watcher), not to the policy:
    /// an apply creates the set but never adds or removes its elements.
    public var runtimeElements: Bool

    /// Creates a set.
    public init(name: String, keyType: SetKeyType, flags: SetFlags = [], size: UInt32? = nil,
                timeout: UInt64? = nil, stateful: ElementStateful? = nil, elements: [SetElement] = [],
                comment: String? = nil, runtimeElements: Bool = false) {
        self.name = name
        self.keyType = keyType
        self.flags = flags
        self.size = size
        self.timeout = timeout
        self.stateful = stateful
        self.elements = elements
        self.comment = comment
        self.runtimeElements = runtimeElements
    }
}
