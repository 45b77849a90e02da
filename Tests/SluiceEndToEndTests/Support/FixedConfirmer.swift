import SluiceLanguage
import SluiceWatch

/// A `dns` server, as the watcher's own question finds it, that gives `addresses` for every
/// name: for tests of what happens after an answer is confirmed (the confirmation's own tests
/// ask a real server: `WatchKernelTests+ForgedAnswer`).
struct FixedConfirmer: NameConfirmer {
    var addresses: Set<IPAddress>

    func confirm(name: String, type: NameQuery.RecordType, server: IPAddress) -> NameConfirmation? {
        NameConfirmation(addresses: addresses, ttl: 60)
    }

    func takeDeferred() -> [(id: UInt32, packet: [UInt8])] { [] }
}
