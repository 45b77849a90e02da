import Foundation
import Testing
@testable import SluiceLanguage

/// The editor files that highlight Sluice (vim, VS Code's TextMate grammar, tree-sitter's
/// highlight query) are generated from the lexer's `Keyword` lists, and the committed files must
/// be what the lists give today. `scripts/editors` (SLUICE_RECORD_EDITORS=1) rewrites them; the
/// test then still fails once, so that a person looks at the change.
@Suite struct EditorGrammarTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let header = "Generated from Sources/SluiceLanguage/Lex/Keyword.swift by scripts/editors; do not edit."

    /// Statement, setting and action words, and the other reserved words, each sorted.
    static var statements: [String] { (Keyword.statements + Keyword.unreservedStatements).sorted() }
    static var settings: [String] { (Keyword.settings + Keyword.unreservedSettings).sorted() }
    static var actions: [String] { Keyword.actions.sorted() }
    /// Reserved words that are values (protocols): shown as constants, like ports.
    static var protocols: [String] { Keyword.all.intersection(["tcp", "udp", "icmp", "icmpv6"]).sorted() }
    static var others: [String] {
        Keyword.all.subtracting(Keyword.statements + Keyword.settings + Keyword.actions + protocols).sorted()
    }

    static func vim() -> String {
        """
        " Vim syntax file for Sluice policies (.sluice).
        " \(header)
        if exists("b:current_syntax")
          finish
        endif
        syn iskeyword @,48-57,_,-
        syn keyword sluiceStatement \(statements.joined(separator: " "))
        syn keyword sluiceSetting \(settings.joined(separator: " "))
        syn keyword sluiceAction \(actions.joined(separator: " "))
        syn keyword sluiceKeyword \(others.joined(separator: " "))
        syn keyword sluiceProtocol \(protocols.joined(separator: " "))
        syn keyword sluiceTodo contained TODO FIXME XXX
        syn match sluiceComment "#.*$" contains=sluiceTodo,@Spell
        syn region sluiceString start=+"+ skip=+\\\\[\\\\"]+ end=+"+ end=+$+ oneline contains=sluiceEscape
        syn match sluiceEscape contained +\\\\[\\\\"]+
        syn match sluiceAddress "\\<\\x*[.:][0-9A-Fa-f.:]*\\(/\\d\\+\\)\\=\\(-[0-9A-Fa-f.:]\\+\\)\\="
        syn match sluicePort "\\<\\(tcp\\|udp\\)/\\d\\+\\(-\\d\\+\\)\\=\\>"
        syn match sluiceSize "\\<\\d\\+\\(\\.\\d\\+\\)\\=\\s*[KMGT]\\=i\\=B\\>"
        syn match sluiceDuration "\\<\\d\\+[smhdw]\\>"
        syn match sluiceRate "\\<\\d\\+/\\(second\\|minute\\|hour\\)\\>"
        hi def link sluiceStatement Statement
        hi def link sluiceSetting Type
        hi def link sluiceAction Type
        hi def link sluiceKeyword Keyword
        hi def link sluiceProtocol Constant
        hi def link sluiceTodo Todo
        hi def link sluiceComment Comment
        hi def link sluiceString String
        hi def link sluiceEscape SpecialChar
        hi def link sluiceAddress Number
        hi def link sluicePort Constant
        hi def link sluiceSize Number
        hi def link sluiceDuration Number
        hi def link sluiceRate Number
        let b:current_syntax = "sluice"

        """
    }

    /// A word as a whole token: not part of a name (`my-allow`), an address or a path.
    static func words(_ list: [String]) -> String {
        "(?<![A-Za-z0-9_.:/-])(?:" + list.joined(separator: "|") + ")(?![A-Za-z0-9_.:/-])"
    }

    static func textMate() throws -> String {
        func rule(_ name: String, _ match: String) -> [String: Any] { ["name": name, "match": match] }
        let grammar: [String: Any] = [
            "comment": header,
            "name": "Sluice",
            "scopeName": "source.sluice",
            "fileTypes": ["sluice"],
            "patterns": ["comment", "string", "statement", "setting", "action", "keyword", "port", "protocol", "address",
                         "size", "duration", "rate"].map { ["include": "#" + $0] },
            "repository": [
                "comment": rule("comment.line.number-sign.sluice", "#.*$"),
                "string": ["name": "string.quoted.double.sluice", "begin": "\"", "end": "\"|$",
                           "patterns": [rule("constant.character.escape.sluice", #"\\["\\]"#)]],
                "statement": rule("keyword.control.statement.sluice", words(statements)),
                "setting": rule("storage.type.setting.sluice", words(settings)),
                "action": rule("storage.type.action.sluice", words(actions)),
                "keyword": rule("keyword.other.sluice", words(others)),
                "protocol": rule("constant.language.protocol.sluice", words(protocols)),
                "address": rule("constant.numeric.address.sluice",
                                #"(?<![A-Za-z0-9_-])[0-9A-Fa-f]*[.:][0-9A-Fa-f.:]*(?:/[0-9]+)?(?:-[0-9A-Fa-f.:]+)?"#),
                "port": rule("constant.other.port.sluice", #"(?<![A-Za-z0-9_-])(?:tcp|udp)/[0-9]+(?:-[0-9]+)?\b"#),
                "size": rule("constant.numeric.size.sluice", #"\b[0-9]+(?:\.[0-9]+)?\s*(?:[KMGT]i?)?B\b"#),
                "duration": rule("constant.numeric.duration.sluice", #"\b[0-9]+[smhdw]\b"#),
                "rate": rule("constant.numeric.rate.sluice", #"\b[0-9]+/(?:second|minute|hour)\b"#),
            ] as [String: Any],
        ]
        let data = try JSONSerialization.data(withJSONObject: grammar, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func highlights() -> String {
        func quoted(_ list: [String]) -> String { list.map { "  \"\($0)\"" }.joined(separator: "\n") }
        return """
            ; \(header)
            [
            \(quoted(statements))
            ] @keyword

            [
            \(quoted(settings + actions))
            ] @function.builtin

            [
            \(quoted(others))
            ] @keyword.operator

            [
            \(quoted(protocols))
            ] @constant

            (comment) @comment
            (string) @string
            (address) @number
            (port) @constant
            (size) @number
            (duration) @number
            (rate) @number
            (identifier) @variable
            ["{" "}"] @punctuation.bracket
            ["," ";"] @punctuation.delimiter

            """
    }

    static func check(_ actual: String, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = root.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["SLUICE_RECORD_EDITORS"] == "1" {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("wrote \(path); review it, then run the tests again", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not write \(path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        let committed = try? String(contentsOf: url, encoding: .utf8)
        #expect(committed == actual, "\(path) is not what Keyword.swift gives: run scripts/editors", sourceLocation: sourceLocation)
    }

    @Test("the vim syntax, the TextMate grammar and the tree-sitter highlights are current")
    func generatedFilesAreCurrent() throws {
        Self.check(Self.vim(), "editors/vim/syntax/sluice.vim")
        Self.check(try Self.textMate(), "editors/vscode/syntaxes/sluice.tmLanguage.json")
        Self.check(Self.highlights(), "editors/tree-sitter-sluice/queries/highlights.scm")
    }

    @Test("the tree-sitter grammar spells every reserved word, and the unreserved settings")
    func treeSitterGrammarHasEveryKeyword() throws {
        let grammar = try String(contentsOf: Self.root.appendingPathComponent("editors/tree-sitter-sluice/grammar.js"),
                                 encoding: .utf8)
        for word in Keyword.all.union(Keyword.unreservedSettings).sorted() {
            #expect(grammar.contains("'\(word)'"), "editors/tree-sitter-sluice/grammar.js never uses '\(word)'")
        }
    }

    @Test("the TextMate patterns are valid regular expressions that find the keywords and values")
    func textMatePatternsMatch() throws {
        let sample = #"allow my-allow, self to 192.0.2.1 on tcp/443 quota 2 GiB per 30d per host # log"#
        func matches(_ pattern: String) throws -> [String] {
            let regex = try NSRegularExpression(pattern: pattern)
            return regex.matches(in: sample, range: NSRange(sample.startIndex..., in: sample)).compactMap {
                Range($0.range, in: sample).map { String(sample[$0]) }
            }
        }
        #expect(try matches(Self.words(Self.statements)) == ["allow", "on", "quota"])
        #expect(try matches(Self.words(Self.others)) == ["self", "to", "per", "per", "host"])
        #expect(try matches(#"(?<![A-Za-z0-9_-])(?:tcp|udp)/[0-9]+(?:-[0-9]+)?\b"#) == ["tcp/443"])
    }
}
