import SluiceCompiler

/// Adds learned addresses to the kernel's learned sets, all of one answer in one transaction, so
/// that they are admitted together before the answer is released.
public protocol LearnedSetWriter: Sendable {
    /// Adds (or refreshes the timeout of) each admission's element.
    func add(_ admissions: [NameAdmission]) throws
}
