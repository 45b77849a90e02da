import Glibc

/// Everything that can go wrong between Sluice and netfilter, each case naming what was attempted.
public enum KernelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A system call failed; `operation` names the call and what it was for.
    case system(operation: String, errno: Int32)
    /// The kernel refused the transaction: every failing message, mapped back to its object.
    /// Nothing of the transaction was applied.
    case refused([KernelRefusal])
    /// The ruleset changed since the generation the caller read (`NFNL_BATCH_GENID`, ERESTART);
    /// nothing was applied. Read again, plan again.
    case generationChanged(expected: UInt32)
    /// The ruleset holds something this backend cannot send to the kernel exactly.
    case unsupported(String)
    /// The kernel sent something this backend does not understand.
    case malformed(operation: String, detail: String)
    /// The named table does not exist.
    case noSuchTable(String)
    /// The named set does not exist in the table.
    case noSuchSet(table: String, set: String)
    /// The named object does not exist in the table.
    case noSuchObject(table: String, name: String)
    /// The dump kept changing under a concurrent writer; retried and gave up.
    case inconsistentDump(operation: String)
    /// The table exists but Sluice did not create it (it lacks `TableMark`); nothing was changed.
    case notOwned(table: String, family: String = "inet")
    /// The table was replaced by another while a read-and-reset ran, so what was read (and
    /// reset) may have been another table's; the values are not returned.
    case tableReplaced(table: String, operation: String)

    /// The errno of a system or single-refusal error.
    public var errno: Int32? {
        switch self {
        case .system(_, let e): e
        case .refused(let r): r.first?.errno
        case .generationChanged: ERESTART
        default: nil
        }
    }

    /// The error as one message naming the operation.
    public var description: String {
        switch self {
        case .system(let operation, let e):
            "\(operation): \(KernelError.text(of: e))"
        case .refused(let refusals):
            "the kernel refused the transaction, nothing was applied:\n"
                + refusals.map { "  " + $0.description }.joined(separator: "\n")
        case .generationChanged(let expected):
            "the ruleset changed since generation \(expected); nothing was applied"
        case .unsupported(let what):
            "cannot express in nftables: \(what)"
        case .malformed(let operation, let detail):
            "\(operation): unexpected netlink data: \(detail)"
        case .noSuchTable(let name):
            "table inet \(name) does not exist"
        case .noSuchSet(let table, let set):
            "set \(set) does not exist in table inet \(table)"
        case .noSuchObject(let table, let name):
            "object \(name) does not exist in table inet \(table)"
        case .inconsistentDump(let operation):
            "\(operation): the ruleset kept changing while it was read"
        case .notOwned(let table, let family):
            "table \(family) \(table) was not created by Sluice; refusing to change it"
        case .tableReplaced(let table, let operation):
            "\(operation): table inet \(table) was replaced while it was read; the values read are discarded"
        }
    }

    /// strerror text for an errno.
    static func text(of errno: Int32) -> String {
        guard let c = strerror(errno) else { return "errno \(errno)" }
        return String(cString: c)
    }
}
