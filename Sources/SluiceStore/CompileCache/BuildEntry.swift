import Foundation
import SluiceCompiler
import SluiceLanguage

/// The last build of a policy as the compile cache keeps it: what it asked the file system and
/// the answers (`FileSystemCall`), which of the files read are its sources, its diagnostics, and
/// its compiled policy in the stored form (`CompiledPolicyParts`). Kept only for builds that
/// compiled, in two files (`CacheFile`): the entry (a format line and JSON), small, so that a
/// changed policy is found out without reading the compiled policy; and the compiled policy's
/// skeleton and records, named by the entry with their SHA-256.
struct BuildEntry: Codable, Sendable {
    /// A source file: its path and the call that read it.
    struct Source: Codable, Sendable {
        var path: String
        var call: Int
    }

    var identity: String
    var table: String
    var path: String
    var calls: [FileSystemCall]
    var sources: [Source]
    var diagnostics: [Diagnostic]
    var skeletonSize: Int

    /// The SHA-256 of the compiled policy's file content (`compiledContent`).
    var compiledSHA256: [UInt8]

    static let header = Array("sluice-build-2\n".utf8)

    /// The entry as file content.
    var content: [UInt8]? {
        guard let json = try? JSONEncoder().encode(self) else { return nil }
        return Self.header + json
    }

    /// An entry from file content; nil when it is not one.
    static func read(_ content: [UInt8]) -> BuildEntry? {
        guard content.starts(with: header) else { return nil }
        return try? JSONDecoder().decode(BuildEntry.self, from: Data(content[header.count...]))
    }

    /// The compiled policy's file content: the skeleton, then the records.
    static func compiledContent(_ parts: CompiledPolicyParts) -> [UInt8] {
        parts.skeleton + parts.records
    }

    /// The compiled policy back from its file content.
    func parts(_ content: [UInt8]) -> CompiledPolicyParts? {
        guard skeletonSize >= 0, skeletonSize <= content.count else { return nil }
        return CompiledPolicyParts(skeleton: Array(content[..<skeletonSize]), records: Array(content[skeletonSize...]))
    }

    /// The sources of a build: each file among the reads, in order.
    static func sources(_ files: [SourceFile], in calls: [FileSystemCall]) -> [Source]? {
        var out: [Source] = []
        var next = 0
        for file in files {
            // A file is read once, and becomes a source right after it is read (unless it is not
            // a policy): the next read of its path that succeeded.
            guard let index = calls[next...].firstIndex(where: { call in
                if case .read(let path, let read, _) = call { return path == file.path && read != nil }
                return false
            }) else { return nil }
            out.append(Source(path: file.path, call: index))
            next = index + 1
        }
        return out
    }
}
