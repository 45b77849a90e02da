import Foundation
import SluiceCompiler
import SluiceKernel
import SluiceLanguage

/// Adds learned addresses to the table's learned sets over netlink: one answer's admissions in
/// one transaction, across its sets.
public final class NetfilterLearnedSetWriter: LearnedSetWriter, @unchecked Sendable {
    private let connection: NetfilterConnection
    private let table: String
    private let lock = NSLock()
    /// Answers "has anyone else committed since?" from the kernel's notices, most of the time
    /// without a request: a repeated answer is then released after one receive.
    private let follower: GenerationFollower

    /// Opens a connection in `namespace` for `table`.
    public init(table: String, namespace: NetworkNamespace = .current) throws {
        connection = try NetfilterConnection(namespace: namespace)
        // Subscribed before the first write, so that its notice and every later one are read.
        follower = try GenerationFollower(namespace: namespace)
        self.table = table
    }

    public func add(_ admissions: [NameAdmission]) throws {
        var bySet: [String: [SetElement]] = [:]
        var order: [String] = []
        var seen: Set<NameAdmission> = []
        // An answer may repeat a record: one element per address and set.
        for admission in admissions where seen.insert(NameAdmission(set: admission.set, address: admission.address,
                                                                       timeoutMilliseconds: 0)).inserted {
            if bySet[admission.set] == nil { order.append(admission.set) }
            // The expiry too: the kernel leaves an element that is already there with its old expiry
            // when the timeout is the same, so a refresh would not refresh.
            bySet[admission.set, default: []].append(SetElement(.address(AddressRange(admission.address)),
                                                                timeout: admission.timeoutMilliseconds,
                                                                expires: admission.timeoutMilliseconds))
        }
        lock.lock()
        defer { lock.unlock() }
        try connection.addElements(order.map { ($0, bySet[$0] ?? []) }, table: table)
    }

    /// The connection's lineage on the table: it changes whenever anyone else committed (a
    /// re-apply, a flushed set, a recreated table), which the connection learns at its next write
    /// or check. Every write here carries an expiry, which the kernel commits as a change even
    /// for an element already there, as `standingRuntimeLineage` needs.
    public var writtenEpoch: UInt64? {
        lock.lock()
        defer { lock.unlock() }
        return connection.runtimeLineage(of: table)
    }

    public func standingEpoch() throws -> UInt64? {
        lock.lock()
        defer { lock.unlock() }
        return try connection.standingRuntimeLineage(of: table, following: follower)
    }
}
