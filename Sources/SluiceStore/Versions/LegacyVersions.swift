import Foundation
import GRDB
import SluiceCompiler
import SluiceLanguage

/// Versions recorded by Sluice 0.1, whose compiled policy was kept as their sources only (or in a
/// form this release no longer reads). The v2 migration compiles each once, with the compiler of
/// the release that upgrades the database, and stores the result like any new version; from then
/// on nothing compiles stored text again. A version that no longer compiles keeps its sources and
/// history entry, with the reason, and cannot be rolled back to.
enum LegacyVersions {
    /// Converts every version without a stored compiled policy.
    static func convert(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, table_name FROM version WHERE compiled_sha256 IS NULL")
        for row in rows {
            let id: Int64 = try row.decode(forColumn: "id")
            let table: String = try row.decode(forColumn: "table_name")
            // The v2 schema's sources: text in the row (chunks came with v3).
            let sources = try Row.fetchAll(db, sql: "SELECT path, text FROM version_source WHERE version_id = ? ORDER BY ordinal",
                                           arguments: [id]).map { row in
                SourceFile(path: try row.decode(forColumn: "path"), text: try row.decode(forColumn: "text"))
            }
            switch rebuild(sources: sources, table: table) {
            case .success(let compiled):
                let sha256 = try SluiceStore.storeCompiledBlob(db, try CompiledPolicyCodec.encode(compiled), at: Date())
                try db.execute(sql: """
                    UPDATE version SET compiled_sha256 = ?, compiled = x'', compiled_encoding = 'ref' WHERE id = ?
                    """, arguments: [sha256, id])
            case .failure(let reason):
                try db.execute(sql: "UPDATE version SET compiled_error = ?, compiled = x'' WHERE id = ?",
                               arguments: [reason.message, id])
            }
        }
    }

    /// Why a legacy version could not be converted.
    struct Unconvertible: Error {
        var message: String
    }

    /// Compiles a version's sources for `table`.
    static func rebuild(sources: [SourceFile], table: String) -> Result<CompiledPolicy, Unconvertible> {
        guard let root = sources.first else { return .failure(Unconvertible(message: "the version has no policy files")) }
        let files = Dictionary(sources.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        let build = PolicyBuild.build(path: root.path, table: table, fileSystem: InMemoryFileSystem(files))
        guard let compiled = build.compiled else {
            let first = build.diagnostics.first { $0.severity == .error }?.message ?? "unknown error"
            return .failure(Unconvertible(message: "it no longer compiles: \(first)"))
        }
        return .success(compiled)
    }
}
