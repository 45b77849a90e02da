/// One action of an `on exceed` block.
public enum ExceedAction: Hashable, Sendable, Codable {
    /// Drop every egress packet of the host; `seconds` nil means until `sluice release`.
    case block(seconds: UInt64?)
    /// Drop every packet from or to the host except management traffic.
    case isolate(seconds: UInt64?)
    /// Tell someone.
    case alert([AlertSink])
}
