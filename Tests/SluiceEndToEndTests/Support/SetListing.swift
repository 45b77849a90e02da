import Foundation

/// Reading `nft list set` output: the elements of one set, as nft prints them.
enum SetListing {
    /// The elements between `elements = {` and the closing `}`, one string each
    /// (`10.70.0.10 timeout 1h expires 59m58s comment "..."`).
    static func elements(_ listing: String) -> [String] {
        guard let open = listing.range(of: "elements = {") else { return [] }
        var items: [String] = []
        var current = ""
        var quoted = false
        for c in listing[open.upperBound...] {
            if c == "\"" { quoted.toggle() }
            if !quoted && (c == "," || c == "}") {
                let item = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !item.isEmpty { items.append(item) }
                current = ""
                if c == "}" { break }
                continue
            }
            current.append(c)
        }
        return items
    }

    /// The element whose key is exactly `key`, or nil.
    static func element(_ key: String, in listing: String) -> String? {
        elements(listing).first { $0 == key || $0.hasPrefix(key + " ") }
    }

    /// The `used N bytes` of a quota element, or nil.
    static func usedBytes(_ element: String) -> Int? {
        let words = element.split(separator: " ")
        guard let i = words.firstIndex(of: "used"), i + 1 < words.count else { return nil }
        return Int(words[i + 1])
    }
}
