import Foundation
import GRDB
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceStore

/// Versions kept in content-addressed chunks: an edit changes the chunks around it and no others,
/// recording a one-prefix change writes a few chunks, everything reads back exactly, and chunks
/// go when nothing holds them.
@Suite struct ChunkTests {
    /// A policy shaped like the benchmark's: many groups and long destination lists, one item a line.
    static func largeText(groups: Int = 300, prefixes: Int = 20_000, changed: Bool = false) -> String {
        var text = "policy big {\n  mode gateway\n  egress \"wan0\"\n  management g0\n}\nservice web tcp/443\n"
        for g in 0..<groups { text += "group g\(g) 10.\(g / 256).\(g % 256).0/24\n" }
        for d in 0..<20 {
            let perDestination = prefixes / 20
            let items = (0..<perDestination).map { i -> String in
                let n = 2 * (d * perDestination + i) + (changed && d == 7 && i == perDestination / 2 ? 1 : 0)
                return "2001:db8:\(String(n / 65_536 + 1, radix: 16)):\(String(n % 65_536, radix: 16))::/64"
            }
            text += "destination d\(d) " + items.joined(separator: ",\n  ") + "\n"
        }
        text += "allow g0 to d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19 on web\n"
        return text
    }

    static func build(_ text: String) throws -> (sources: [SourceFile], compiled: CompiledPolicy) {
        let build = PolicyBuild.build(path: "big.sluice", fileSystem: InMemoryFileSystem(["big.sluice": text]))
        return (build.sources, try #require(build.compiled, "\(build.renderedDiagnostics)"))
    }

    @Test(arguments: [ContentChunker.text, ContentChunker.records, ContentChunker.json])
    func cutsCoverTheBytesAndAnEditMovesOnlyTheChunksAroundIt(chunker: ContentChunker) throws {
        var random = SystemRandomNumberGenerator()
        let lines = (0..<40_000).map { i in "line \(i) \(UInt64.random(in: 0...UInt64.max, using: &random)),\n" }
        let before = Array(lines.joined().utf8)
        var edited = lines
        // Records are fixed-width, so their edits keep the 8-byte alignment; text edits need not.
        let replacement = "an edited line, longer than the one it replaces,\n"
        if case .words = chunker.boundary {
            edited[20_000] = String(replacement.prefix(lines[20_000].count - 1)) + "\n"
        } else {
            edited[20_000] = replacement
        }
        let after = Array(edited.joined().utf8)
        let a = before.withUnsafeBytes { chunker.cuts($0) }
        let b = after.withUnsafeBytes { chunker.cuts($0) }
        for cuts in [a, b] {
            #expect(cuts.first?.lowerBound == 0)
            #expect(zip(cuts, cuts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect(cuts.dropLast().allSatisfy { $0.count >= chunker.minimum && $0.count <= chunker.maximum })
        }
        #expect(a.last?.upperBound == before.count && b.last?.upperBound == after.count)
        let old = Set(a.map { before[$0] }), new = Set(b.map { after[$0] })
        #expect(new.subtracting(old).count <= 3, "\(new.subtracting(old).count) of \(b.count) chunks are new")
        if case .after(let delimiter) = chunker.boundary {
            #expect(a.dropLast().allSatisfy { before[$0.upperBound - 1] == delimiter }, "cuts fall after the delimiter")
        }
    }

    @Test func aOnePrefixChangeStoresAFewChunksAndBothVersionsReadBack() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let first = try Self.build(Self.largeText())
        let second = try Self.build(Self.largeText(changed: true))
        #expect(first.compiled != second.compiled)
        let v1 = try store.recordVersion(table: "sluice", hash: "h1", message: "", sources: first.sources, compiled: first.compiled)
        func stored() throws -> (chunks: Int, bytes: Int) {
            try store.pool.read { db in
                let row = try #require(try Row.fetchOne(db, sql: "SELECT count(*) AS n, coalesce(sum(size), 0) AS b FROM chunk"))
                return (row["n"], row["b"])
            }
        }
        let afterFirst = try stored()
        let v2 = try store.recordVersion(table: "sluice", hash: "h2", message: "", sources: second.sources, compiled: second.compiled)
        let afterSecond = try stored()
        let text = first.sources[0].text.utf8.count
        #expect(afterFirst.bytes < text + v1.storedSize, "a version's chunks hold its text and compiled policy once")
        #expect(afterSecond.chunks - afterFirst.chunks <= 8, "\(afterSecond.chunks - afterFirst.chunks) new chunks")
        let new = afterSecond.bytes - afterFirst.bytes
        #expect(new < (text + v2.storedSize) / 8, "\(new) new bytes of \(text + v2.storedSize)")
        #expect(try store.versionSources(id: v1.id) == first.sources)
        #expect(try store.versionSources(id: v2.id) == second.sources)
        #expect(try store.compiledPolicy(ofVersion: v1.id) == first.compiled)
        #expect(try store.compiledPolicy(ofVersion: v2.id) == second.compiled)
    }

    @Test func chunksGoWithTheLastVersionThatHoldsThem() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let first = try Self.build(Self.largeText(groups: 10, prefixes: 2_000))
        let second = try Self.build(Self.largeText(groups: 10, prefixes: 2_000, changed: true))
        let v1 = try store.recordVersion(table: "sluice", hash: "h1", message: "", sources: first.sources, compiled: first.compiled)
        _ = try store.recordVersion(table: "sluice", hash: "h2", message: "", sources: second.sources, compiled: second.compiled)
        let count = { try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM chunk") ?? 0 } }
        let before = try count()
        #expect(try store.pruneVersions(table: "sluice", keepingNewest: 1) == 1)
        let after = try count()
        #expect(after < before, "the chunks only the first version held are gone")
        let expected = PreparedVersion(sources: second.sources, parts: try CompiledPolicyCodec.parts(of: second.compiled))
        #expect(after == Set(expected.chunks.map(\.sha256)).count, "exactly the live version's chunks stay")
        #expect(throws: StoreError.self) { try store.versionSources(id: v1.id) }
        #expect(try store.versionSources(id: v1.id + 1) == second.sources)
    }

    /// A stored row changed behind Sluice's back: policy text in a chunk, or a compiled policy's
    /// manifest. Either is refused on read, never used.
    @Test(arguments: [
        ("UPDATE chunk SET bytes = CAST(replace(CAST(bytes AS TEXT), 'compute', 'cmpute') AS BLOB)", true),
        ("UPDATE compiled_policy SET blob = CAST(replace(CAST(blob AS TEXT), ' ', '  ') AS BLOB)", false),
    ])
    func aChangedRowIsRefused(change: String, readsSources: Bool) throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let version = try store.recordVersion(table: "sluice", hash: "h", message: "", sources: Fixture.sources("one"),
                                              compiled: Fixture.compiled("one"))
        try store.pool.write { db in try db.execute(sql: change) }
        do {
            if readsSources { _ = try store.versionSources(id: version.id) } else { _ = try store.compiledPolicy(ofVersion: version.id) }
            Issue.record("a changed row was read: \(change)")
        } catch {
            #expect("\(error)".contains("does not match its SHA-256"))
        }
    }
}
