/// A plan's transaction built ahead of its sending (`NetfilterConnection.prepare`), so that
/// building 100,000 elements into netlink messages overlaps other work of the apply (the
/// history's record on the other core). `apply(_:cache:)` sends it as it is when nothing used the
/// connection since; otherwise it is built again, as `apply(_:expectedGeneration:dryRun:cache:)`
/// would have.
public struct PreparedTransaction {
    /// The plan the transaction carries out.
    public let plan: ApplyPlan
    /// The batch, with the generation it is sent at (the plan's own).
    let batch: KernelBatch
}
