import SluiceLanguage

/// One question a build asked the file system, with the answer it got: the compile cache keeps
/// the list (`RecordingFileSystem`) and asks again before it reuses a build. The same answers to
/// the same questions give the same build, since building reads nothing else.
enum FileSystemCall: Codable, Hashable, Sendable {
    /// A file's text, by its SHA-256; or the error, as the build saw it.
    case read(path: String, sha256: String?, error: String?)
    case glob(pattern: String, paths: [String]?, error: String?)
    case isFile(path: String, answer: Bool)
    case identity(path: String, answer: PolicyFileIdentity?)
}
