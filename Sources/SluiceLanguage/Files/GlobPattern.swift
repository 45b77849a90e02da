/// Shell-style matching of one path component: `*`, `?`, `[abc]`, `[a-z]`, `[!abc]`.
/// As in the shell, a leading `.` is matched only by a literal `.`, so editor and hidden files stay out.
///
/// The pattern is compiled once into single-character steps (a `[...]` class becomes one step,
/// runs of `*` become one), so matching is iterative and costs at most pattern length times name
/// length, whatever the pattern: include paths are user input.
struct GlobPattern: Sendable {
    private enum Step: Sendable, Equatable {
        case literal(Unicode.Scalar)
        case anyOne
        case anyRun
        case set(ranges: [ClosedRange<UInt32>], negated: Bool)

        func matches(_ c: Unicode.Scalar) -> Bool {
            switch self {
            case .literal(let l): return l == c
            case .anyOne: return true
            case .anyRun: return false
            case .set(let ranges, let negated): return ranges.contains { $0.contains(c.value) } != negated
            }
        }
    }

    private let steps: [Step]
    private let startsWithDot: Bool

    init(_ pattern: String) {
        let scalars = Array(pattern.unicodeScalars)
        startsWithDot = scalars.first == "."
        var steps: [Step] = []
        var i = 0
        while i < scalars.count {
            switch scalars[i] {
            case "*":
                if steps.last != .anyRun { steps.append(.anyRun) }
                i += 1
            case "?":
                steps.append(.anyOne)
                i += 1
            case "[":
                if let (step, next) = Self.compileSet(scalars, at: i) {
                    steps.append(step)
                    i = next
                } else {
                    // An unclosed '[' is an ordinary character.
                    steps.append(.literal("["))
                    i += 1
                }
            default:
                steps.append(.literal(scalars[i]))
                i += 1
            }
        }
        self.steps = steps
    }

    /// Whether a path or component contains wildcard characters.
    static func hasWildcards(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// Whether `name` (one path component) matches.
    func matches(_ name: String) -> Bool {
        let text = Array(name.unicodeScalars)
        if text.first == ".", !startsWithDot { return false }
        // Greedy matching with one backtrack point, the last `*`: every step matches exactly one
        // character, so moving the last `*` on is all a mismatch ever needs.
        var s = 0, t = 0
        var star: (step: Int, text: Int)?
        while t < text.count {
            if s < steps.count {
                if steps[s] == .anyRun {
                    star = (s, t)
                    s += 1
                    continue
                }
                if steps[s].matches(text[t]) {
                    s += 1
                    t += 1
                    continue
                }
            }
            guard let last = star else { return false }
            star = (last.step, last.text + 1)
            s = last.step + 1
            t = last.text + 1
        }
        while s < steps.count && steps[s] == .anyRun { s += 1 }
        return s == steps.count
    }

    /// The `[...]` class at `start` and the index after it; nil when the class is not closed.
    private static func compileSet(_ p: [Unicode.Scalar], at start: Int) -> (Step, Int)? {
        var i = start + 1
        var negated = false
        if i < p.count && (p[i] == "!" || p[i] == "^") {
            negated = true
            i += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while i < p.count {
            if p[i] == "]" && !first { return (.set(ranges: ranges, negated: negated), i + 1) }
            first = false
            if i + 2 < p.count && p[i + 1] == "-" && p[i + 2] != "]" {
                if p[i].value <= p[i + 2].value { ranges.append(p[i].value...p[i + 2].value) }
                i += 3
            } else {
                ranges.append(p[i].value...p[i].value)
                i += 1
            }
        }
        return nil
    }
}
