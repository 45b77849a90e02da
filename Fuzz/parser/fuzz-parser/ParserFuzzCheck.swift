import SluiceLanguage

/// One fuzz input through the whole policy front end, the way `sluice check` reads a file:
/// decode, lex, parse, include, resolve, validate, render. Every property that must hold for any
/// input is a `precondition`, so that a violation is a crash libFuzzer reports and keeps.
enum ParserFuzzCheck {
    /// A file the input may include (`include "inc/*.sluice"`), so includes are exercised too.
    static let included = "group inc 10.9.0.0/16, fd00:9::/64\nallow inc to 192.0.2.9 on tcp/22\n"

    static func run(_ input: UnsafeBufferPointer<UInt8>) {
        // The loader only ever sees valid UTF-8: a file that is not is refused when it is read.
        let text = String(decoding: input, as: UTF8.self)
        let files = InMemoryFileSystem(["fuzz.sluice": text, "inc/a.sluice": included])
        let loader = PolicyLoader(fileSystem: files)
        let result = loader.load(path: "fuzz.sluice")

        let hasErrors = result.diagnostics.contains { $0.severity == .error }
        precondition((result.policy == nil) == hasErrors, "a policy is refused exactly when it has an error")
        var lengths: [String: [Int]] = [:]
        for source in result.sources {
            var perLine = [0]
            for scalar in source.text.unicodeScalars {
                if scalar == "\n" { perLine.append(0) } else { perLine[perLine.count - 1] += 1 }
            }
            lengths[source.path] = perLine
        }
        for diagnostic in result.diagnostics {
            for location in [diagnostic.location] + diagnostic.notes.compactMap(\.location) {
                // A file that is not shown (not a policy, unreadable) has no lines to point into.
                guard let perLine = lengths[location.file] else { continue }
                precondition(location.line >= 1 && location.line <= perLine.count, "a line outside the file")
                precondition(location.column >= 1 && location.column <= perLine[location.line - 1] + 1,
                             "a column outside the line")
            }
        }
        let rendered = DiagnosticRenderer.render(result.diagnostics, sources: result.sources)
        precondition(rendered.unicodeScalars.allSatisfy { $0 == "\n" || DisplayText.escape($0) == nil },
                     "rendered diagnostics hold a raw control or bidirectional character")

        let again = loader.load(path: "fuzz.sluice")
        precondition(again.diagnostics == result.diagnostics && again.policy == result.policy,
                     "the same input gives the same result")
    }
}
