import ArgumentParser

/// The documented exit codes.
enum SluiceExit {
    /// The policy or the request is refused; diagnostics say why.
    static let refused = ExitCode(1)
    /// A kernel or system error.
    static let system = ExitCode(3)
}
