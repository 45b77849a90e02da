import Foundation
import SluiceCompiler

/// The stored form of a `CompiledPolicy`: JSON with sorted keys, so the same policy always gives
/// the same bytes, with long address lists packed into base64 (`StoredCompiledPolicy`). The
/// `compiled_encoding` column names the form of each row, so old rows stay readable when it
/// changes.
enum PolicyCodec {
    /// Plain JSON of the model.
    static let plainJSON = "json"
    /// JSON of `StoredCompiledPolicy`, version 1.
    static let packedJSON = "json-packed-1"

    /// The encoding new rows use.
    static let encodingName = packedJSON

    static func encode(_ compiled: CompiledPolicy, encoding: String = encodingName, operation: String,
                       path: String) throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            switch encoding {
            case packedJSON: return try encoder.encode(StoredCompiledPolicy(compiled))
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
