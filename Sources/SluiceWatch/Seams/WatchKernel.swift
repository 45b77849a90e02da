import SluiceCompiler
import SluiceKernel

/// What the watcher needs from nf_tables, in the terms of `SluiceKernel.NetfilterConnection`. Every
/// call is on one named `inet` table. Implementations must be safe to call from two threads at once
/// (the poll reads while a quota event adds a containment): one connection per caller, or a lock.
public protocol WatchKernel: Sendable {
    /// Whether the table exists at all: asked when a poll's reads fail, to tell a table that is
    /// gone from a read that failed.
    func tableExists(table: String) throws -> Bool
    /// A set's elements with their runtime state (timeouts, expiry, per-element quota and counter).
    func elements(table: String, set: String) throws -> [SetElement]
    /// The usage of each host (user) element of a per-host (per-user) set, in any order: what a
    /// sweep reads, without the rest of each element.
    func hostUsage(table: String, set: String) throws -> [HostUsage]
    /// A set's elements, read and reset in one step: the kernel subtracts what it counted up to the
    /// read, so nothing counted afterwards is lost.
    func readAndResetElements(table: String, set: String) throws -> [SetElement]
    /// A named quota object with its used bytes; with `reset`, read and reset in one step.
    func quota(table: String, name: String, reset: Bool) throws -> QuotaObject
    /// Adds elements (containment hosts with a timeout in milliseconds, or none); an element that is
    /// already there stays as it is.
    func addElements(_ elements: [SetElement], table: String, set: String) throws
    /// Puts elements in place of the ones with the same keys in ONE transaction (a containment
    /// made longer: the kernel keeps an element's first timeout), so the set never lacks them.
    func replaceElements(_ elements: [SetElement], table: String, set: String) throws
    /// Removes elements (a containment released cluster-wide); missing ones are no error.
    func removeElements(_ elements: [SetElement], table: String, set: String) throws
    /// Puts per-host quota usage back (`quotaUsed`), replacing the elements in one transaction.
    func restoreElementUsage(_ elements: [SetElement], table: String, set: String) throws
    /// Puts a named quota's used bytes back.
    func restoreQuotaUsage(table: String, name: String, used: UInt64) throws
    /// Replaces elements of several per-host quota sets (their `quotaLimit` and `quotaUsed`), all
    /// in ONE transaction: the learned limits of every host at a window start.
    func writeElementLimits(_ elements: [String: [SetElement]], table: String) throws
    /// The neighbour table of the table's network namespace: in gateway mode a contained host's
    /// other addresses are the ones its link-layer address answers for (`WatchEngine.followSiblings`).
    func neighbours() throws -> [Neighbour]
}

extension WatchKernel {
    /// None: kernels that see no link (tests that do not contain siblings).
    public func neighbours() throws -> [Neighbour] { [] }

    /// The usage from `elements(table:set:)`: kernels that have no cheaper read.
    public func hostUsage(table: String, set: String) throws -> [HostUsage] {
        try elements(table: table, set: set).compactMap(HostUsage.init(element:))
    }
}
