import SluiceKernel
import SluiceStore

/// Why an operation on the live firewall did not happen. `isRefusal` separates requests Sluice
/// turned down (exit 1) from kernel and system failures (exit 3).
public enum ControlError: Error, CustomStringConvertible {
    case kernel(KernelError)
    case store(StoreError)
    /// Someone else changed the ruleset between Sluice's read and its write; nothing was applied.
    case lostRace
    case noSuchVersion(Int64)
    case nothingToRollBack
    case noLivePolicy(String)
    case nothingToConfirm(String)
    case badHost(String)
    case noSelfGroup
    case wrongTable(expected: String, found: String)
    /// The version a confirmation timer guarded is no longer live (someone applied since).
    case superseded(Int64)
    /// The kernel changed but the history could not record it.
    case appliedButNotRecorded(StoreError)

    /// True when Sluice refused the request; false for kernel and system errors.
    public var isRefusal: Bool {
        switch self {
        case .kernel(let e):
            if case .refused = e { return true }
            if case .notOwned = e { return true }
            return false
        case .store(let e):
            if case .lockHeld = e.reason { return true }
            return false
        case .appliedButNotRecorded: return false
        default: return true
        }
    }

    public var description: String {
        switch self {
        case .kernel(let e): "\(e)"
        case .store(let e): "\(e)"
        case .lostRace:
            "the ruleset changed while this apply was being prepared (another program committed); nothing was applied, run it again"
        case .noSuchVersion(let id): "there is no applied version \(id) of this table (see sluice history)"
        case .nothingToRollBack: "there is no earlier version to roll back to (see sluice history)"
        case .noLivePolicy(let table): "no policy is applied to table \(table) yet (sluice apply POLICY first)"
        case .nothingToConfirm(let table): "no apply of table \(table) is waiting for confirmation"
        case .badHost(let text): "'\(text)' is not an IP address or self"
        case .noSelfGroup: "self can only be contained when the live policy is in host mode"
        case .wrongTable(let expected, let found):
            "that version was compiled for table \(found), not \(expected)"
        case .superseded(let id): "version \(id) is no longer the live version; nothing was rolled back"
        case .appliedButNotRecorded(let e):
            "the kernel has the new ruleset, but the history could not record it: \(e)"
        }
    }
}
