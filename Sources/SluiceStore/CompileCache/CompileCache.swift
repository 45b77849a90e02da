import Dispatch
import Foundation
import Glibc
import SluiceCompiler
import SluiceLanguage
import SluiceSystem

/// What `sluice apply` compiled before, kept in the state directory (`StateLayout.compileCache`)
/// so that applying a large policy again does not parse and compile what did not change.
///
/// - The last build of each policy (by table and root path) is kept whole (`BuildEntry`): what the
///   build asked the file system, and its diagnostics and compiled policy. When every file it read
///   still reads the same (by SHA-256), and the file system answers every other question (which
///   files a pattern matches, which exist) as before, the build is reused without parsing or
///   compiling anything: the same answers give the same build.
/// - Otherwise the policy is built again, with its `group`, `destination` and `service`
///   statements parsed once per text (`StatementPack`): a one-line change parses one statement.
///
/// Everything is keyed by the compiler's identity (the release and the executable's build ID,
/// `ExecutableIdentity`), so a rebuilt sluice never reuses another build's output; every file is
/// checked against its SHA-256 when read, and one that does not check is not used. What a build
/// gives is the same with or without the cache (`CompileCacheTests` compares them).
public final class CompileCache: @unchecked Sendable {
    /// The cache directory.
    public let directory: String
    /// The compiler: the release and the executable's build.
    let identity: String
    /// Files being written in the background; `finishWrites` waits for them.
    private let writes = DispatchGroup()
    /// The same for every cache of the process: `sluice` waits for it before it exits on any path,
    /// since a write still hashing when the process ends crashed it (libcrypto's exit handler
    /// frees the locks the writing thread is using: a refused apply exited with signal 11).
    private static let allWrites = DispatchGroup()
    private let queue = DispatchQueue(label: "sluice.compile-cache")
    /// How many build entries and statement files the directory keeps (the most recent).
    static let keep = 16

    /// The cache of a state directory, which is created and checked as the store does first.
    public convenience init(layout: StateLayout) throws(StoreError) {
        try StateDirectory.prepare(layout.directory)
        try self.init(directory: layout.compileCache)
    }

    /// The cache in `directory` (created with mode 0700 when missing, and refused when others
    /// can write to it).
    public init(directory: String, identity: String = SluiceRelease.version + " " + ExecutableIdentity.current) throws(StoreError) {
        try StoreError.during("open the compile cache") { () throws(SystemError) in
            _ = try SystemCall.retrying("mkdir", path: directory, recover: { $0 == EEXIST ? Int32(1) : nil }) { mkdir(directory, 0o700) }
        }
        try StateDirectory.vet(directory)
        self.directory = directory
        self.identity = identity
    }

    /// Builds the policy at `path` for `table`, as `PolicyBuild.build` does, reusing what the
    /// cache holds where it applies. Files are written in the background: call `finishWrites`
    /// before the process ends.
    /// A policy with `users` sets is built every time and never kept: its build depends on the
    /// machine's user database, which the entry does not record.
    public func build(path: String, table: String, fileSystem: any PolicyFileSystem = LocalFileSystem(),
                      users: any UserDirectory = UserTable(), unknownUsers: Severity = .warning) -> CachedBuild {
        let name = SHA256.hex("sluice-compile-cache-1\0\(identity)\0\(table)\0\(path)")
        let entryPath = directory + "/build-" + name, compiledPath = directory + "/compiled-" + name
        var read: [String: RecordingFileSystem.Read] = [:]
        if let reused = reuse(entryPath, compiledPath, path: path, table: table, fileSystem: fileSystem, read: &read) {
            return reused
        }
        let pack = StatementPack(path: directory + "/statements-" + SHA256.hex("\(identity)\0\(path)"), identity: identity)
        let recording = RecordingFileSystem(fileSystem, known: read)
        let build = PolicyBuild.build(path: path, table: table, fileSystem: recording, statementCache: pack,
                                      users: users, unknownUsers: unknownUsers)
        let encoding = CachedBuild.encode(build.compiled)
        var kept: BuildEntry?
        let resolvedUsers = build.policy?.groups.contains(where: \.isUsers) ?? false
        if build.compiled != nil, !resolvedUsers, let sources = BuildEntry.sources(build.sources, in: recording.calls) {
            kept = BuildEntry(identity: identity, table: table, path: path, calls: recording.calls, sources: sources,
                              diagnostics: build.diagnostics, skeletonSize: 0, compiledSHA256: [])
        }
        var cached = CachedBuild(compiled: build.compiled, diagnostics: build.diagnostics, sources: build.sources,
                                 encoding: encoding, reused: false)
        cached.reusedStatements = pack.reusedCount
        cached.parsedStatements = pack.parsedCount
        let directory = directory
        let entry = kept
        Self.allWrites.enter()
        queue.async(group: writes) { [pack] in
            defer { Self.allWrites.leave() }
            pack.save()
            // The compiled policy first: an entry is never on disk before what it names.
            if var named = entry, let parts = encoding?.value ?? nil {
                let compiled = BuildEntry.compiledContent(parts)
                named.skeletonSize = parts.skeleton.count
                named.compiledSHA256 = SHA256.digest(compiled)
                if let content = named.content, CacheFile.write(compiled, to: compiledPath) { CacheFile.write(content, to: entryPath) }
            }
            Self.trim(directory)
        }
        return cached
    }

    /// Waits until the files of earlier builds are written.
    public func finishWrites() {
        writes.wait()
    }

    /// Waits until the files of every cache of this process are written: before the process ends.
    public static func finishAllWrites() {
        allWrites.wait()
    }

    /// The kept build, when it is this compiler's, for this table and path, and every answer of
    /// the file system is still the same. The compiled policy is read only then. `read` gets the
    /// files read on the way, for a build that follows a miss.
    private func reuse(_ entryPath: String, _ compiledPath: String, path: String, table: String,
                       fileSystem: any PolicyFileSystem, read: inout [String: RecordingFileSystem.Read]) -> CachedBuild? {
        guard let content = CacheFile.read(entryPath), let entry = BuildEntry.read(content),
              entry.identity == identity, entry.table == table, entry.path == path,
              let texts = RecordingFileSystem.replay(entry.calls, on: fileSystem, read: &read),
              let compiledContent = CacheFile.read(compiledPath, sha256: entry.compiledSHA256),
              let parts = entry.parts(compiledContent),
              let compiled = try? CompiledPolicyCodec.decode(parts) else { return nil }
        var sources: [SourceFile] = []
        for source in entry.sources {
            guard let text = texts[source.call] else { return nil }
            sources.append(SourceFile(path: source.path, text: text))
        }
        return CachedBuild(compiled: compiled, diagnostics: entry.diagnostics, sources: sources,
                           encoding: BackgroundResult(ready: parts), reused: true)
    }

    /// Deletes all but the `keep` most recent files of each kind (builds of other policies,
    /// tables or compilers pile up otherwise).
    private static func trim(_ directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for prefix in ["build-", "compiled-", "statements-"] {
            let files = names.filter { $0.hasPrefix(prefix) && !$0.hasSuffix(".tmp") }.map { name -> (String, Double) in
                var info = stat()
                let path = directory + "/" + name
                let time = stat(path, &info) == 0 ? Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9 : 0
                return (path, time)
            }
            guard files.count > keep else { continue }
            for (path, _) in files.sorted(by: { $0.1 > $1.1 }).dropFirst(keep) { unlink(path) }
        }
    }
}
