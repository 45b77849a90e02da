import Foundation

/// The stored form of a `CompiledPolicy`: what the history keeps for every applied version and the
/// compile cache keeps for every policy it has seen. JSON with sorted keys (the same policy always
/// gives the same bytes), long address lists packed into base64, and a format name that a reader
/// checks first: a format it does not know is refused, never guessed at.
public enum CompiledPolicyCodec {
    /// The format this release writes. `-3` added the audit binding and the inside networks; a
    /// release that knows only `-2` refuses it rather than watch an audited group as if it enforced.
    public static let format = "sluice-compiled-3"
    /// The formats this release reads: its own, and `-2` (which audits nothing).
    public static let readableFormats: Set<String> = ["sluice-compiled-2", format]

    /// Encodes a compiled policy.
    public static func encode(_ compiled: CompiledPolicy) throws(CompiledPolicyCodecError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(PackedCompiledPolicy(compiled, format: format, compiler: SluiceRelease.version))
        } catch {
            throw .encoding("\(error)")
        }
    }

    /// Decodes a compiled policy; refuses another format and damaged data.
    public static func decode(_ data: Data) throws(CompiledPolicyCodecError) -> CompiledPolicy {
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw .damaged("no format header: \(error)")
        }
        guard readableFormats.contains(header.format) else {
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

    /// The fields every format has.
    private struct Header: Decodable {
        var format: String
        var compiler: String?
    }
}
