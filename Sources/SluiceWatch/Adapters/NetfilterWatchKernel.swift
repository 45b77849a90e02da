import Foundation
import SluiceCompiler
import SluiceKernel

/// The watcher's view of the real kernel: one netlink connection for reads (the poll) and one for
/// writes (containment, restores), each behind its own lock, so a quota event can contain a host
/// while a large poll is still reading. Writes move the applied-state cache along, so the next
/// `sluice apply` can still plan from it instead of reading large sets back.
public final class NetfilterWatchKernel: WatchKernel, @unchecked Sendable {
    private let reader: NetfilterConnection
    private let writer: NetfilterConnection
    private let readLock = NSLock()
    private let writeLock = NSLock()
    private let cache: AppliedStateCache?
    private let namespace: NetworkNamespace

    /// Opens both connections in `namespace`; `cacheDirectory` is the apply's state cache.
    public init(namespace: NetworkNamespace = .current, cacheDirectory: String? = nil) throws {
        self.namespace = namespace
        reader = try NetfilterConnection(namespace: namespace)
        writer = try NetfilterConnection(namespace: namespace)
        cache = cacheDirectory.flatMap { try? AppliedStateCache(directory: $0) }
    }

    private func reading<T>(_ body: (NetfilterConnection) throws -> T) throws -> T {
        readLock.lock()
        defer { readLock.unlock() }
        return try body(reader)
    }

    private func writing<T>(_ body: (NetfilterConnection) throws -> T) throws -> T {
        writeLock.lock()
        defer { writeLock.unlock() }
        return try body(writer)
    }

    public func neighbours() throws -> [Neighbour] {
        try namespace.neighbours()
    }

    public func tableExists(table: String) throws -> Bool {
        try reading { try $0.tableExists(table) }
    }

    public func elements(table: String, set: String) throws -> [SetElement] {
        try reading { try $0.readSet(table: table, name: set).elements }
    }

    public func hostUsage(table: String, set: String) throws -> [HostUsage] {
        try reading { try $0.hostUsage(table: table, set: set) }
    }

    public func readAndResetElements(table: String, set: String) throws -> [SetElement] {
        try reading { try $0.readAndResetElements(table: table, set: set) }
    }

    public func quota(table: String, name: String, reset: Bool) throws -> QuotaObject {
        try reading { try $0.readQuota(table: table, name: name, reset: reset) }
    }

    public func addElements(_ elements: [SetElement], table: String, set: String) throws {
        try writing { try $0.addElements(elements, table: table, set: set, cache: cache) }
    }

    public func replaceElements(_ elements: [SetElement], table: String, set: String) throws {
        try writing { try $0.replaceElements(elements, table: table, set: set, cache: cache) }
    }

    public func removeElements(_ elements: [SetElement], table: String, set: String) throws {
        try writing { try $0.deleteElements(elements, table: table, set: set, cache: cache) }
    }

    public func restoreElementUsage(_ elements: [SetElement], table: String, set: String) throws {
        try writing { try $0.restoreElementUsage(elements, table: table, set: set, cache: cache) }
    }

    public func writeElementLimits(_ elements: [String: [SetElement]], table: String) throws {
        try writing { try $0.replaceQuotaElements(elements, table: table, cache: cache) }
    }

    public func restoreQuotaUsage(table: String, name: String, used: UInt64) throws {
        _ = try writing { try $0.restoreQuotaUsage(table: table, name: name, used: used, cache: cache) }
    }
}
