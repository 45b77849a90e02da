import SluiceLab

/// Where a lab listener listens: one per address and port, shared by every probe that needs it.
struct ListenerKey: Hashable, Sendable {
    var address: LabAddress
    var port: UInt16
}
