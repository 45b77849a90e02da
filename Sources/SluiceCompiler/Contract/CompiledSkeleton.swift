import SluiceLanguage

/// A `CompiledPolicy` as `CompiledPolicyCodec` stores it: the model value with its address lists
/// taken out (the plain address elements of sets, and the addresses of groups), encoded through the
/// model's own `Codable` so that fields the model gains later are kept without this type knowing
/// them; the lists go to one stream of records, aligned by `sets` and `groups`.
///
/// A list is taken out only when it can be restored exactly: set elements that carry nothing but
/// their address key (checked by comparing with a bare `SetElement`, so no element state can be
/// lost), IPv4 ranges before IPv6 ones.
struct CompiledSkeleton: Codable {
    /// The format name, first, so a reader can refuse what it does not know before decoding more.
    var format: String
    /// The Sluice release that compiled it.
    var compiler: String
    /// The policy with the packed lists emptied.
    var compiled: CompiledPolicy
    /// One entry per `ruleset.sets`: the shape of its packed elements, or nil where they stayed.
    var sets: [AddressListShape?]
    /// One entry per `groups`: the shape of its packed addresses, or nil.
    var groups: [AddressListShape?]

    /// Splits a compiled policy into its skeleton and the record bytes of its address lists.
    static func split(_ compiled: CompiledPolicy, format: String, compiler: String) -> (CompiledSkeleton, [UInt8]) {
        var stripped = compiled
        var lists: [[AddressRange]] = []
        var sets: [AddressListShape?] = []
        for i in stripped.ruleset.sets.indices {
            let elements = stripped.ruleset.sets[i].elements
            guard !elements.isEmpty, let ranges = addressKeys(elements), let shape = shape(ranges) else {
                sets.append(nil)
                continue
            }
            stripped.ruleset.sets[i].elements = []
            sets.append(shape)
            lists.append(ranges)
        }
        var groups: [AddressListShape?] = []
        for i in stripped.groups.indices {
            let addresses = stripped.groups[i].addresses
            guard !addresses.isEmpty, let shape = shape(addresses) else {
                groups.append(nil)
                continue
            }
            stripped.groups[i].addresses = []
            groups.append(shape)
            lists.append(addresses)
        }
        let size = (sets + groups).reduce(0) { $0 + ($1?.byteCount ?? 0) }
        let records = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var offset = 0
            let raw = UnsafeMutableRawBufferPointer(buffer)
            for list in lists {
                let split = list.firstIndex { $0.family == .ipv6 } ?? list.count
                AddressRecords.write(list[..<split], family: .ipv4, into: raw, at: &offset)
                AddressRecords.write(list[split...], family: .ipv6, into: raw, at: &offset)
            }
            count = offset
        }
        return (CompiledSkeleton(format: format, compiler: compiler, compiled: stripped, sets: sets, groups: groups), records)
    }

    /// The model value again, or nil when the records do not fit the skeleton (damaged data).
    func restored(records: UnsafeRawBufferPointer) -> CompiledPolicy? {
        var out = compiled
        guard sets.count == out.ruleset.sets.count, groups.count == out.groups.count else { return nil }
        var offset = 0
        func read(_ shape: AddressListShape) -> [AddressRange]? {
            var ranges: [AddressRange] = []
            ranges.reserveCapacity(shape.v4 + shape.v6)
            guard AddressRecords.read(records, at: &offset, family: .ipv4, count: shape.v4, into: &ranges),
                  AddressRecords.read(records, at: &offset, family: .ipv6, count: shape.v6, into: &ranges) else { return nil }
            return ranges
        }
        for (i, shape) in sets.enumerated() {
            guard let shape else { continue }
            guard out.ruleset.sets[i].elements.isEmpty, let ranges = read(shape) else { return nil }
            out.ruleset.sets[i].elements = ranges.map { SetElement(.address($0)) }
        }
        for (i, shape) in groups.enumerated() {
            guard let shape else { continue }
            guard out.groups[i].addresses.isEmpty, let ranges = read(shape) else { return nil }
            out.groups[i].addresses = ranges
        }
        return offset == records.count ? out : nil
    }

    /// The address keys of elements that are nothing but an address key; nil otherwise.
    private static func addressKeys(_ elements: [SetElement]) -> [AddressRange]? {
        var ranges: [AddressRange] = []
        ranges.reserveCapacity(elements.count)
        for element in elements {
            guard case .address(let range) = element.key, element == SetElement(element.key) else { return nil }
            ranges.append(range)
        }
        return ranges
    }

    /// The shape of ranges listed IPv4 first, then IPv6; nil for any other order, which the
    /// records could not restore exactly.
    private static func shape(_ ranges: [AddressRange]) -> AddressListShape? {
        let split = ranges.firstIndex { $0.family == .ipv6 } ?? ranges.count
        guard !ranges[split...].contains(where: { $0.family == .ipv4 }) else { return nil }
        return AddressListShape(v4: split, v6: ranges.count - split)
    }
}
