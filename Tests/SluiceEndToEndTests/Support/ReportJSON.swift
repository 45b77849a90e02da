import Foundation

/// `sluice report --format json`, as far as the tests read it.
struct ReportJSON: Decodable {
    struct Host: Decodable {
        var host: String
        var bytes: UInt64
        var wouldDenyBytes: UInt64
    }

    struct Destination: Decodable {
        var destination: String
        var hosts: [String]
        var bytes: UInt64
    }

    struct WouldDeny: Decodable {
        var destination: String
        var service: String
        var bytes: UInt64
        var hosts: [String]
    }

    var topHosts: [Host]
    var newDestinations: [Destination]
    var wouldDeny: [WouldDeny]
    var bytes: UInt64

    func host(_ address: String) -> Host? { topHosts.first { $0.host == address } }
}

extension WatchLab {
    /// `sluice report --format json --since 1h ARGS`, decoded.
    func report(_ arguments: [String] = []) throws -> ReportJSON {
        let result = try sluice(["report", "--format", "json", "--since", "1h", "--top", "50"] + arguments)
        guard result.status == 0 else { throw TestFailure("sluice report exited \(result.status): \(result.standardError)") }
        return try JSONDecoder().decode(ReportJSON.self, from: Data(result.standardOutput.utf8))
    }
}
