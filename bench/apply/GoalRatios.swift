/// What the report's verdicts judge: the (wall, user) ratios to the nft reference of the whole
/// `sluice apply`, its apply phase alone and its kernel side alone, full and with one prefix changed.
struct GoalRatios {
    /// Full apply, whole command.
    var full: (wall: Double, user: Double)
    /// Full apply, every phase but parse+compile.
    var fullApply: (wall: Double, user: Double)
    /// Full apply, plan + build transaction + commit.
    var fullKernel: (wall: Double, user: Double)
    /// One prefix changed, whole command.
    var changed: (wall: Double, user: Double)
    /// One prefix changed, every phase but parse+compile.
    var changedApply: (wall: Double, user: Double)
    /// One prefix changed, plan + build transaction + commit.
    var changedKernel: (wall: Double, user: Double)
}
