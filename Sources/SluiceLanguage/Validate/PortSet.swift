/// The set of protocol/port pairs a list of port items admits, normalized per protocol,
/// so that coverage between rules compares real port sets.
struct PortSet: Sendable, Hashable {
    /// Per transport (in `Transport.allCases` order), sorted disjoint port ranges; ICMP uses 0...65535.
    private(set) var ranges: [[ClosedRange<Int>]]

    /// Every protocol and port.
    static let everything = PortSet(Transport.allCases.map { PortSpec($0) })

    init(_ specs: [PortSpec]) {
        var perTransport = [[ClosedRange<Int>]](repeating: [], count: Transport.allCases.count)
        for spec in specs {
            guard let slot = Transport.allCases.firstIndex(of: spec.transport) else { continue }
            let r = spec.portRange
            perTransport[slot].append(Int(r.lowerBound)...Int(r.upperBound))
        }
        ranges = perTransport.map(PortSet.merge)
    }

    /// Sorted, merged ranges (adjacent ones joined).
    static func merge(_ list: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        for r in list.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            if let last = out.last, r.lowerBound <= last.upperBound + 1 {
                out[out.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// The port specs of this set, one per merged range, in protocol order.
    var specs: [PortSpec] {
        var out: [PortSpec] = []
        for (slot, transport) in Transport.allCases.enumerated() {
            for r in ranges[slot] {
                if !transport.hasPorts || (r.lowerBound <= 1 && r.upperBound == 65535) {
                    out.append(PortSpec(transport))
                } else {
                    out.append(PortSpec(transport, ports: UInt16(r.lowerBound)...UInt16(r.upperBound)))
                }
            }
        }
        return out
    }

    /// Whether some protocol of the set can occur in `family`.
    func admitsAnything(in family: AddressFamily) -> Bool {
        Transport.allCases.indices.contains { slot in
            let t = Transport.allCases[slot]
            return (t.family == nil || t.family == family) && !ranges[slot].isEmpty
        }
    }

    /// Whether everything this set admits in `family` is also admitted by `other`.
    func isCovered(by other: PortSet, in family: AddressFamily) -> Bool {
        for (slot, t) in Transport.allCases.enumerated() where t.family == nil || t.family == family {
            var j = 0
            let theirs = other.ranges[slot]
            for r in ranges[slot] {
                // Port 0 never occurs on the wire; a whole-protocol item starts at 0 or 1.
                let low = max(r.lowerBound, 1)
                guard low <= r.upperBound else { continue }
                while j < theirs.count && theirs[j].upperBound < low { j += 1 }
                guard j < theirs.count, max(theirs[j].lowerBound, 1) <= low, r.upperBound <= theirs[j].upperBound else {
                    return false
                }
            }
        }
        return true
    }

    /// Whether the set is every protocol and every port.
    var isEverything: Bool {
        Transport.allCases.indices.allSatisfy { slot in
            ranges[slot].count == 1 && ranges[slot][0].lowerBound <= 1 && ranges[slot][0].upperBound == 65535
        }
    }
}
