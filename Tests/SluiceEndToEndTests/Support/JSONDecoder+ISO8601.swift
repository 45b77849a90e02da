import Foundation

extension JSONDecoder {
    /// A decoder for what `sluice ... --json` prints: ISO 8601 dates.
    static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
