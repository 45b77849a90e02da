import Foundation
import SluiceCompiler

/// One denied egress attempt the ruleset logged (`log denied`): recorded by flow accounting per
/// hour, so that `sluice report` can list them.
public struct DeniedNote: Hashable, Sendable {
    public var time: Date
    public var host: HostID
    public var destination: DeniedDestination

    /// Creates a note.
    public init(time: Date, host: HostID, destination: DeniedDestination) {
        self.time = time
        self.host = host
        self.destination = destination
    }
}
