import Glibc

/// The machine's user database (`/etc/passwd` and whatever NSS adds), through the reentrant
/// `getpwnam_r` and `getpwuid_r`: safe on any thread, no shared static buffer.
public enum UserDatabase {
    /// The uid of a login name, or nil when there is no such user (or the lookup failed).
    public static func uid(named name: String) -> UInt32? {
        lookup { entry, buffer, size, result in getpwnam_r(name, entry, buffer, size, result) }.map { $0.uid }
    }

    /// The login name of a uid, or nil when it has none.
    public static func name(of uid: UInt32) -> String? {
        lookup { entry, buffer, size, result in getpwuid_r(uid, entry, buffer, size, result) }.map { $0.name }
    }

    /// Runs a `getpw*_r` call with a buffer that grows on ERANGE.
    private static func lookup(
        _ call: (UnsafeMutablePointer<passwd>, UnsafeMutablePointer<CChar>, Int, UnsafeMutablePointer<UnsafeMutablePointer<passwd>?>) -> Int32
    ) -> (uid: UInt32, name: String)? {
        var size = 1024
        while size <= 1 << 20 {
            var entry = passwd()
            var result: UnsafeMutablePointer<passwd>?
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: size)
            defer { buffer.deallocate() }
            let code = call(&entry, buffer, size, &result)
            if code == ERANGE {
                size *= 4
                continue
            }
            guard code == 0, let found = result, let name = found.pointee.pw_name else { return nil }
            return (found.pointee.pw_uid, String(cString: name))
        }
        return nil
    }
}
