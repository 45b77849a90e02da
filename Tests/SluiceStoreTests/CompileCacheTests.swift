import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceStore

/// The compile cache gives exactly what a build without it gives (compiled policy bytes, errors
/// and warnings with their locations, sources), over randomized edits of the corpus policies and
/// of a large generated one; an unchanged policy is taken whole from it, and nothing another
/// compiler or a damaged file left is used.
@Suite struct CompileCacheTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The corpus: each shipped policy and test fixture with the files it includes, by path.
    static func corpus() throws -> [(root: String, files: [String: String])] {
        var out: [(String, [String: String])] = []
        let common = try FileManager.default.contentsOfDirectory(atPath: root + "/policies/common").sorted()
        for name in ["hpc-center", "small-office", "login-node", "transfer-node"] {
            var files = ["policies/\(name).sluice": try String(contentsOfFile: root + "/policies/\(name).sluice", encoding: .utf8)]
            for file in common {
                files["policies/common/" + file] = try String(contentsOfFile: root + "/policies/common/" + file, encoding: .utf8)
            }
            out.append(("policies/\(name).sluice", files))
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/Tests/Fixtures").sorted()
        where name.hasSuffix(".sluice") {
            let path = "Tests/Fixtures/" + name
            out.append((path, [path: try String(contentsOfFile: root + "/" + path, encoding: .utf8)]))
        }
        out.append(("big.sluice", ["big.sluice": ChunkTests.largeText(groups: 200, prefixes: 4_000)]))
        return out
    }

    /// Builds `root` with and without the cache and checks that every result is the same.
    static func expectSameBuild(_ cache: CompileCache, root: String, files: [String: String], context: String)
        throws -> CachedBuild {
        let fileSystem = InMemoryFileSystem(files)
        let plain = PolicyBuild.build(path: root, fileSystem: fileSystem)
        let cached = cache.build(path: root, table: Ruleset.defaultTable, fileSystem: fileSystem)
        cache.finishWrites()
        #expect(cached.diagnostics == plain.diagnostics, "\(context)")
        #expect(cached.renderedDiagnostics == plain.renderedDiagnostics, "\(context)")
        #expect(cached.sources == plain.sources, "\(context)")
        #expect(cached.compiled == plain.compiled, "\(context)")
        if let compiled = plain.compiled {
            let bytes = try CompiledPolicyCodec.encode(compiled)
            #expect(try cached.compiled.map { try CompiledPolicyCodec.encode($0) } == bytes, "\(context)")
            #expect(try cached.parts == CompiledPolicyCodec.parts(of: compiled), "\(context)")
        }
        return cached
    }

    /// Small random edits: a line deleted, repeated, swapped, blanked or commented out, a byte
    /// that matters to the lexer inserted, a digit or a word changed. Many break the policy, which
    /// is the point: errors and their locations must come out the same too.
    static func edit(_ text: String, using random: inout SeededGenerator) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<9, using: &random) {
        case 0: lines.remove(at: at)
        case 1: lines.insert(lines[at], at: at)
        case 2: lines.swapAt(at, Int.random(in: 0..<lines.count, using: &random))
        case 3: lines.insert(["", "# a comment", "   "].randomElement(using: &random) ?? "", at: at)
        case 4:
            var bytes = Array(lines[at].utf8)
            let byte = Array("{},;\"#\\ x1.:/-".utf8).randomElement(using: &random) ?? 0x20
            bytes.insert(byte, at: Int.random(in: 0...bytes.count, using: &random))
            lines[at] = String(decoding: bytes, as: UTF8.self)
        case 5:
            let digits = lines[at].indices.filter { lines[at][$0].isNumber }
            if let index = digits.randomElement(using: &random) {
                lines[at].replaceSubrange(index...index, with: String(Int.random(in: 0...9, using: &random)))
            }
        case 6:
            var words = lines[at].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let others = lines.randomElement(using: &random)?.split(separator: " ").map(String.init) ?? []
            if !words.isEmpty, let other = others.randomElement(using: &random) {
                words[Int.random(in: 0..<words.count, using: &random)] = other
            }
            lines[at] = words.joined(separator: " ")
        case 7: lines[at] = "# " + lines[at]
        default: lines[at] += ","
        }
        return lines.joined(separator: "\n")
    }

    @Test func cachedBuildsEqualFullBuildsOverRandomizedEdits() throws {
        let directory = try TestDirectory()
        let cache = try CompileCache(directory: directory.path + "/cache", identity: "test")
        var random = SeededGenerator(seed: 0x5EED_CAC4E)
        var reusedStatements = 0, reusedBuilds = 0
        for (root, original) in try Self.corpus() {
            let editable = original.keys.sorted()
            var files = original
            _ = try Self.expectSameBuild(cache, root: root, files: files, context: "\(root) as shipped")
            for round in 0..<(root == "big.sluice" ? 12 : 25) {
                // Edits pile up, and now and then the files go back to the original (cached) text.
                if Int.random(in: 0..<4, using: &random) == 0 { files = original }
                let file = editable.randomElement(using: &random) ?? root
                files[file] = Self.edit(files[file] ?? "", using: &random)
                let context = "\(root), round \(round), \(file) edited:\n\(files[file] ?? "")"
                let build = try Self.expectSameBuild(cache, root: root, files: files, context: context)
                reusedStatements += build.reusedStatements
                reusedBuilds += build.reused ? 1 : 0
            }
        }
        // The comparisons above went through the cache's paths, not around them.
        #expect(reusedStatements > 1_000)
        #expect(reusedBuilds > 10)
    }

    @Test func anUnchangedPolicyIsTakenWholeAndAnyChangeBuildsAgain() throws {
        let directory = try TestDirectory()
        let cache = try CompileCache(directory: directory.path + "/cache", identity: "test")
        let text = ChunkTests.largeText(groups: 50, prefixes: 1_000)
        let first = try Self.expectSameBuild(cache, root: "big.sluice", files: ["big.sluice": text], context: "first")
        #expect(!first.reused)
        let again = try Self.expectSameBuild(cache, root: "big.sluice", files: ["big.sluice": text], context: "again")
        #expect(again.reused)
        let changed = try Self.expectSameBuild(cache, root: "big.sluice", files: ["big.sluice": text + "\n"], context: "changed")
        #expect(!changed.reused)
        // One prefix of one destination changed: that statement alone is parsed again.
        let onePrefix = ChunkTests.largeText(groups: 50, prefixes: 1_000, changed: true)
        let edited = try Self.expectSameBuild(cache, root: "big.sluice", files: ["big.sluice": onePrefix], context: "one prefix")
        #expect(!edited.reused)
        #expect(edited.parsedStatements == 1)
        // Taken from the cache: the 50 groups, the 19 other destinations and the service.
        #expect(edited.reusedStatements == 50 + 19 + 1)
        // Another table compiles to another ruleset: never the same entry.
        let other = cache.build(path: "big.sluice", table: "other", fileSystem: InMemoryFileSystem(["big.sluice": text + "\n"]))
        #expect(!other.reused)
        #expect(other.compiled?.ruleset.table == "other")
    }

    /// A build after a miss takes the files the cache's check has just read and hashed, and does
    /// not read them again; the build is the same as one without the cache.
    @Test func aMissReadsEachFileOnce() throws {
        let directory = try TestDirectory()
        let cache = try CompileCache(directory: directory.path + "/cache", identity: "test")
        let root = "policy p {\n  mode gateway\n  egress \"wan0\"\n}\ninclude \"part.sluice\"\nallow lan to any\n"
        let first = ["p.sluice": root, "part.sluice": "group lan 10.0.0.0/24\n"]
        _ = cache.build(path: "p.sluice", table: Ruleset.defaultTable, fileSystem: InMemoryFileSystem(first))
        cache.finishWrites()
        var changed = first
        changed["part.sluice"] = "group lan 10.0.1.0/24\n"
        let counting = CountingFileSystem(changed)
        let rebuilt = cache.build(path: "p.sluice", table: Ruleset.defaultTable, fileSystem: counting)
        cache.finishWrites()
        #expect(!rebuilt.reused)
        #expect(counting.reads(of: "p.sluice") == 1)
        #expect(counting.reads(of: "part.sluice") == 1)
        #expect(rebuilt.compiled == PolicyBuild.build(path: "p.sluice", fileSystem: InMemoryFileSystem(changed)).compiled)
        // What it recorded is right: the same files again are taken whole from the cache.
        #expect(cache.build(path: "p.sluice", table: Ruleset.defaultTable, fileSystem: InMemoryFileSystem(changed)).reused)
    }

    @Test func anIncludedFileThatAppearsOrChangesBuildsAgain() throws {
        let directory = try TestDirectory()
        let cache = try CompileCache(directory: directory.path + "/cache", identity: "test")
        let root = "policy p {\n  mode gateway\n  egress \"wan0\"\n}\ninclude \"parts/*.sluice\"\nallow lan to any\n"
        var files = [ "p.sluice": root, "parts/a.sluice": "group lan 10.0.0.0/24\n"]
        _ = try Self.expectSameBuild(cache, root: "p.sluice", files: files, context: "first")
        files["parts/b.sluice"] = "group lab 10.0.1.0/24\n"
        let added = try Self.expectSameBuild(cache, root: "p.sluice", files: files, context: "a file added to the glob")
        #expect(!added.reused)
        #expect(added.diagnostics.contains { $0.message.contains("lab") })
        files["parts/b.sluice"] = "group lab 10.0.2.0/24\nallow lab to any\n"
        let edited = try Self.expectSameBuild(cache, root: "p.sluice", files: files, context: "an included file edited")
        #expect(!edited.reused)
    }

    @Test func anotherCompilerOrADamagedFileIsNeverUsed() throws {
        let directory = try TestDirectory()
        let path = directory.path + "/cache"
        let text = ChunkTests.largeText(groups: 20, prefixes: 200)
        let files = ["big.sluice": text]
        _ = try Self.expectSameBuild(try CompileCache(directory: path, identity: "old"), root: "big.sluice", files: files,
                                     context: "old compiler")
        let rebuilt = try CompileCache(directory: path, identity: "new")
        #expect(!(try Self.expectSameBuild(rebuilt, root: "big.sluice", files: files, context: "new compiler").reused))
        #expect(try Self.expectSameBuild(rebuilt, root: "big.sluice", files: files, context: "new compiler again").reused)
        // An entry with another build's compiled policy beside it (a crash between the two
        // renames, or files copied about): the compiled policy must be the one the entry names.
        func compiledFiles() throws -> [String: Data] {
            var out: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: path) where name.hasPrefix("compiled-") {
                out[name] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
            }
            return out
        }
        let earlier = try compiledFiles()
        let edited = ["big.sluice": text.replacingOccurrences(of: "group g1 ", with: "group g1 10.200.0.1, ")]
        _ = try Self.expectSameBuild(rebuilt, root: "big.sluice", files: edited, context: "edited")
        let rewritten = try compiledFiles().filter { earlier[$0.key] != $0.value }
        #expect(rewritten.count == 1)
        for name in rewritten.keys { try earlier[name]?.write(to: URL(fileURLWithPath: path + "/" + name)) }
        #expect(!(try Self.expectSameBuild(rebuilt, root: "big.sluice", files: edited, context: "mismatched").reused))
        // Every file of the cache with one byte flipped: each is then ignored, and the build is still right.
        for name in try FileManager.default.contentsOfDirectory(atPath: path) {
            let file = path + "/" + name
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            bytes[bytes.count / 2] ^= 0x40
            try Data(bytes).write(to: URL(fileURLWithPath: file))
        }
        #expect(!(try Self.expectSameBuild(rebuilt, root: "big.sluice", files: files, context: "damaged").reused))
    }
}
