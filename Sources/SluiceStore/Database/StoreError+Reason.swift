#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension StoreError {
    /// Why a store operation failed.
    public enum Reason: Hashable, Sendable, CustomStringConvertible {
        /// A system call returned -1; `errno` is the C error number.
        case system(call: String, errno: Int32)
        /// Another process holds the apply lock; its pid when it wrote one.
        case lockHeld(pid: Int32?)
        /// The state directory may be changed by someone other than its owner, or has the wrong owner.
        case insecureDirectory(String)
        /// The caller passed a value the store cannot keep (a bad host, a negative window, ...).
        case invalidArgument(String)
        /// The record asked for does not exist.
        case notFound(String)
        /// Another process kept the database locked for longer than the busy timeout.
        case busy
        /// SQLite refused the statement.
        case database(code: Int32, message: String)
        /// The database was written by a newer Sluice whose migrations this one does not know.
        case schemaTooNew(unknownMigrations: [String])
        /// A value could not be turned into its stored form.
        case encoding(String)
        /// A stored value could not be read back.
        case decoding(String)

        /// Whether another process holds the lock asked for.
        public var isLockHeld: Bool {
            if case .lockHeld = self { return true }
            return false
        }

        /// The pid of the process that holds the lock, when it is known.
        public var lockHolder: Int32? {
            if case .lockHeld(let pid) = self { return pid }
            return nil
        }

        /// The reason in words.
        public var description: String {
            switch self {
            case .system(let call, let code):
                let text = strerror(code).map { String(cString: $0) } ?? "error \(code)"
                return "\(call): \(text) (errno \(code))"
            case .lockHeld(let pid):
                return "another sluice apply holds the lock (pid \(pid.map { String($0) } ?? "unknown"))"
            case .insecureDirectory(let why):
                return why
            case .invalidArgument(let why):
                return why
            case .notFound(let what):
                return "\(what) not found"
            case .busy:
                return "the database is locked by another process (busy timeout expired)"
            case .database(let code, let message):
                return "SQLite error \(code): \(message)"
            case .schemaTooNew(let unknown):
                return "the database was written by a newer sluice (unknown migrations: "
                    + unknown.joined(separator: ", ") + ")"
            case .encoding(let why):
                return "cannot encode: \(why)"
            case .decoding(let why):
                return "cannot decode: \(why)"
            }
        }
    }
}
