import Foundation
import SluiceCompiler
import SluiceLanguage

extension WatchStatus {
    /// Each learned name of the store at `time` (an address admitted to several destinations
    /// counts once, with its latest expiry), and whether it is at `binding`'s cap.
    static func names(_ stored: [StoredName], binding: DNSBinding) -> [NameStatus] {
        var byName: [String: (destinations: Set<String>, expiries: [IPAddress: Date])] = [:]
        for record in stored {
            var entry = byName[record.name] ?? ([], [:])
            entry.destinations.insert(record.destination)
            entry.expiries[record.address] = max(entry.expiries[record.address] ?? record.expires, record.expires)
            byName[record.name] = entry
        }
        return byName.keys.sorted().compactMap { name in
            guard let entry = byName[name] else { return nil }
            let addresses = entry.expiries.sorted { $0.key < $1.key }.map { LearnedAddressStatus(address: $0.key, expires: $0.value) }
            return NameStatus(name: name, destinations: entry.destinations.sorted(), addresses: addresses,
                              atCap: addresses.count >= binding.addressesPerName)
        }
    }
}
