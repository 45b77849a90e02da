import SluiceCompiler
import SluiceLanguage

/// Which destinations of a `DNSBinding` admit a name, by hash lookups instead of matching every
/// destination's every name and pattern: one lookup of the name, and one of each suffix after a
/// dot (a pattern `*.SUFFIX` admits the names strictly below SUFFIX). An answer costs the same
/// with ten destinations or a thousand, and builds no string to ask.
struct NameIndex: Sendable {
    /// Listed names → the destinations (indices, policy order) that list them.
    private var exact: [Substring: [Int]] = [:]
    /// Pattern suffixes (without `*.`) → the destinations whose pattern it is.
    private var below: [Substring: [Int]] = [:]

    init(_ binding: DNSBinding) {
        for (index, destination) in binding.destinations.enumerated() {
            for pattern in destination.names {
                if pattern.isWildcard {
                    below[pattern.suffix, default: []].append(index)
                } else {
                    exact[Substring(pattern.text), default: []].append(index)
                }
            }
        }
    }

    /// The indices of the destinations admitting `name` (lowercase, no trailing dot), in policy
    /// order, each once: what `DNSBinding.destinations(admitting:)` gives, as indices.
    func destinations(admitting name: String) -> [Int] {
        var found = exact[Substring(name)] ?? []
        if !below.isEmpty {
            var index = name.utf8.startIndex
            while let dot = name.utf8[index...].firstIndex(of: UInt8(ascii: ".")) {
                let suffix = name[name.utf8.index(after: dot)...]
                // `a.` is not a name below anything, and the part before the dot is never empty
                // past the first byte: the name is strictly below the suffix.
                if dot != name.utf8.startIndex, !suffix.isEmpty, let more = below[suffix] { found += more }
                index = name.utf8.index(after: dot)
            }
        }
        guard found.count > 1 else { return found }
        // A name and a pattern of one destination, or two patterns, both admitting it.
        return Array(Set(found)).sorted()
    }
}
