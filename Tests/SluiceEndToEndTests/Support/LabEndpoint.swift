import SluiceLab

/// An address and port in the lab: where a listener listens (one per endpoint, shared by every
/// probe that needs it), or what a probe connects to.
struct LabEndpoint: Hashable, Sendable {
    var address: LabAddress
    var port: UInt16
}
