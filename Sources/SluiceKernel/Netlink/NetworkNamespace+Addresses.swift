import SluiceLanguage
import SluiceSystem

extension NetworkNamespace {
    /// The IP addresses of the namespace's interfaces.
    public func interfaceAddresses() throws -> [IPAddress] {
        try withEntered {
            do throws(SystemError) {
                return try InterfaceAddresses.current().compactMap { IPAddress(bytes: $0) }
            } catch {
                throw KernelError(error)
            }
        }
    }
}
