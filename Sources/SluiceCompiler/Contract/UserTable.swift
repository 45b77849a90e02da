/// A fixed user directory: tests, and builds that must not read the machine (no accounts known).
public struct UserTable: UserDirectory, Hashable {
    private let uids: [String: UInt32]
    private let names: [UInt32: String]
    private let subordinate: [UInt32: [ClosedRange<UInt32>]]

    /// A directory of these accounts (name to uid), and the subordinate uids of some (by uid).
    public init(_ accounts: [String: UInt32] = [:], subordinate: [UInt32: [ClosedRange<UInt32>]] = [:]) {
        self.subordinate = subordinate
        uids = accounts
        names = Dictionary(accounts.map { ($0.value, $0.key) }, uniquingKeysWith: { a, b in min(a, b) })
    }

    /// The uid of a name in the table.
    public func uid(named name: String) -> UInt32? { uids[name] }

    /// The name of a uid in the table.
    public func name(of uid: UInt32) -> String? { names[uid] }

    /// The subordinate ranges given, by owner.
    public func subordinateUIDs() -> [(owner: UInt32, uids: ClosedRange<UInt32>)] {
        subordinate.keys.sorted().flatMap { owner in (subordinate[owner] ?? []).map { (owner, $0) } }
    }
}
