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
        func bucket(_ address: IPAddress) -> AddressRange {
            AddressRange(prefix: address, length: address.family == .ipv4 ? maxPrefix4 : maxPrefix6)
        }
        var buckets: [AddressRange: Set<IPAddress>] = [:]
        for address in addresses { buckets[bucket(address), default: []].insert(address) }
        // A covering prefix lies within its bucket, so only the keep-out addresses of that bucket can
        // fall in it: the caller passes every destination of the other port sets, thousands at a site.
        var keptOut: [AddressRange: [IPAddress]] = [:]
        for address in keepOut where buckets[bucket(address)] != nil { keptOut[bucket(address), default: []].append(address) }
        var out: [AddressRange] = []
        for (range, members) in buckets {
            guard let low = members.min(), let high = members.max() else { continue }
            let prefix = covering(low, high)
            let blocked = keptOut[range, default: []].contains(where: prefix.contains)
            if members.count > 1, blocked || keepOutRanges.contains(where: prefix.overlaps) {
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
