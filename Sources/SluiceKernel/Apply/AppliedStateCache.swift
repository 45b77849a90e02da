import Foundation
import Glibc
import SluiceCompiler
import SluiceSystem
import Synchronization

/// A directory where Sluice keeps its picture of each table after an apply (one file per table),
/// so the next apply can skip reading large sets back from the kernel. Pass the same directory
/// to `NetfilterConnection.plan(_:cache:)` and `apply(_:expectedGeneration:dryRun:cache:)`.
///
/// The picture is only ever a shortcut: it is used when the live kernel still matches it (same
/// boot, namespace, table handle, and generation or structure), and anything that does not line
/// up — a missing or damaged file, another boot, a recreated table or set, changed rules — falls
/// back to reading the table. A file that cannot be written is removed.
public final class AppliedStateCache: Sendable {
    /// The directory; nil for a cache that lives only as long as this object.
    public let directory: String?
    private let memory = Mutex<[String: AppliedState]>([:])

    /// A cache kept in memory only, for a process that applies more than once.
    public init() {
        directory = nil
    }

    /// Uses `directory`, creating it (mode 0700) if needed.
    public init(directory: String) throws {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw KernelError.system(operation: "create the state cache directory \(directory)", errno: EIO)
        }
    }

    private func path(_ table: String) -> String? {
        guard let directory else { return nil }
        return directory + "/" + table.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? String($0) : "%" }
            .joined() + ".applied"
    }

    /// The stored picture of `table`, or nil when there is none or it cannot be read.
    func load(table: String) -> AppliedState? {
        if let cached = memory.withLock({ $0[table] }) { return cached }
        guard let path = path(table), let bytes = FileBytes.read(path),
              let state = AppliedStateCodec.decode(bytes), state.ruleset.table == table else { return nil }
        memory.withLock { $0[table] = state }
        return state
    }

    /// Stores the picture (written to a temporary file and renamed over the old one).
    func store(_ state: AppliedState) {
        memory.withLock { $0[state.ruleset.table] = state }
        guard let target = path(state.ruleset.table) else { return }
        let temporary = target + ".tmp"
        let bytes = AppliedStateCodec.encode(state)
        do {
            try write(bytes, to: temporary)
            try SystemCall.check("rename \(temporary) to \(target)", rename(temporary, target))
        } catch {
            // A picture that cannot be kept must not stay behind stale: the next plan reads.
            unlink(temporary)
            forget(table: state.ruleset.table)
        }
    }

    /// Writes the file without syncing it: a torn file fails its checksum and is ignored.
    private func write(_ bytes: [UInt8], to path: String) throws {
        let fd = try SystemCall.check("create \(path)", open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600))
        defer { close(fd) }
        var offset = 0
        try bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = try SystemCall.retrying("write \(path)") {
                    Glibc.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                }
                offset += n
            }
        }
    }

    /// Drops the picture of `table`; the next plan reads the table from the kernel.
    public func forget(table: String) {
        memory.withLock { $0[table] = nil }
        if let path = path(table) { unlink(path) }
    }
}
