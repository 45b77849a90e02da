import Foundation

/// The recent denied attempts of one host.
struct DeniedHost {
    /// Times of the attempts within the sliding interval, oldest first.
    var times: [Date] = []
    /// The last few destinations, oldest first.
    var recent: [DeniedDestination] = []
    /// When the host's last `denied` alert went out.
    var lastAlert: Date?
    /// When the host was last seen.
    var lastSeen: Date
}
