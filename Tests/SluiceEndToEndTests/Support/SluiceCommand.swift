@testable import SluiceLab

/// Runs the built `sluice` executable, the way a user would.
enum SluiceCommand {
    /// `sluice explain POLICY SRC DST PORT` for exactly the probe's traffic.
    static func explain(_ policy: String, _ probe: FlowProbe) throws -> CommandResult {
        try Subprocess.run([try TestEnvironment.sluiceExecutable(), "explain", policy, probe.source.description,
                            probe.destination.description, probe.portSpec.description], timeout: .seconds(60))
    }

    /// The first word `explain` prints: the verdict.
    static func firstWord(_ result: CommandResult) -> String {
        String(result.standardOutput.prefix { !$0.isWhitespace })
    }
}
