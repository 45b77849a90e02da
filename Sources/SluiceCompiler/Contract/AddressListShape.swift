/// How many ranges of each family one packed address list holds, in the skeleton of a stored
/// compiled policy (`CompiledSkeleton`); the ranges themselves are records (`AddressRecords`),
/// IPv4 first.
struct AddressListShape: Codable, Hashable, Sendable {
    var v4: Int
    var v6: Int

    /// The record bytes the list takes.
    var byteCount: Int { v4 * AddressRecords.width(.ipv4) + v6 * AddressRecords.width(.ipv6) }
}
