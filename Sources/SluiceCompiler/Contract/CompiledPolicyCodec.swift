import Foundation

/// The stored form of a `CompiledPolicy`: what the history keeps for every applied version and the
/// compile cache for the last build of a policy. A JSON skeleton with sorted keys (the same policy
/// always gives the same bytes) and the long address lists as binary records (`CompiledPolicyParts`),
/// behind a format name that a reader checks first: a format it does not know is refused, never
/// guessed at. The JSON form of earlier releases (`jsonFormat`) is still read.
public enum CompiledPolicyCodec {
    /// The format this release writes.
    public static let format = "sluice-compiled-3"
    /// The all-JSON format of earlier 0.2 builds (address lists in base64): read, no longer written.
    public static let jsonFormat = "sluice-compiled-2"

    /// The stored parts of a compiled policy.
    public static func parts(of compiled: CompiledPolicy) throws(CompiledPolicyCodecError) -> CompiledPolicyParts {
        let (skeleton, records) = CompiledSkeleton.split(compiled, format: format, compiler: SluiceRelease.version)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return CompiledPolicyParts(skeleton: [UInt8](try encoder.encode(skeleton)), records: records)
        } catch {
            throw .encoding("\(error)")
        }
    }

    /// Encodes a compiled policy in one piece (`CompiledPolicyParts.blob`).
    public static func encode(_ compiled: CompiledPolicy) throws(CompiledPolicyCodecError) -> Data {
        Data(try parts(of: compiled).blob)
    }

    /// Decodes a compiled policy in one piece, of this format or the JSON one; refuses another
    /// format and damaged data.
    public static func decode(_ data: Data) throws(CompiledPolicyCodecError) -> CompiledPolicy {
        let parts: CompiledPolicyParts? = data.withUnsafeBytes { CompiledPolicyParts(blob: $0) }
        if let parts { return try decode(parts) }
        if let name = formatLine(data) { throw .unknownFormat(name, compiler: nil) }
        return try decodeJSON(data)
    }

    /// Decodes stored parts.
    public static func decode(_ parts: CompiledPolicyParts) throws(CompiledPolicyCodecError) -> CompiledPolicy {
        let skeleton: CompiledSkeleton
        do {
            skeleton = try JSONDecoder().decode(CompiledSkeleton.self, from: Data(parts.skeleton))
        } catch {
            let header = try? JSONDecoder().decode(Header.self, from: Data(parts.skeleton))
            if let header, header.format != format { throw .unknownFormat(header.format, compiler: header.compiler) }
            throw .damaged("\(error)")
        }
        guard skeleton.format == format else { throw .unknownFormat(skeleton.format, compiler: skeleton.compiler) }
        let restored = parts.records.withUnsafeBytes { skeleton.restored(records: $0) }
        guard let restored else { throw .damaged("the address records do not fit the policy") }
        return restored
    }

    /// The name on a format line (`sluice-compiled-N` and a line break) that starts `data`.
    private static func formatLine(_ data: Data) -> String? {
        let prefix = Array("sluice-compiled-".utf8)
        guard data.count > prefix.count, data.prefix(prefix.count).elementsEqual(prefix),
              let end = data.prefix(64).firstIndex(of: 0x0A) else { return nil }
        return String(decoding: data[data.startIndex..<end], as: UTF8.self)
    }

    /// The JSON format: a header naming the format, then the packed model (`PackedCompiledPolicy`).
    private static func decodeJSON(_ data: Data) throws(CompiledPolicyCodecError) -> CompiledPolicy {
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw .damaged("no format header: \(error)")
        }
        guard header.format == jsonFormat else {
            throw .unknownFormat(header.format, compiler: header.compiler)
        }
        let packed: PackedCompiledPolicy
        do {
            packed = try JSONDecoder().decode(PackedCompiledPolicy.self, from: data)
        } catch {
            throw .damaged("\(error)")
        }
        guard let compiled = packed.restored() else { throw .damaged("a packed address list does not fit the policy") }
        return compiled
    }

    /// The fields every format's JSON has.
    private struct Header: Decodable {
        var format: String
        var compiler: String?
    }
}
