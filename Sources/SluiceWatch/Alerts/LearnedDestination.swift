/// A destination whose learned set holds the address of a `cross-group` alert: the names it was
/// learned for there and the groups whose allows target the destination.
public struct LearnedDestination: Hashable, Sendable {
    public var destination: String
    /// The destination's names that hold the address now, sorted.
    public var names: [String]
    /// The groups the compiled policy says may reach the destination, sorted.
    public var groups: [String]

    /// Creates a learned destination.
    public init(destination: String, names: [String], groups: [String]) {
        self.destination = destination
        self.names = names
        self.groups = groups
    }

    /// The JSON object of the destination.
    var json: JSONText {
        var j = JSONText()
        j.add("destination", destination)
        j.add("names", names)
        j.add("groups", groups)
        return j
    }
}
