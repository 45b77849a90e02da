import Foundation
import SluiceLanguage

/// One learned element as the store keeps it, so that a restarted watcher puts back what has not
/// expired: the destination it was admitted to, the name whose answer taught it, the address and
/// when its kernel element expires.
public struct StoredName: Hashable, Sendable, Codable {
    public var destination: String
    /// Lowercase, without the trailing dot.
    public var name: String
    public var address: IPAddress
    public var expires: Date

    /// Creates a record.
    public init(destination: String, name: String, address: IPAddress, expires: Date) {
        self.destination = destination
        self.name = name
        self.address = address
        self.expires = expires
    }
}
