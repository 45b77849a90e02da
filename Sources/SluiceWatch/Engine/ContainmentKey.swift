import SluiceCompiler

/// One containment element of the kernel: a host in the block or the isolate set.
public struct ContainmentKey: Hashable, Sendable, Comparable {
    /// The contained host.
    public var host: HostID
    /// Block or isolate.
    public var level: ContainmentKind

    /// Creates a key.
    public init(host: HostID, level: ContainmentKind) {
        self.host = host
        self.level = level
    }

    public static func < (a: ContainmentKey, b: ContainmentKey) -> Bool {
        a.host < b.host || (a.host == b.host && a.level < b.level)
    }
}
