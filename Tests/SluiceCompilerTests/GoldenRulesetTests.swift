import Foundation
import Testing
import SluiceLanguage
@testable import SluiceCompiler

/// Every corpus policy compiles to its golden nft text and JSON, byte for byte, twice in a row.
@Suite struct GoldenRulesetTests {
    @Test(arguments: PolicyCorpus.all.map(\.name))
    func compilesToGolden(name: String) throws {
        let path = try #require(PolicyCorpus.all.first { $0.name == name }?.path)
        // Relative paths, so comments and diagnostics do not depend on where the checkout is.
        FileManager.default.changeCurrentDirectoryPath(PolicyCorpus.root.path)
        let build = PolicyBuild.build(path: path)
        #expect(!build.diagnostics.hasErrors, "\(build.renderedDiagnostics)")
        let warnings = build.diagnostics
        #expect(warnings.isEmpty, "shipped policies carry no warnings:\n\(build.renderedDiagnostics)")
        let compiled = try #require(build.compiled)
        let text = NFTRenderer.render(compiled.ruleset)
        let json = NFTJSONRenderer.render(compiled.ruleset)
        GoldenFile.check(text, named: "\(name).nft")
        GoldenFile.check(json, named: "\(name).json")
        let again = try #require(PolicyBuild.build(path: path).compiled)
        #expect(NFTRenderer.render(again.ruleset) == text)
        #expect(NFTJSONRenderer.render(again.ruleset) == json)
    }
}
