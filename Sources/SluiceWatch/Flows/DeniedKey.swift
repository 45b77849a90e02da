import SluiceCompiler
import SluiceLanguage

/// What one hour of denied attempts is about: the host, destination, protocol and port.
struct DeniedKey: Hashable {
    var hour: Int64
    var host: HostID
    var destination: IPAddress
    var transport: UInt8
    var port: UInt16
}
