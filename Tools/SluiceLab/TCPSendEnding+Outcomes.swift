import Glibc

/// Mapping connect outcomes and socket errors to how a send ended.
extension TCPSendEnding {
    /// The ending of a send whose connection attempt ended with `outcome` (not `.connected`).
    init(_ outcome: TCPConnectOutcome) {
        switch outcome {
        case .connected, .timedOut: self = .timedOut
        case .refused: self = .refused
        case .unreachable: self = .unreachable
        case .notPermitted: self = .notPermitted
        }
    }

    /// The ending that a write or read error on an established connection means; nil for errors
    /// that are a bug of the caller.
    init?(sendError code: Int32) {
        switch code {
        case ECONNRESET, EPIPE, ECONNABORTED: self = .reset
        case ETIMEDOUT: self = .timedOut
        case ENETUNREACH, EHOSTUNREACH, EHOSTDOWN, ENETDOWN: self = .unreachable
        case EPERM, EACCES: self = .notPermitted
        case ECONNREFUSED: self = .refused
        default: return nil
        }
    }
}
