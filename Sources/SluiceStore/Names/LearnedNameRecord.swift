import Foundation

/// One learned element as stored: the destination it was admitted to, the name whose answer
/// taught it, the address (text) and when its kernel element expires.
public struct LearnedNameRecord: Hashable, Sendable {
    public var destination: String
    public var name: String
    public var address: String
    public var expires: Date

    /// Creates a record.
    public init(destination: String, name: String, address: String, expires: Date) {
        self.destination = destination
        self.name = name
        self.address = address
        self.expires = expires
    }
}
