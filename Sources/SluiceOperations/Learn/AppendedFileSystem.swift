import SluiceLanguage

/// A policy's files with text appended to its root file, so that a proposal is checked exactly as
/// it would be once pasted at the end of the policy.
struct AppendedFileSystem: PolicyFileSystem {
    let base: any PolicyFileSystem
    let root: String
    let appended: String

    func read(_ path: String) throws -> String {
        let text = try base.read(path)
        // The same file however it is named (./x, a symlink): the loader may spell the root otherwise.
        let isRoot = path == root || (base.identity(of: path).map { $0 == base.identity(of: root) } ?? false)
        return isRoot ? text + "\n" + appended : text
    }

    func glob(_ pattern: String) throws -> [String] { try base.glob(pattern) }
    func isFile(_ path: String) -> Bool { base.isFile(path) }
    func identity(of path: String) -> PolicyFileIdentity? { base.identity(of: path) }
}
