/// A test setup step that cannot go on, with a message that says why.
struct TestFailure: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    /// Creates a failure.
    init(_ description: String) {
        self.description = description
    }
}
