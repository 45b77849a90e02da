#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Who to name in the history for a change made by this process.
public enum StoreUser {
    /// The person behind the command: `SUDO_USER` when root runs it through sudo, else the login
    /// name of the real uid, else `uid N`.
    public static func current() -> String {
        // sudo makes everyone root; the history is only useful if it names the admin who typed it.
        if geteuid() == 0, let sudoUser = ProcessInfo.processInfo.environment["SUDO_USER"], !sudoUser.isEmpty {
            return sudoUser
        }
        let uid = getuid()
        return loginName(uid) ?? "uid \(uid)"
    }

    private static func loginName(_ uid: uid_t) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let name = entry.pw_name else { return nil }
        let text = String(cString: name)
        return text.isEmpty ? nil : text
    }
}
