import ArgumentParser
import Foundation
import Glibc
import SluiceCompiler
import SluiceOperations

/// The detached timer of `apply --confirm`: rolls back unless `sluice confirm` comes in time.
struct ConfirmTimerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_confirm-timer", shouldDisplay: false)

    @Option var version: Int64
    @OptionGroup var global: GlobalOptions

    func run() throws {
        // Opening the store makes a missing directory: one moved away already must not be
        // replaced by an empty one that says nothing is pending.
        guard FileManager.default.fileExists(atPath: global.stateDirectory) else {
            Self.tell("the state directory \(global.stateDirectory) was gone before the timer of version \(version) started: nothing restores the previous version")
            throw SluiceExit.trouble
        }
        try OperationFailure.run { () throws(OperationError) in
            let operations = try TableOperations(table: global.table, stateDirectory: global.stateDirectory)
            // Read now, while the state directory is there: the deadline must hold if it is moved
            // or deleted before it comes (tester G: the timer exited without restoring, and left
            // no word of it anywhere).
            guard let fallback = try operations.confirmationFallback(of: version) else { return }
            Output.out("waiting for `sluice confirm` of version \(version) until \(RFC3339.formatSeconds(fallback.deadline))\n")
            let stillHere = { operations.stateDirectoryIsStill(fallback) }
            do throws(OperationError) {
                if let expired = try operations.expireConfirmation(of: version, stillHere: stillHere) {
                    // A first apply leaves no version to restore: its removal is told here, or nowhere.
                    let what = expired.report.map { "restored version \($0.version?.rolledBackTo ?? 0)" }
                        ?? "removed table inet \(global.table) (no version came before it)"
                    Output.out("version \(version) was not confirmed by \(RFC3339.formatSeconds(expired.pending.deadline)); \(what)\n")
                }
                if stillHere() { return }
            } catch {
                if stillHere() { throw error }
            }
            let restored = try operations.enforce(fallback)
            let what = fallback.restoreVersion.map { "restored version \($0)'s ruleset" } ?? "removed table inet \(global.table)"
            Self.tell(restored
                ? "version \(version) was not confirmed and the state directory \(global.stateDirectory) is gone: \(what) without recording it"
                : "version \(version) was not confirmed and the state directory \(global.stateDirectory) is gone; the kernel no longer runs that version, so it was left as it is")
        }
    }

    /// On standard error (the timer's log, which may be gone with the directory) and in the
    /// system log.
    private static func tell(_ message: String) {
        Output.err("warning: \(message)\n")
        openlog("sluice", LOG_PID, LOG_DAEMON)
        message.withCString { text in withVaList([text]) { vsyslog(LOG_WARNING, "%s", $0) } }
    }
}
