import SluiceLanguage

/// One learned address to add to a kernel set, with the element's timeout: what the watcher
/// sends in one batch before it releases the held answer.
public struct NameAdmission: Hashable, Sendable {
    /// The learned set (`NameBinding.v4Set` / `v6Set`).
    public var set: String
    public var address: IPAddress
    /// Milliseconds from now: max(TTL, floor) plus `NameLearner.grace`, or longer when another
    /// name admitted the same address to the same set for longer. The element expires then, also
    /// when it was already there (a refresh).
    public var timeoutMilliseconds: UInt64

    /// Creates an admission.
    public init(set: String, address: IPAddress, timeoutMilliseconds: UInt64) {
        self.set = set
        self.address = address
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    /// The kernel element this admits (set and address, timeout 0): the key under which the
    /// learner and the name watch keep what is known of one element, whatever its timeout.
    public var element: NameAdmission {
        NameAdmission(set: set, address: address, timeoutMilliseconds: 0)
    }
}
