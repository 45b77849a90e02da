import Foundation
import SluiceLanguage

/// A learned address and when its kernel element expires.
public struct LearnedAddressStatus: Hashable, Sendable, Codable {
    public var address: IPAddress
    public var expires: Date

    /// Creates an entry.
    public init(address: IPAddress, expires: Date) {
        self.address = address
        self.expires = expires
    }
}
