import SluiceLanguage

/// Address tests on the text form the store keeps.
enum IPAddressText {
    /// Whether `host` (an address's text) lies in `range`.
    static func contains(_ range: AddressRange, _ host: String) -> Bool {
        IPAddress(host).map(range.contains) ?? false
    }
}
