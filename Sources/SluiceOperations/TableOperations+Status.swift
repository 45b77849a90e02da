import Foundation
import SluiceCompiler
import SluiceStore
import SluiceWatch

extension TableOperations {
    /// Usage per host and quota, window resets and contained hosts, from the kernel and the store
    /// (the watcher need not run), with the live version it is about.
    public func status(at time: Date = Date()) throws(OperationError) -> TableStatus {
        let (version, compiled) = try livePolicy()
        if let missing = missingLiveTable(version.id) { throw missing }
        do {
            var status = try WatchStatus.read(compiled: compiled, table: table, at: time,
                                              kernel: try NetfilterWatchKernel(namespace: namespace),
                                              store: SluiceStoreAdapter(store))
            status.nameUsers { userName($0, compiled: compiled) }
            return TableStatus(version: version, compiled: compiled, watch: status)
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .system("read the status: \(error)")
        }
    }

    /// `tableMissing` when the kernel has no table for the live version `live` (nil: it has one,
    /// or could not be asked).
    public func missingLiveTable(_ live: Int64?) -> OperationError? {
        guard let live, let exists = try? connection().tableExists(table), !exists else { return nil }
        return .tableMissing(table: table, live: live)
    }

    /// Incidents, newest first, users with their login names; `host` is an address, `self`,
    /// `*` or `uid:N`, refused otherwise.
    public func incidents(since: Date? = nil, host: String? = nil, limit: Int? = nil) throws(OperationError) -> [Incident] {
        let canonical = try host.map { (text) throws(OperationError) -> String in
            guard let parsed = HostID(text) else { throw .badHost(text) }
            return parsed.description
        }
        var found = try stored { () throws(StoreError) in
            try store.incidents(table: table, since: since, host: canonical, limit: limit)
        }
        let aboutUsers = found.contains { $0.host.hasPrefix(HostID.userPrefix) }
        nameUsers(&found, host: \.host, name: \.userName, compiled: aboutUsers ? try? livePolicy().1 : nil)
        return found
    }
}
