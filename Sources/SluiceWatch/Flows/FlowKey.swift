import SluiceCompiler
import SluiceLanguage

/// What one flow rollup is about: an hour, a sending host, a destination, a protocol and port,
/// and the verdict.
struct FlowKey: Hashable {
    /// Unix seconds of the hour's start.
    var hour: Int64
    var host: HostID
    var destination: IPAddress
    var transport: UInt8
    var port: UInt16
    var verdict: FlowVerdict
}
