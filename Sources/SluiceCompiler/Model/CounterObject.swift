/// A named counter object, which keeps its value when the rules around it are replaced.
public struct CounterObject: Hashable, Sendable, Codable {
    public var name: String
    public var value: CounterState
    public var comment: String?

    /// Creates a counter object.
    public init(name: String, value: CounterState = CounterState(), comment: String? = nil) {
        self.name = name
        self.value = value
        self.comment = comment
    }
}
