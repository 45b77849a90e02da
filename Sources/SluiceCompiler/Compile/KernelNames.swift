import SluiceLanguage

/// Names of the kernel objects the compiler creates. Names derive from what the policy calls
/// things (group, destination and service names, windows), not from line numbers, so that editing
/// unrelated lines keeps every object, and with it its usage, in place.
enum KernelNames {
    /// Longest name part built from policy names before a hash replaces it.
    static let maxPart = 40

    /// How long a host's over-quota notification is suppressed before the kernel repeats it.
    static let notifyTimeoutMilliseconds: UInt64 = 10_000
    /// Most hosts a per-host quota set tracks per family; beyond it new hosts are denied.
    static let maxTrackedHosts: UInt32 = 65_536

    static let egressInterfaces = "egress_if"
    static let deniedCounter = "denied"

    /// A family suffix: `_v4`, `_v6`.
    static func suffix(_ family: AddressFamily) -> String { family == .ipv4 ? "_v4" : "_v6" }

    /// Joins sorted names with `.` (which policy names cannot contain), or hashes a long result.
    static func part(_ names: [String]) -> String {
        let joined = names.sorted().joined(separator: ".")
        return joined.count <= maxPart ? joined : "h" + StableHash.hex(joined)
    }

    /// The id prefix of a `quota` statement: `hq` per host, `uq` per user, `tq` total.
    static func quotaPrefix(_ scope: QuotaScope) -> String {
        switch scope {
        case .perHost: "hq"
        case .perUser: "uq"
        case .total: "tq"
        }
    }

    /// `hq_compute_1d`, `tq_any_30d`, `aq_dtn_partners_30d`.
    static func quotaID(prefix: String, parts: [String], window: UInt64) -> String {
        ([prefix] + parts + [Units.duration(window)]).joined(separator: "_")
    }

    /// A policy file named relative to the root policy's directory (see `PolicyPaths`).
    static func relativeFile(_ file: String, root: String) -> String {
        PolicyPaths.relative(file, root: root)
    }
}
