import SluiceCompiler
import SluiceKernel

/// What one poll read, handed back to the engine.
public struct PollReadings: Sendable {
    let plan: PollPlan
    var bindings: [BindingReading] = []
    /// Elements of each containment set that could be read.
    var containment: [String: [SetElement]] = [:]
    /// The store's active containments, read only when the kernel's differ from the engine's.
    var storedContainments: [StoredContainment]?
    /// The namespace's neighbour table, when the plan asked for it.
    var neighbours: [Neighbour]?
    /// What could not be read, in words.
    var failures: [String] = []
    /// The table itself is gone: nothing else of this poll means anything.
    var tableMissing = false
    /// How long the reads took.
    var duration: Duration = .zero
    /// The CPU time the reading thread spent on them, the kernel's dump included: what sweep
    /// pacing budgets. Unlike the wall time it does not grow when the machine is busy.
    var cpuTime: Duration = .zero

    init(plan: PollPlan) {
        self.plan = plan
    }
}
