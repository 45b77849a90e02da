import SluiceCompiler

/// One containment element of the kernel: a host in the block or the isolate set.
struct ContainmentKey: Hashable, Sendable, Comparable {
    var host: HostID
    var level: ContainmentKind

    static func < (a: ContainmentKey, b: ContainmentKey) -> Bool {
        a.host < b.host || (a.host == b.host && a.level < b.level)
    }
}
