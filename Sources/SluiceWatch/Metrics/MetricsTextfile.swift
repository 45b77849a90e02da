import Glibc
import SluiceSystem

/// Writes the metrics for node_exporter's textfile collector (`--metrics-file`), replacing the
/// file atomically so the collector never reads half of it.
///
/// The watcher runs as root, so the path is held to what it is for: a regular file, or a new
/// name in an existing directory. A symbolic link, a device, a directory or anything else there is
/// refused at start; if one appears there later, that write is skipped and logged rather than
/// replacing it. The directory is opened once, at start.
public final class MetricsTextfile: Sendable {
    /// The target file, as given (node_exporter reads `*.prom`).
    public let path: String
    private let name: String
    private let directory: Int32

    /// Checks the path and opens its directory; the error names `--metrics-file`.
    public init(path: String) throws(MetricsFileError) {
        let refuse = { (problem: String) in MetricsFileError(path: path, problem: problem) }
        let (directoryPath, name) = AtomicFile.split(path)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw refuse("names a directory; give a file, such as /var/lib/node_exporter/textfile/sluice.prom")
        }
        let directory = open(directoryPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else {
            let code = errno
            throw refuse(code == ENOENT ? "the directory \(directoryPath) does not exist"
                         : code == ENOTDIR ? "\(directoryPath) is not a directory"
                         : "cannot open the directory \(directoryPath): \(SystemError.text(of: code))")
        }
        do throws(MetricsFileError) {
            if let problem = try Self.problem(with: name, in: directory, path: path) {
                throw refuse("\(problem); give a regular file or a new name in an existing directory")
            }
            // Fails now, not at the first poll, when the directory cannot take the file.
            do {
                AtomicFile.discard(try AtomicFile.createTemporary([], in: directory, for: name, mode: 0o644), in: directory)
            } catch {
                throw refuse("cannot write in \(directoryPath): \(error)")
            }
        } catch {
            close(directory)
            throw error
        }
        self.path = path
        self.name = name
        self.directory = directory
    }

    deinit {
        close(directory)
    }

    /// Replaces the file's contents; skipped (with an error) when the target is no longer a
    /// regular file or absent.
    public func write(_ text: String) throws(MetricsFileError) {
        do {
            let temporary = try AtomicFile.createTemporary(Array(text.utf8), in: directory, for: name, mode: 0o644)
            // Checked after the slow part, right before the rename, to leave the least time for a swap.
            if let problem = try Self.problem(with: name, in: directory, path: path) {
                AtomicFile.discard(temporary, in: directory)
                throw MetricsFileError(path: path, problem: "\(problem) now; left alone, this write skipped")
            }
            try AtomicFile.commit(temporary, over: name, in: directory)
        } catch let error as MetricsFileError {
            throw error
        } catch {
            throw MetricsFileError(path: path, problem: "\(error)")
        }
    }

    /// Why the target cannot be replaced, or nil when it is a regular file or absent.
    private static func problem(with name: String, in directory: Int32, path: String) throws(MetricsFileError) -> String? {
        let kind: FileKind?
        do {
            kind = try AtomicFile.kind(of: name, in: directory)
        } catch {
            throw MetricsFileError(path: path, problem: "\(error)")
        }
        guard let kind, kind != .regularFile else { return nil }
        return "is \(kind.rawValue)"
    }
}
