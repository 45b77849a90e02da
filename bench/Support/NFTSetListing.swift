import Foundation

/// The elements of one set as `nft -j list set` prints them, for checks made with the standard
/// tool rather than with Sluice's own netlink code.
public struct NFTSetListing {
    /// Each element's key as nft prints it (`10.40.1.1`), in nft's order.
    public let elements: [String]

    /// Parses `nft -j list set` output.
    public init(json: String) throws {
        guard let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let items = root["nftables"] as? [[String: Any]],
              let set = items.lazy.compactMap({ $0["set"] as? [String: Any] }).first else {
            throw BenchError.failed("nft -j list set: no set in the output")
        }
        var keys: [String] = []
        for element in set["elem"] as? [Any] ?? [] {
            // A plain element is its key; one with a timeout, counter or quota is {"elem": {"val": KEY, ...}}.
            if let key = element as? String {
                keys.append(key)
            } else if let wrapped = (element as? [String: Any])?["elem"] as? [String: Any], let key = wrapped["val"] as? String {
                keys.append(key)
            }
        }
        elements = keys
    }
}
