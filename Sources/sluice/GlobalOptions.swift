import ArgumentParser
import Foundation

/// Options every command that touches the kernel or the state directory takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The nftables table Sluice owns (inet family).")
    var table: String = "sluice"

    @Option(name: .customLong("state-dir"), help: "Where applied versions, usage and incidents are kept.")
    var stateDirectory: String = "/var/lib/sluice"

    /// The state directory as an absolute path, for a process that outlives this one's working
    /// directory (the confirmation timer: a relative path moved away had it make a new, empty
    /// directory in its place).
    var absoluteStateDirectory: String {
        if stateDirectory.hasPrefix("/") { return stateDirectory }
        return FileManager.default.currentDirectoryPath + "/" + stateDirectory
    }

    func validate() throws {
        // Table names end up in NFLOG prefixes (at most 127 bytes) and in file names.
        let allowed = table.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c == 0x5f || c == 0x2d
        }
        guard !table.isEmpty, table.count <= 32, allowed, table.first != "-" else {
            throw ValidationError("--table must be 1-32 letters, digits, '_' or '-'")
        }
    }
}
