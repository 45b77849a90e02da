/// One measured command of a round.
enum BenchStep: String, CaseIterable {
    /// `sluice compile POLICY > FILE`: parse+compile (and render), nothing applied.
    case compile = "sluice compile"
    /// `sluice apply POLICY` into an empty namespace with an empty state directory.
    case sluiceFull = "sluice apply"
    /// `nft -f RULESET` (the same ruleset) into an empty namespace.
    case nftFull = "nft -f"
    /// `sluice apply` of the policy with one prefix changed, over the full apply, same state directory.
    case sluiceIncremental = "sluice apply, 1 changed"
    /// `nft -f` of `delete table` + the changed ruleset, over the old table.
    case nftReload = "nft -f reload"
    /// `nft -f` of the one change alone (`delete element` + `add element`) over the old table: nft's
    /// own smallest way to make it, for comparison (not a goal's reference).
    case nftElement = "nft -f, the one element"
    /// `bench-apply --phases` of the policy into an empty namespace (the steps of `sluice apply`, timed inside).
    case phasesFull = "phases, full"
    /// `bench-apply --phases` of the changed policy over the previous one.
    case phasesIncremental = "phases, 1 changed"
}
