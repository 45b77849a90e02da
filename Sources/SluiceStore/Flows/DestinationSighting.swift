/// When a destination was first and last reached by any host of a table (hours, Unix seconds),
/// over all the flow history the store keeps.
public struct DestinationSighting: Hashable, Sendable {
    /// The destination's endpoint id.
    public var destination: Int64
    public var firstHour: Int64
    public var lastHour: Int64

    /// Creates a sighting.
    public init(destination: Int64, firstHour: Int64, lastHour: Int64) {
        self.destination = destination
        self.firstHour = firstHour
        self.lastHour = lastHour
    }
}
