import Foundation
import SluiceCompiler

/// Turns containment set elements into end times.
enum ContainmentReading {
    /// When an element ends, read at `time`: its remaining milliseconds, or never without a timeout.
    static func end(of element: SetElement, at time: Date) -> ContainmentEnd {
        guard element.timeout != nil || element.expires != nil else { return .untilReleased }
        let remaining = element.expires ?? element.timeout ?? 0
        return .at(time.addingTimeInterval(TimeInterval(remaining) / 1000))
    }
}
