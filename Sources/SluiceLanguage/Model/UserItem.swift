/// One item of a `users` statement as written: a user name (resolved to a uid when the policy is
/// compiled on the machine it is applied to), or numeric uids.
public struct UserItem: Hashable, Sendable, Codable {
    /// What the item names.
    public enum Value: Hashable, Sendable, Codable {
        /// A login name (`alice`), looked up in the machine's user database at compile time.
        case name(String)
        /// One uid (`1001`) or a range (`10000-59999`), both ends included.
        case uids(ClosedRange<UInt32>)
    }

    public var value: Value
    public var location: SourceLocation

    /// Creates an item.
    public init(_ value: Value, location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The highest uid an item may name: `(uid_t)-1` means "no user" to the kernel.
    public static let maximumUID: UInt32 = UInt32.max - 1
    /// The longest user name Linux tools accept (`useradd`: 32 bytes).
    public static let maximumNameLength = 32
}
