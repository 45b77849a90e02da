import SluiceKernel

/// The name service's kernel over netlink: NFQUEUE for the held answers, and the table's learned
/// sets for the addresses; its confirmer asks from the same namespace.
public final class NetfilterNameKernel: NameKernel {
    private let writer: NetfilterLearnedSetWriter
    private let namespace: NetworkNamespace

    /// Opens a connection in `namespace` for `table`.
    public init(table: String, namespace: NetworkNamespace = .current) throws {
        writer = try NetfilterLearnedSetWriter(table: table, namespace: namespace)
        self.namespace = namespace
    }

    public func bind(queue: UInt16) throws -> any AnswerSource {
        NFQueueAnswerQueue(try NFQueueMonitor(namespace: namespace, queue: queue))
    }

    public func confirmer(queue: any AnswerSource) -> any NameConfirmer {
        ResolverConfirmer(queue: queue, namespace: namespace)
    }

    public func add(_ admissions: [NameAdmission]) throws { try writer.add(admissions) }
    public var writtenEpoch: UInt64? { writer.writtenEpoch }
    public func standingEpoch() throws -> UInt64? { try writer.standingEpoch() }
}
