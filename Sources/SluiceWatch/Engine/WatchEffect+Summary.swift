extension WatchEffect {
    /// A short description for logs.
    var summary: String {
        switch self {
        case .recordUsage(let usage): "record \(usage.hosts.count) usage figures of \(usage.quotaID)"
        case .recordIncident(let incident): "record an incident of \(incident.host) on \(incident.quotaID)"
        case .putContainment(let c, _): "record the containment of \(c.host)"
        case .endContainment(let host, let level, _): "end the \(level.rawValue) of \(host)"
        case .alert(let event, _): "alert \(event.kind.rawValue) for \(event.host)"
        case .recordWindowMarks(let marks): "record \(marks.count) window marks"
        case .recordFlows(let flows, let denied): "record \(flows.count) flow rollups and \(denied.count) denied-attempt rollups"
        case .pruneFlows(let retention, _): "delete flow rollups older than \(retention)"
        case .recordUsageHours(let hours): "record \(hours.count) hours of usage"
        case .recordBaselineLimits(let id, _, let limits): "record \(limits.count) learned limits of \(id)"
        case .noteDenied(let note): "count a denied attempt of \(note.host)"
        case .recordLearnedNames(let names, _): "record \(names.count) learned addresses"
        }
    }
}
