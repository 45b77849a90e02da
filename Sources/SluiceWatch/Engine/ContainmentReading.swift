import Foundation
import SluiceCompiler

/// Turns containment set elements back into hosts and end times.
enum ContainmentReading {
    /// The host an element holds: an address, or this machine for the `nf_proto` sets.
    static func host(of element: SetElement, machine: Bool) -> WatchHost? {
        switch element.key {
        case .address(let range) where !machine: .address(range.lower)
        case .nfproto where machine: .machine
        default: nil
        }
    }

    /// When an element ends, read at `time`: its remaining milliseconds, or never without a timeout.
    static func end(of element: SetElement, at time: Date) -> ContainmentEnd {
        guard element.timeout != nil || element.expires != nil else { return .untilReleased }
        let remaining = element.expires ?? element.timeout ?? 0
        return .at(time.addingTimeInterval(TimeInterval(remaining) / 1000))
    }
}
