/// A value with the place in the source it came from.
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var location: SourceLocation

    init(_ value: Value, _ location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
