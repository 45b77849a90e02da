import SluiceLanguage

/// Learned destinations as prefixes: the addresses that share one prefix of the widest allowed
/// length (/24, /48 by default) are covered by the narrowest prefix that holds them all, so a
/// proposal never opens more than that width around what was reached.
enum PrefixAggregator {
    /// The covering prefixes of `addresses`, sorted.
    static func aggregate(_ addresses: some Sequence<IPAddress>, maxPrefix4: Int, maxPrefix6: Int) -> [AddressRange] {
        var buckets: [AddressRange: (low: IPAddress, high: IPAddress)] = [:]
        for address in addresses {
            let bucket = AddressRange(prefix: address, length: address.family == .ipv4 ? maxPrefix4 : maxPrefix6)
            let seen = buckets[bucket] ?? (address, address)
            buckets[bucket] = (min(seen.low, address), max(seen.high, address))
        }
        return buckets.values.map { covering($0.low, $0.high) }.sorted()
    }

    /// The narrowest prefix holding two addresses of one family.
    static func covering(_ a: IPAddress, _ b: IPAddress) -> AddressRange {
        let differing = 128 - (a.value ^ b.value).leadingZeroBitCount
        return AddressRange(prefix: a, length: a.family.bitWidth - differing)
    }
}
