import Foundation
@testable import SluiceFleet
import Testing

/// Request bodies are written by hand: they must be JSON that reads back as what was written,
/// whatever a key holds, with keys sorted (stable bodies).
@Suite struct EtcdRequestWriterTests {
    @Test func readsBackAsWritten() throws {
        let request: [String: Any] = [
            "success": [["request_put": ["key": "a\"b\\c\u{1}\n/é", "value": "", "lease": "7"]]],
            "compare": [] as [Any], "flag": true, "count": 3, "big": Int64.max,
        ]
        let body = try EtcdRequestWriter.write(request)
        let back = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let put = ((back["success"] as? [[String: Any]])?.first?["request_put"]) as? [String: Any]
        #expect(put?["key"] as? String == "a\"b\\c\u{1}\n/é")
        #expect(put?["lease"] as? String == "7")
        #expect(back["flag"] as? Bool == true)
        #expect((back["count"] as? NSNumber)?.intValue == 3)
        #expect((back["big"] as? NSNumber)?.int64Value == Int64.max)
        #expect((back["compare"] as? [Any])?.isEmpty == true)
        #expect(String(decoding: body, as: UTF8.self).hasPrefix("{\"big\":"))
    }

    @Test func refusesWhatARequestNeverHolds() {
        #expect(throws: EtcdError.self) { try EtcdRequestWriter.write(["x": 1.5]) }
    }
}
