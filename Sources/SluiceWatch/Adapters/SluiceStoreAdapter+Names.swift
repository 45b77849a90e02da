import Foundation
import SluiceLanguage
import SluiceStore

extension SluiceStoreAdapter {
    /// The table's learned elements that have not expired at `time`.
    public func learnedNames(table: String, at time: Date) throws -> [StoredName] {
        try store.learnedNames(table: table, at: time).map { r in
            guard let address = IPAddress(r.address) else { throw WatchError.unreadableRecord("address \"\(r.address)\"") }
            return StoredName(destination: r.destination, name: r.name, address: address, expires: r.expires)
        }
    }

    /// Records learned elements and deletes the expired ones.
    public func recordLearnedNames(table: String, _ names: [StoredName], at time: Date) throws {
        try store.recordLearnedNames(table: table, names.map {
            LearnedNameRecord(destination: $0.destination, name: $0.name, address: $0.address.description, expires: $0.expires)
        }, at: time)
    }
}
