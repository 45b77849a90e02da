import Foundation

/// When a containment ends: at a time, or only when an operator releases it.
public enum ContainmentEnd: Hashable, Sendable {
    /// It expires at this instant (the kernel element's timeout).
    case at(Date)
    /// It lasts until `sluice release`.
    case untilReleased

    /// The end time, or nil for `untilReleased`.
    public var date: Date? {
        if case .at(let d) = self { return d }
        return nil
    }

    /// Whether a containment ending here lasts at least as long as one ending at `other`, give or
    /// take the second that kernel timeouts are rounded to.
    public func lasts(atLeastAs other: ContainmentEnd) -> Bool {
        switch (self, other) {
        case (.untilReleased, _): true
        case (.at, .untilReleased): false
        case (.at(let mine), .at(let theirs)): mine.timeIntervalSince(theirs) >= -1
        }
    }

    /// The kernel element's timeout for this end, seen at `now`: the milliseconds left, at least a
    /// second (an end already past, or about to pass, still gets a moment in the set rather than
    /// none, and never a timeout of 0, which the kernel reads as none); nil until released.
    /// An end further away than `longestTimeout` (a value from etcd or a file, whatever it says)
    /// gets that: a conversion of it would trap, and the kernel refuses a timeout past about 584
    /// years (ERANGE) and would leave the host free.
    public func timeoutMilliseconds(at now: Date) -> UInt64? {
        guard case .at(let end) = self else { return nil }
        let left = (end.timeIntervalSince(now) * 1000).rounded(.up)
        if left >= Double(Self.longestTimeout) { return Self.longestTimeout }
        // A past end, and one that is no number of seconds at all (NaN, minus infinity), get the shortest.
        return max(Self.shortestTimeout, UInt64(left > 0 ? left : 0))
    }

    /// The shortest timeout a containment element gets, in milliseconds.
    public static let shortestTimeout: UInt64 = 1_000
    /// The longest, in milliseconds: a hundred years, within what the kernel takes.
    public static let longestTimeout: UInt64 = 100 * 366 * 86_400 * 1_000

    /// An end `seconds` after `start`, or until released when nil.
    public init(start: Date, seconds: UInt64?) {
        self = seconds.map { .at(start.addingTimeInterval(TimeInterval($0))) } ?? .untilReleased
    }

    /// The end of a stored or kernel expiry that may be absent.
    public init(_ date: Date?) {
        self = date.map { .at($0) } ?? .untilReleased
    }
}
