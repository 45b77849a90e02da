import SluiceLanguage

/// What a learned quota (`Nx usual at least SIZE per WINDOW per host`) tells the watcher: the
/// compiler decides all of it, the watcher only measures usual volumes and applies it.
///
/// The kernel holds every host's limit in its own quota element. A host's element starts at the
/// floor: the set's `quota over FLOOR` is what the packet path gives a host it has not seen, so an
/// unknown host is held to the floor (fail closed) until the watcher writes its learned limit.
public struct LearnedLimit: Hashable, Sendable, Codable {
    /// `Nx usual`: the limit is this multiple of the host's usual volume for the window's hours.
    public var multiple: LearnedMultiple
    /// `at least SIZE`, in bytes: no host's limit is lower, and an unknown host starts here.
    public var floor: UInt64
    /// `baseline learn`: how far back, in seconds, recorded usage counts.
    public var learnSeconds: UInt64

    /// Creates the learned part of a binding.
    public init(multiple: LearnedMultiple, floor: UInt64, learnSeconds: UInt64) {
        self.multiple = multiple
        self.floor = floor
        self.learnSeconds = learnSeconds
    }

    /// `max(floor, N x usual)`: a host's limit for a window whose usual volume is `usual`.
    public func limit(usual: UInt64) -> UInt64 {
        max(floor, multiple.applied(to: usual))
    }

    /// `3x usual at least 200 MB`, as the policy wrote it.
    public var words: String {
        "\(multiple) usual at least \(Units.size(floor))"
    }
}
