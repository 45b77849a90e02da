import SluiceCompiler
import SluiceLanguage

/// A policy set's elements as sorted numeric keys only (no timeouts, comments or runtime state):
/// how the state cache keeps large sets, so loading 100k of them does not build 100k values.
struct PackedElements: Hashable {
    var keyType: SetKeyType
    var keys: [NumericKeys.Key]

    /// Packs elements of a set of `keyType`; nil when they carry more than keys, are not sorted,
    /// or the type has no numeric keys.
    init?(_ elements: [SetElement], keyType: SetKeyType) {
        guard keyType != .ifname, let numeric = NumericKeys(elements), numeric.sorted, !numeric.extras else { return nil }
        self.keyType = keyType
        keys = numeric.keys
    }

    init(keyType: SetKeyType, keys: [NumericKeys.Key]) {
        self.keyType = keyType
        self.keys = keys
    }

    /// The element at `index`.
    func element(_ index: Int) -> SetElement? {
        let k = keys[index]
        switch keyType {
        case .ipv4Addr, .ipv6Addr:
            let family: AddressFamily = keyType == .ipv4Addr ? .ipv4 : .ipv6
            guard let r = AddressRange(lower: IPAddress(family: family, value: k.lower),
                                       upper: IPAddress(family: family, value: k.upper)) else { return nil }
            return SetElement(.address(r))
        case .inetService:
            guard k.upper <= UInt128(UInt16.max), k.lower <= k.upper else { return nil }
            return SetElement(.ports(UInt16(k.lower)...UInt16(k.upper)))
        case .inetProto:
            return SetElement(.l4proto(UInt8(truncatingIfNeeded: k.lower)))
        case .nfproto:
            return SetElement(.nfproto(UInt8(truncatingIfNeeded: k.lower)))
        case .uid:
            return SetElement(.uid(UInt32(truncatingIfNeeded: k.lower)))
        case .ifname:
            return nil
        }
    }

    /// Every element, as values.
    var elements: [SetElement] { keys.indices.compactMap(element) }

    /// Bytes per bound in the cache file.
    var width: Int {
        switch keyType {
        case .ipv4Addr, .uid: 4
        case .ipv6Addr: 16
        case .inetService: 2
        case .inetProto, .nfproto, .ifname: 1
        }
    }
}
