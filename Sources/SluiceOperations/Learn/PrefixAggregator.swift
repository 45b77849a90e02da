import SluiceLanguage

/// Learned destinations as prefixes: the addresses that share one prefix of the widest allowed
/// length (/24, /48 by default) are covered by the narrowest prefix that holds them all, so a
/// proposal never opens more than that width around what was reached. A covering prefix that
/// would hold a `keepOut` address gives way to the addresses themselves, so that no address
/// gets the services another one was reached on; so does one that would overlap a `keepOutRanges`
/// range (the site's inside networks, which no allow may name).
enum PrefixAggregator {
    /// The covering prefixes of `addresses`, sorted.
    static func aggregate(_ addresses: some Sequence<IPAddress>, maxPrefix4: Int, maxPrefix6: Int,
                          keepOut: [IPAddress] = [], keepOutRanges: [AddressRange] = []) -> [AddressRange] {
        var buckets: [AddressRange: Set<IPAddress>] = [:]
        for address in addresses {
            buckets[AddressRange(prefix: address, length: address.family == .ipv4 ? maxPrefix4 : maxPrefix6), default: []].insert(address)
        }
        var out: [AddressRange] = []
        for members in buckets.values {
            guard let low = members.min(), let high = members.max() else { continue }
            let prefix = covering(low, high)
            if members.count > 1, keepOut.contains(where: prefix.contains) || keepOutRanges.contains(where: prefix.overlaps) {
                out += members.map { covering($0, $0) }
            } else {
                out.append(prefix)
            }
        }
        return out.sorted()
    }

    /// The narrowest prefix holding two addresses of one family.
    static func covering(_ a: IPAddress, _ b: IPAddress) -> AddressRange {
        let differing = 128 - (a.value ^ b.value).leadingZeroBitCount
        return AddressRange(prefix: a, length: a.family.bitWidth - differing)
    }
}
