import SluiceKernel
import SluiceStore

/// What an apply, rollback or dry run did.
public struct ApplyReport: Sendable {
    /// What the transaction changed (or would change), as the kernel backend planned it.
    public var plan: ApplyPlan
    /// Whether the transaction was committed (false for dry runs and empty plans).
    public var committed: Bool
    public var dryRun: Bool
    /// The version recorded in the history, if any.
    public var version: AppliedVersion?
    /// Netlink messages and bytes of the transaction.
    public var messages: Int
    public var bytes: Int
    /// A confirmation that was pending for an earlier apply and that this one superseded (its timer
    /// was ended): the new state is what the operator chose.
    public var superseded: PendingConfirmation?
    /// For an apply that must be confirmed: its deadline and what comes back without a confirm.
    public var confirmation: ConfirmationWindow?
    /// What the operator should know but that did not stop the apply (a `dns` server that did not
    /// answer while the policy's names were resolved).
    public var warnings: [String] = []

    /// Creates a report.
    public init(plan: ApplyPlan, committed: Bool, dryRun: Bool, version: AppliedVersion?, messages: Int, bytes: Int,
                warnings: [String] = []) {
        self.warnings = warnings
        self.plan = plan
        self.committed = committed
        self.dryRun = dryRun
        self.version = version
        self.messages = messages
        self.bytes = bytes
    }

    /// Takes what the kernel said of the transaction.
    mutating func record(_ outcome: ApplyOutcome) {
        committed = outcome.committed
        messages = outcome.messageCount
        bytes = outcome.byteCount
    }
}
