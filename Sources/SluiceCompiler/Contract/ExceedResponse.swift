import SluiceLanguage

/// What the watcher does for one exceeded quota of one host: the applicable `on exceed` rules
/// combined. Isolation beats blocking; the longest `for` wins, and no `for` (until released) is the
/// longest of all.
public struct ExceedResponse: Hashable, Sendable {
    /// The containment, or nil when no applicable rule contains.
    public var level: ContainmentKind?
    /// Seconds the containment lasts; nil means until `sluice release`.
    public var duration: UInt64?
    /// Where alerts go, each sink once, in rule order.
    public var sinks: [AlertSink]

    /// Creates a response.
    public init(level: ContainmentKind?, duration: UInt64?, sinks: [AlertSink]) {
        self.level = level
        self.duration = duration
        self.sinks = sinks
    }

    /// Combines the actions of every applicable rule.
    public init(combining rules: [ExceedBinding]) {
        var level: ContainmentKind?
        var duration: UInt64? = 0
        var sinks: [AlertSink] = []
        for rule in rules {
            for action in rule.actions {
                switch action {
                case .block(let seconds), .isolate(let seconds):
                    let kind: ContainmentKind = if case .isolate = action { .isolate } else { .block }
                    level = max(level ?? kind, kind)
                    if let current = duration {
                        duration = seconds.map { max(current, $0) }
                    }
                case .alert(let list):
                    for sink in list where !sinks.contains(sink) { sinks.append(sink) }
                }
            }
        }
        self.init(level: level, duration: level == nil ? nil : duration, sinks: sinks)
    }

    /// The containment in words: `isolate for 1d`, `block until released`.
    public var containmentText: String? {
        guard let level else { return nil }
        return level.rawValue + (duration.map { " for \(Units.duration($0))" } ?? " until released")
    }

    /// Every action in words, containment first: what an incident records.
    public var actionTexts: [String] {
        var out: [String] = []
        if let containmentText { out.append(containmentText) }
        for sink in sinks {
            switch sink {
            case .log: out.append("alert log")
            case .exec(let path): out.append("alert exec \(path)")
            }
        }
        return out
    }
}
