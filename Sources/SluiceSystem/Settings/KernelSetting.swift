import Glibc

/// A `/proc/sys` setting, read and written as text. `/proc/sys/net` shows the network namespace of
/// the thread that opens it, so callers that mean another namespace run these inside it.
public enum KernelSetting {
    /// The setting's value without its trailing newline (`net/netfilter/nf_conntrack_acct` → `1`).
    public static func read(_ name: String) throws(SystemError) -> String {
        let path = "/proc/sys/" + name
        let fd = try SystemCall.retrying("open", path: path) { open(path, O_RDONLY | O_CLOEXEC) }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = try SystemCall.retrying("read", path: path) {
            buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        }
        var text = String(decoding: buffer.prefix(count), as: UTF8.self)
        while text.last == "\n" { text.removeLast() }
        return text
    }

    /// Writes the setting.
    public static func write(_ value: String, to name: String) throws(SystemError) {
        let path = "/proc/sys/" + name
        let fd = try SystemCall.retrying("open", path: path) { open(path, O_WRONLY | O_CLOEXEC) }
        defer { close(fd) }
        let bytes = Array((value + "\n").utf8)
        let written = try SystemCall.retrying("write", path: path) {
            bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        }
        guard written == bytes.count else { throw SystemError(operation: "write (short)", path: path, errno: EIO) }
    }
}
