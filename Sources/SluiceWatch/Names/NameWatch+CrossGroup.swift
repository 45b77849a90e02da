extension NameWatch {
    /// Checks allowed connections (from flow accounting) against the addresses learned now and
    /// returns the alerts to send (see `CrossGroupCheck`); `unchecked` connections were dropped
    /// on the way. Nothing while no name is followed.
    public mutating func noteAccepted(_ flows: [AcceptedFlow], unchecked: Int = 0, now: UInt64) -> [CrossGroupAlert] {
        crossGroup.noteUnchecked(unchecked)
        guard binding != nil, let learner, !flows.isEmpty else { return [] }
        return crossGroup.check(flows, learner: learner, now: now)
    }
}
