import SluiceCompiler
import SluiceSystem

/// The machine's user database as the compiler's `UserDirectory`: what `check` and `apply` resolve
/// the names of `users` sets with.
public struct SystemUserDirectory: UserDirectory {
    /// Creates the directory.
    public init() {}

    /// The uid of a login name on this machine.
    public func uid(named name: String) -> UInt32? { UserDatabase.uid(named: name) }

    /// The login name of a uid on this machine.
    public func name(of uid: UInt32) -> String? { UserDatabase.name(of: uid) }
}
