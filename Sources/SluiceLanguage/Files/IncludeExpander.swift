/// Reads the root file and, depth first, every file it includes, splicing the included statements
/// in at the `include` line (as a C preprocessor would), so declarations keep reading order.
///
/// A file is read once: a second include of the same (normalized) path is skipped, and an include of
/// a file that is still being read is a cycle. Includes nest at most `PolicyLimits.includeDepth`
/// deep: reading recurses once per level, and a chain of thousands of files must be an error at
/// an include line, not a stack overflow.
struct IncludeExpander {
    let fileSystem: any PolicyFileSystem
    private(set) var sources: [SourceFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var statements: [SyntaxStatement] = []
    private(set) var mentionedNames: Set<String> = []
    private var readPaths: Set<String> = []

    init(fileSystem: any PolicyFileSystem) {
        self.fileSystem = fileSystem
    }

    /// Reads the root policy file as the user named it.
    mutating func expand(root path: String) {
        let text: String
        do {
            text = try fileSystem.read(path)
        } catch {
            diagnostics.append(.error(.fileNotFound, "cannot read policy file '\(path)'",
                                      at: SourceLocation(file: path, line: 1, column: 1),
                                      notes: [DiagnosticNote(.note, "\(error)")]))
            return
        }
        read(display: path, text: text, chain: [])
    }

    private mutating func read(display: String, text: String, chain: [String]) {
        sources.append(SourceFile(path: display, text: text))
        readPaths.insert(PolicyPath.normalize(display))
        let bytes = Array(text.utf8)
        let lexed = Lexer.tokenize(bytes: bytes, file: display)
        let parsed = Parser.parse(bytes: bytes, tokens: lexed.tokens, file: display)
        diagnostics += lexed.diagnostics
        diagnostics += parsed.diagnostics
        mentionedNames.formUnion(parsed.mentionedNames)
        let chainHere = chain + [display]
        for statement in parsed.statements {
            guard case .include(let include) = statement else {
                statements.append(statement)
                continue
            }
            let target = PolicyPath.join(PolicyPath.directory(of: display), include.path.value)
            if chainHere.count > PolicyLimits.includeDepth {
                diagnostics.append(.error(
                    .includeTooDeep, "includes nest more than \(PolicyLimits.includeDepth) files deep",
                    at: include.path.location,
                    notes: [DiagnosticNote(.note, "include chain: \(Self.abbreviated(chainHere + [target]))"),
                            DiagnosticNote(.help, "include the files from one main file instead of from each other")]))
                continue
            }
            if GlobPattern.hasWildcards(include.path.value) {
                let found: [String]
                do {
                    found = try fileSystem.glob(target)
                } catch {
                    diagnostics.append(.error(.globTooBroad, "the include pattern '\(target)' matches too much",
                                              at: include.path.location,
                                              notes: [DiagnosticNote(.note, "\(error)"),
                                                      DiagnosticNote(.help, "name the directory of the files, such as \"conf.d/*.sluice\"")]))
                    continue
                }
                let matches = found.filter { fileSystem.isFile($0) }.sorted()
                if matches.isEmpty {
                    diagnostics.append(.warning(.emptyInclude, "no file matches '\(target)'",
                                                at: include.path.location))
                }
                for match in matches { includeFile(match, from: include, chain: chainHere) }
            } else {
                includeFile(target, from: include, chain: chainHere)
            }
        }
    }

    private mutating func includeFile(_ path: String, from include: IncludeNode, chain: [String]) {
        let key = PolicyPath.normalize(path)
        if chain.contains(where: { PolicyPath.normalize($0) == key }) {
            let cycle = (chain + [path]).joined(separator: " -> ")
            diagnostics.append(.error(.includeCycle, "include cycle: '\(path)' is already being read",
                                      at: include.path.location,
                                      notes: [DiagnosticNote(.note, "include chain: \(cycle)")]))
            return
        }
        if readPaths.contains(key) { return }
        let text: String
        do {
            text = try fileSystem.read(path)
        } catch {
            let message = fileSystem.isFile(path) ? "cannot read included file '\(path)'"
                : "included file '\(path)' does not exist"
            var notes = [DiagnosticNote(.note, "includes are read relative to the including file's directory")]
            if fileSystem.isFile(path) { notes = [DiagnosticNote(.note, "\(error)")] }
            diagnostics.append(.error(.includeNotFound, message, at: include.path.location, notes: notes))
            return
        }
        read(display: path, text: text, chain: chain)
    }

    /// A long include chain shown by its first and last files.
    private static func abbreviated(_ chain: [String]) -> String {
        guard chain.count > 6 else { return chain.joined(separator: " -> ") }
        return (chain.prefix(3) + ["... (\(chain.count - 6) more)"] + chain.suffix(3)).joined(separator: " -> ")
    }
}
