import SluiceLab
import SluiceLanguage

/// Conversions between the policy's addresses and the lab's.
extension LabAddress {
    /// The lab address with the same bytes as a policy address.
    init(_ address: IPAddress) throws {
        guard let converted = LabAddress(bytes: address.bytes) else {
            throw TestFailure("\(address) has no lab equivalent")
        }
        self = converted
    }

    /// The policy address with the same bytes.
    var ipAddress: IPAddress {
        get throws {
            guard let converted = IPAddress(bytes: bytes) else { throw TestFailure("\(self) is not an IP address") }
            return converted
        }
    }
}
