/// Reads the root file and, depth first, every file it includes, splicing the included statements
/// in at the `include` line (as a C preprocessor would), so declarations keep reading order.
///
/// A file is read once: a second include of the same file (by `PolicyFileIdentity`, so also under
/// another name: a symlink, `../dir/`, an absolute path) is skipped, and an include of a file that
/// is still being read is a cycle. Includes nest at most `PolicyLimits.includeDepth`
/// deep: reading recurses once per level, and a chain of thousands of files must be an error at
/// an include line, not a stack overflow.
struct IncludeExpander {
    let fileSystem: any PolicyFileSystem
    private(set) var sources: [SourceFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var statements: [SyntaxStatement] = []
    private(set) var mentionedNames: Set<String> = []
    private var readFiles: Set<PolicyFileIdentity> = []

    /// A file being read: how it is shown, and which file it is.
    private struct Reading {
        let display: String
        let identity: PolicyFileIdentity
    }

    /// Parses of unchanged statements from earlier runs (`SegmentedParse`), when given.
    let statementCache: (any StatementCache)?

    init(fileSystem: any PolicyFileSystem, statementCache: (any StatementCache)? = nil) {
        self.fileSystem = fileSystem
        self.statementCache = statementCache
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
        let identity = fileSystem.identity(of: path) ?? .path(PolicyPath.normalize(path))
        read(Reading(display: path, identity: identity), text: text, chain: [], from: nil)
    }

    /// Reads one file and, depth first, what it includes. `include` is where it was included
    /// from (nil for the root).
    private mutating func read(_ file: Reading, text: String, chain: [Reading], from include: IncludeNode?) {
        let display = file.display
        readFiles.insert(file.identity)
        let bytes = Array(text.utf8)
        let parsed: ParsedFile
        if let statementCache, let segmented = SegmentedParse.parse(bytes: bytes, file: display, cache: statementCache) {
            parsed = segmented
        } else {
            let lexed = Lexer.tokenize(bytes: bytes, file: display)
            if let problem = PolicyShape.problem(bytes: bytes, tokens: lexed.tokens) {
                // Not kept in `sources`: no line of it is ever shown, or stored with an applied version.
                reportNotAPolicy(display, problem, from: include)
                return
            }
            parsed = Parser.parse(bytes: bytes, tokens: lexed.tokens, file: display)
            diagnostics += lexed.diagnostics
        }
        sources.append(SourceFile(path: display, text: text))
        diagnostics += parsed.diagnostics
        mentionedNames.formUnion(parsed.mentionedNames)
        let chainHere = chain + [file]
        for statement in parsed.statements {
            guard case .include(let include) = statement else {
                statements.append(statement)
                continue
            }
            // The lexer already reported what is wrong with the path.
            if include.isPoisoned { continue }
            let target = PolicyPath.join(PolicyPath.directory(of: display), include.path.value)
            if chainHere.count > PolicyLimits.includeDepth {
                diagnostics.append(.error(
                    .includeTooDeep, "includes nest more than \(PolicyLimits.includeDepth) files deep",
                    at: include.path.location,
                    notes: [DiagnosticNote(.note, "include chain: \(Self.abbreviated(chainHere.map(\.display) + [target]))"),
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

    private mutating func includeFile(_ path: String, from include: IncludeNode, chain: [Reading]) {
        guard let identity = fileSystem.identity(of: path) else {
            diagnostics.append(.error(.includeNotFound, "included file '\(path)' does not exist", at: include.path.location,
                                      notes: [DiagnosticNote(.note, "includes are read relative to the including file's directory")]))
            return
        }
        if chain.contains(where: { $0.identity == identity }) {
            let cycle = (chain.map(\.display) + [path]).joined(separator: " -> ")
            diagnostics.append(.error(.includeCycle, "include cycle: '\(path)' is already being read",
                                      at: include.path.location,
                                      notes: [DiagnosticNote(.note, "include chain: \(cycle)")]))
            return
        }
        if readFiles.contains(identity) { return }
        let text: String
        do {
            text = try fileSystem.read(path)
        } catch {
            diagnostics.append(.error(.includeNotFound, "cannot read included file '\(path)'", at: include.path.location,
                                      notes: [DiagnosticNote(.note, "\(error)")]))
            return
        }
        read(Reading(display: path, identity: identity), text: text, chain: chain, from: include)
    }

    private mutating func reportNotAPolicy(_ display: String, _ problem: (reason: String, line: Int, column: Int),
                                           from include: IncludeNode?) {
        diagnostics.append(PolicyShape.diagnostic(display, problem, includedAt: include?.path.location))
    }

    /// A long include chain shown by its first and last files.
    private static func abbreviated(_ chain: [String]) -> String {
        guard chain.count > 6 else { return chain.joined(separator: " -> ") }
        return (chain.prefix(3) + ["... (\(chain.count - 6) more)"] + chain.suffix(3)).joined(separator: " -> ")
    }
}
