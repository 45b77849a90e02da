import Foundation

/// The elements of one set as `nft -j list set` prints them, for checks made with the standard
/// tool rather than with Sluice's own netlink code.
public struct NFTSetListing {
    /// Each element's key as nft prints it (`10.40.1.1`, `1001`), in nft's order.
    public let elements: [String]

    /// Parses `nft -j list set` output.
    public init(json: String) throws {
        guard let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let items = root["nftables"] as? [[String: Any]],
              let set = items.lazy.compactMap({ $0["set"] as? [String: Any] }).first else {
            throw BenchError.failed("nft -j list set: no set in the output")
        }
        // A key is a string (an address) or a number (a uid).
        func key(_ value: Any?) -> String? {
            if let text = value as? String { return text }
            if let number = value as? NSNumber { return number.stringValue }
            return nil
        }
        var keys: [String] = []
        for element in set["elem"] as? [Any] ?? [] {
            // A plain element is its key; one with a timeout, counter or quota is {"elem": {"val": KEY, ...}}.
            if let plain = key(element) {
                keys.append(plain)
            } else if let wrapped = (element as? [String: Any])?["elem"] as? [String: Any], let inner = key(wrapped["val"]) {
                keys.append(inner)
            }
        }
        elements = keys
    }
}
