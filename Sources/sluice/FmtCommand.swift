import ArgumentParser
import Glibc
import SluiceLanguage
import SluiceSystem

/// `sluice fmt [--check] FILE...`: rewrite policies in the canonical layout.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite policy files in the canonical layout (or, with --check, report the ones that are not).",
        discussion: """
            One statement per line, blocks indented by two spaces, statements that start with the same \
            word aligned, lists continued under their first item and wrapped at 100 columns, comments \
            kept where they were. Formatting never changes what a policy means. A file that does not \
            parse is left alone and reported; files are replaced atomically. `-` formats standard input \
            to standard output.

            Exit 0 when every file is (now) formatted; 1 when --check finds a file that would change \
            (a diff is printed) or a file does not parse; 3 when a file cannot be written.

            Examples:
              sluice fmt /etc/sluice/site.sluice
              sluice fmt --check policies/*.sluice
            """)

    @Flag(help: "Change nothing; print a diff and exit 1 when a file is not in the canonical layout.")
    var check = false

    @Argument(help: "Policy files to format ('-' for standard input).")
    var files: [String]

    func run() throws {
        var refused = false
        for path in files {
            let text: String
            do {
                text = path == "-" ? try Self.standardInput() : try LocalFileSystem().read(path)
            } catch {
                Output.err("\(path): error: cannot read the file: \(error)\n")
                refused = true
                continue
            }
            switch PolicyFormatter.format(text, file: path) {
            case .refused(let diagnostics):
                // A file that is not a policy (`sluice fmt /etc/shadow` as root) shows no line of itself.
                let foreign = diagnostics.contains { $0.id == .notAPolicy }
                Output.err(DiagnosticRenderer.render(diagnostics, sources: foreign ? [] : [SourceFile(path: path, text: text)]))
                Output.err("\(path): not formatted: fix the errors first\n")
                refused = true
            case .formatted(let formatted) where check:
                let diff = LineDiff.unified(text, formatted, oldName: path, newName: "\(path) (formatted)")
                if !diff.isEmpty {
                    Output.out(diff)
                    refused = true
                }
            case .formatted(let formatted) where path == "-":
                Output.out(formatted)
            case .formatted(let formatted):
                if formatted != text { try Self.replace(path, was: text, with: formatted) }
            }
        }
        if refused { throw SluiceExit.refused }
    }

    /// Writes `formatted` over the file `path` names (through a symbolic link, to its target),
    /// atomically, keeping its permissions and owner; refuses when the file changed since it was read.
    static func replace(_ path: String, was original: String, with formatted: String) throws {
        guard let resolved = realpath(path, nil) else {
            Output.err("\(path): error: cannot resolve the path: \(String(cString: strerror(errno)))\n")
            throw SluiceExit.system
        }
        let target = String(cString: resolved)
        free(resolved)
        var info = stat()
        guard stat(target, &info) == 0 else {
            Output.err("\(path): error: cannot look at the file: \(String(cString: strerror(errno)))\n")
            throw SluiceExit.system
        }
        guard (try? LocalFileSystem().read(target)) == original else {
            Output.err("\(path): error: the file changed while it was being formatted; it was left as it is\n")
            throw SluiceExit.refused
        }
        do {
            try AtomicFile.write(Array(formatted.utf8), to: target, mode: info.st_mode & 0o7777)
        } catch {
            Output.err("\(path): error: \(error)\n")
            throw SluiceExit.system
        }
        // The temporary file was created under the umask and as this user: put back what the file had.
        _ = chmod(target, info.st_mode & 0o7777)
        _ = chown(target, info.st_uid, info.st_gid)
    }

    /// All of standard input as text; refused when it is not UTF-8, as a file would be.
    static func standardInput() throws -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw StandardInputError() }
        return text
    }

    /// Standard input that is not UTF-8.
    struct StandardInputError: Error, CustomStringConvertible {
        var description: String { "standard input is not UTF-8 text" }
    }
}
