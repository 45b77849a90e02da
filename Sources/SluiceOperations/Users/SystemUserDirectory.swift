import Foundation
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

    /// `/etc/subuid`: `OWNER:FIRST:COUNT` lines, the owner a login name or a uid. A missing or
    /// unreadable file is none; a line that does not parse is skipped, as newuidmap skips it.
    public func subordinateUIDs() -> [(owner: UInt32, uids: ClosedRange<UInt32>)] {
        guard let text = try? String(contentsOfFile: "/etc/subuid", encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 3, let first = UInt32(fields[1]), let count = UInt32(fields[2]), count > 0,
                  first <= UInt32.max - (count - 1) else { return nil }
            let owner = String(fields[0])
            guard let uid = UInt32(owner) ?? UserDatabase.uid(named: owner) else { return nil }
            return (uid, first...(first + (count - 1)))
        }
    }
}
