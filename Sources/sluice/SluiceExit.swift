import ArgumentParser

/// The documented exit codes.
enum SluiceExit {
    /// The policy or the request is refused; diagnostics say why.
    static let refused = ExitCode(1)
    /// `diff` could not compare (a policy refused), as diff(1) says trouble: 1 there means different.
    static let trouble = ExitCode(2)
    /// A kernel or system error.
    static let system = ExitCode(3)
}
