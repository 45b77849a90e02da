import Foundation
import SluiceCompiler
import SluiceLanguage

/// The stored form of a `CompiledPolicy`: JSON with sorted keys, so the same policy always gives
/// the same bytes, with long address lists packed into base64 (`StoredCompiledPolicy`). The
/// `compiled_encoding` column names the form of each row, so old rows stay readable when it
/// changes.
enum PolicyCodec {
    /// Plain JSON of the model.
    static let plainJSON = "json"
    /// JSON of `StoredCompiledPolicy`, version 1.
    static let packedJSON = "json-packed-1"

    /// Nothing stored but the sources: compilation is deterministic, so the version's sources and
    /// table give its compiled policy back. Storing the compiled form as well would repeat every
    /// address twice more (the policy's lists and the ruleset's sets), megabytes per apply for a
    /// large policy, and cost more time than compiling it again when it is needed.
    static let recompiled = "sources-1"

    /// The encoding of rows whose compiled policy is not known to come from their sources.
    static let encodingName = packedJSON

    /// Compiles a version's sources again for `table`.
    static func rebuild(sources: [SourceFile], table: String, operation: String,
                        path: String) throws(StoreError) -> CompiledPolicy {
        guard let root = sources.first else {
            throw StoreError(operation: operation, path: path, reason: .decoding("the version has no policy files"))
        }
        let files = Dictionary(sources.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        let build = PolicyBuild.build(path: root.path, table: table, fileSystem: InMemoryFileSystem(files))
        guard let compiled = build.compiled else {
            throw StoreError(operation: operation, path: path, reason: .decoding(
                "the stored policy no longer compiles: \(build.diagnostics.first?.message ?? "unknown error")"))
        }
        return compiled
    }

    static func encode(_ compiled: CompiledPolicy, encoding: String = encodingName, operation: String,
                       path: String) throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            switch encoding {
            case packedJSON: return try encoder.encode(StoredCompiledPolicy(compiled))
            case recompiled: return Data()
            case plainJSON: return try encoder.encode(compiled)
            default:
                throw StoreError(operation: operation, path: path, reason: .encoding("unknown encoding \(encoding)"))
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(operation: operation, path: path, reason: .encoding("compiled policy: \(error)"))
        }
    }

    static func decode(_ data: Data, encoding: String, operation: String, path: String) throws(StoreError) -> CompiledPolicy {
        do {
            switch encoding {
            case plainJSON:
                return try JSONDecoder().decode(CompiledPolicy.self, from: data)
            case packedJSON:
                guard let compiled = try JSONDecoder().decode(StoredCompiledPolicy.self, from: data).restored() else {
                    throw StoreError(operation: operation, path: path,
                                     reason: .decoding("compiled policy: a packed address list is damaged"))
                }
                return compiled
            default:
                throw StoreError(operation: operation, path: path, reason: .decoding(
                    "compiled policy stored as \"\(encoding)\", which this sluice cannot read"))
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(operation: operation, path: path, reason: .decoding("compiled policy: \(error)"))
        }
    }
}
