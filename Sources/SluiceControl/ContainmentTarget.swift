import SluiceCompiler
import SluiceLanguage
import SluiceStore

/// A host to contain, with the kernel sets and elements that hold it.
struct ContainmentTarget {
    /// The host as the store keeps it: a canonical address, or `self`.
    var host: String
    /// (set, element key) for each set the containment kind uses.
    var entries: [(set: String, key: ElementKey)]

    /// Resolves `text` (an address or `self`) against the live policy's containment sets.
    init(_ text: String, kind: ContainmentKind, binding: ContainmentBinding) throws(ControlError) {
        if text == Group.selfName {
            guard let set = kind == .block ? binding.blockedSelf : binding.isolatedSelf else { throw .noSelfGroup }
            host = Group.selfName
            // Both families of this machine's own traffic.
            entries = [(set, .nfproto(2)), (set, .nfproto(10))]
            return
        }
        guard let address = IPAddress(text) else { throw .badHost(text) }
        host = address.description
        let set: String
        switch (kind, address.family) {
        case (.block, .ipv4): set = binding.blockedV4
        case (.block, .ipv6): set = binding.blockedV6
        case (.isolate, .ipv4): set = binding.isolatedV4
        case (.isolate, .ipv6): set = binding.isolatedV6
        }
        entries = [(set, .address(AddressRange(address)))]
    }
}
