import Foundation
import Testing

/// The code's own size rules, over every Swift file of the package (sources, tools, benchmarks,
/// fuzzers, tests): no file over 400 lines; no function over 60 lines unless it is a table of
/// cases that says so ("reads better whole" or "table of cases" in a comment at its head); no
/// `try!` outside the tests.
@Suite struct StyleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folders = ["Sources", "Tools", "bench", "Fuzz", "Tests"]

    /// Every Swift file under the folders, as (path from the root, text): read once for all the tests.
    static let sources = Result { try readFiles() }

    private static func readFiles() throws -> [(path: String, text: String)] {
        var out: [(String, String)] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let relative as String in walk where relative.hasSuffix(".swift") {
                out.append((folder + "/" + relative, try String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8)))
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }

    @Test func noFileIsOver400Lines() throws {
        let files = try Self.sources.get()
        #expect(files.count > 500, "the package's Swift files were not found under \(Self.root.path)")
        for (path, text) in files {
            let count = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
            #expect(count <= 400, "\(path) has \(count) lines")
        }
    }

    @Test func longFunctionsAreTablesThatSaySo() throws {
        for (path, text) in try Self.sources.get() {
            let source = SwiftSourceScanner(text)
            for function in source.functions where function.length > 60 {
                let head = source.lines[max(0, function.line - 5)..<min(source.lines.count, function.line + 4)]
                    .joined(separator: " ").lowercased()
                #expect(head.contains("reads better whole") || head.contains("table of cases"),
                        "\(path):\(function.line): \(function.length) lines: \(function.declaration)")
            }
        }
    }

    @Test func noTryBangOutsideTheTests() throws {
        for (path, text) in try Self.sources.get() where !path.hasPrefix("Tests/") {
            for (index, line) in SwiftSourceScanner(text).code.enumerated() where line.contains("try!") {
                Issue.record("\(path):\(index + 1): try! \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
    }

    /// The scanner itself: comments and strings do not count, bodies do, requirements have none.
    @Test func theScannerCountsBodiesNotCommentsOrStrings() {
        let source = SwiftSourceScanner("""
            protocol P {
                func required() -> Int
            }
            struct S {
                // func notReal() {
                func two(_ f: () -> Void = { }) -> String {
                    let text = "}}} { func fake() {"
                    return \"\"\"
                        { unbalanced
                        \"\"\" + text
                }
                init?(x: Int) { nil }
            }
            """)
        #expect(source.functions.map(\.line) == [6, 12])
        #expect(source.functions.map(\.length) == [6, 1])
    }
}
