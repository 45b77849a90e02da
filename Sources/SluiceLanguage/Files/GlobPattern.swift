/// Shell-style matching of one path component: `*`, `?`, `[abc]`, `[a-z]`, `[!abc]`.
/// As in the shell, a leading `.` is matched only by a literal `.`, so editor and hidden files stay out.
struct GlobPattern: Sendable {
    private let pattern: [Unicode.Scalar]

    init(_ pattern: String) {
        self.pattern = Array(pattern.unicodeScalars)
    }

    /// Whether a path or component contains wildcard characters.
    static func hasWildcards(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// Whether `name` (one path component) matches.
    func matches(_ name: String) -> Bool {
        let text = Array(name.unicodeScalars)
        if text.first == ".", pattern.first != "." { return false }
        return match(0, text, 0)
    }

    /// Iterative matching with one backtrack point for the last `*`: linear in practice.
    private func match(_ startP: Int, _ text: [Unicode.Scalar], _ startT: Int) -> Bool {
        var p = startP, t = startT
        var star: (p: Int, t: Int)?
        while t < text.count {
            if p < pattern.count {
                switch pattern[p] {
                case "*":
                    star = (p, t)
                    p += 1
                    continue
                case "?":
                    p += 1
                    t += 1
                    continue
                case "[":
                    if let result = matchClass(at: p, text[t]) {
                        if result.matched {
                            p = result.next
                            t += 1
                            continue
                        }
                    } else if text[t] == "[" {
                        // An unclosed '[' is an ordinary character.
                        p += 1
                        t += 1
                        continue
                    }
                default:
                    if pattern[p] == text[t] {
                        p += 1
                        t += 1
                        continue
                    }
                }
            }
            guard let s = star else { return false }
            star = (s.p, s.t + 1)
            p = s.p + 1
            t = s.t + 1
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Matches a `[...]` class at `start`; nil when the class is not closed.
    private func matchClass(at start: Int, _ c: Unicode.Scalar) -> (matched: Bool, next: Int)? {
        var i = start + 1
        var negate = false
        if i < pattern.count && (pattern[i] == "!" || pattern[i] == "^") {
            negate = true
            i += 1
        }
        var matched = false
        var first = true
        while i < pattern.count {
            if pattern[i] == "]" && !first { return (matched != negate, i + 1) }
            first = false
            if i + 2 < pattern.count && pattern[i + 1] == "-" && pattern[i + 2] != "]" {
                if pattern[i].value <= c.value && c.value <= pattern[i + 2].value { matched = true }
                i += 3
            } else {
                if pattern[i] == c { matched = true }
                i += 1
            }
        }
        return nil
    }
}
