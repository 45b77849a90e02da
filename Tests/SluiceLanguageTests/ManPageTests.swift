import Foundation
import Testing
@testable import SluiceLanguage

/// `sluice(5)`, which scripts/man-language makes from docs/language.md (for the package), names
/// every statement, setting, action and diagnostic that the reference names, and the reference
/// names every word that starts a statement, setting or action in the lexer's `Keyword` lists.
@Suite struct ManPageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The first word in backquotes of each `### ` heading of the Statements section.
    static func statements(_ markdown: String) -> [String] {
        let section = markdown.components(separatedBy: "\n## Statements\n").dropFirst().first?
            .components(separatedBy: "\n## ").first ?? ""
        return section.split(separator: "\n").filter { $0.hasPrefix("### `") }.compactMap { heading in
            let code = heading.dropFirst(5).prefix { $0 != "`" }
            let words = code.split(separator: " ")
            guard let first = words.first else { return nil }
            // `on exceed` is one statement of two words.
            return first == "on" && words.count > 1 ? "on exceed" : String(first)
        }
    }

    /// The first word of the first column of each row of the tables whose header starts with `header`.
    static func tableWords(_ markdown: String, header: String) -> [String] {
        var out: [String] = []
        var inTable = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("| \(header) |") {
                inTable = true
            } else if inTable, line.hasPrefix("|") {
                let cell = line.dropFirst().prefix { $0 != "|" }.trimmingCharacters(in: .whitespaces)
                guard cell.hasPrefix("`") else { continue }
                out.append(String(cell.dropFirst().prefix { $0 != "`" && $0 != " " }))
            } else {
                inTable = false
            }
        }
        return out
    }

    /// The page as scripts/man-language writes it now.
    static func manPage() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/man-language").path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scripts/man-language failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// How roff writes a name in bold: `\fB` then the name with its minus signs escaped.
    static func bold(_ name: String) -> String {
        "\\fB" + name.replacingOccurrences(of: "-", with: "\\-")
    }

    @Test("the reference names every statement, setting and action word the lexer knows")
    func referenceCoversKeywords() throws {
        let markdown = try Self.read("docs/language.md")
        let statements = Set(Self.statements(markdown).map { $0.split(separator: " ").first.map(String.init) ?? $0 })
        let settings = Set(Self.tableWords(markdown, header: "setting"))
        let actions = Set(Self.tableWords(markdown, header: "action"))
        #expect(statements.count >= 9 && settings.count >= 5 && actions.count >= 3, "the reference's structure changed")
        for word in Keyword.statements { #expect(statements.contains(word), "docs/language.md has no ### heading for '\(word)'") }
        for word in Keyword.settings + Keyword.unreservedSettings {
            #expect(settings.contains(word), "docs/language.md's settings table lacks '\(word)'")
        }
        for word in Keyword.actions { #expect(actions.contains(word), "docs/language.md's actions table lacks '\(word)'") }
    }

    @Test("sluice(5) names every statement, setting, action and diagnostic of the reference")
    func manPageCoversReference() throws {
        let markdown = try Self.read("docs/language.md")
        let page = try Self.manPage()
        let names = Self.statements(markdown) + Self.tableWords(markdown, header: "setting")
            + Self.tableWords(markdown, header: "action") + Self.tableWords(markdown, header: "id")
        #expect(names.count > 60)
        for name in names {
            #expect(page.contains(Self.bold(name)), "sluice.5 does not name '\(name)': see scripts/man-language")
        }
        #expect(page.hasPrefix(".TH SLUICE 5 "))
    }
}
