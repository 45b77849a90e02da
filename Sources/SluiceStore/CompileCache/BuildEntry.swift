import Foundation
import SluiceCompiler
import SluiceLanguage

/// The last build of a policy as the compile cache keeps it: what it asked the file system and
/// the answers (`FileSystemCall`), which of the files read are its sources, its diagnostics, and
/// its compiled policy in the stored form (`CompiledPolicyParts`). Kept only for builds that
/// compiled; one file (`CacheFile`): a format line, the header's length (4 bytes, big-endian), the
/// header (JSON), the skeleton, the records.
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

    static let header = Array("sluice-build-1\n".utf8)

    /// The entry and its compiled policy as file content.
    func content(_ parts: CompiledPolicyParts) -> [UInt8]? {
        var entry = self
        entry.skeletonSize = parts.skeleton.count
        guard let json = try? JSONEncoder().encode(entry) else { return nil }
        var out = Self.header
        out.reserveCapacity(out.count + 4 + json.count + parts.skeleton.count + parts.records.count)
        withUnsafeBytes(of: UInt32(json.count).bigEndian) { out += $0 }
        out += json
        out += parts.skeleton
        out += parts.records
        return out
    }

    /// An entry and its compiled policy's parts from file content; nil when it is not one.
    static func read(_ content: [UInt8]) -> (BuildEntry, CompiledPolicyParts)? {
        let start = header.count
        guard content.count >= start + 4, content.starts(with: header) else { return nil }
        let length = content[start..<(start + 4)].reduce(0) { $0 << 8 | Int($1) }
        guard length <= content.count - start - 4,
              let entry = try? JSONDecoder().decode(BuildEntry.self, from: Data(content[(start + 4)..<(start + 4 + length)]))
        else { return nil }
        let skeleton = start + 4 + length
        guard entry.skeletonSize >= 0, entry.skeletonSize <= content.count - skeleton else { return nil }
        return (entry, CompiledPolicyParts(skeleton: Array(content[skeleton..<(skeleton + entry.skeletonSize)]),
                                           records: Array(content[(skeleton + entry.skeletonSize)...])))
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
