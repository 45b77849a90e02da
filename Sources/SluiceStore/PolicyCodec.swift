import Foundation
import SluiceCompiler

/// The stored form of a `CompiledPolicy`: JSON with sorted keys, so the same policy always gives
/// the same bytes. The `compiled_encoding` column names the form, so a later version can switch
/// to a compressed or binary one without touching old rows.
enum PolicyCodec {
    /// The value of `version.compiled_encoding` for rows this codec wrote.
    static let encodingName = "json"

    static func encode(_ compiled: CompiledPolicy, operation: String, path: String) throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(compiled)
        } catch {
            throw StoreError(operation: operation, path: path, reason: .encoding("compiled policy: \(error)"))
        }
    }

    static func decode(_ data: Data, encoding: String, operation: String, path: String) throws(StoreError) -> CompiledPolicy {
        guard encoding == encodingName else {
            throw StoreError(operation: operation, path: path, reason: .decoding(
                "compiled policy stored as \"\(encoding)\", which this sluice cannot read"))
        }
        do {
            return try JSONDecoder().decode(CompiledPolicy.self, from: data)
        } catch {
            throw StoreError(operation: operation, path: path, reason: .decoding("compiled policy: \(error)"))
        }
    }
}
