/// One element that holds a contained host: the set and the key in it.
public struct ContainmentElement: Hashable, Sendable {
    /// The containment set.
    public var set: String
    /// The key: the host's address, or a family of this machine's own traffic.
    public var key: ElementKey

    /// Creates an element reference.
    public init(set: String, key: ElementKey) {
        self.set = set
        self.key = key
    }
}
