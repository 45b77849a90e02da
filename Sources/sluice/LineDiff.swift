/// A unified diff of two texts, line by line, for `sluice fmt --check`.
enum LineDiff {
    /// Context lines around each change.
    static let context = 3
    /// Above this many cells the longest common subsequence is not searched: the changed middle
    /// (between the common first and last lines) is shown whole instead.
    static let tableLimit = 4_000_000

    /// `--- a` / `+++ b` and `@@` hunks; empty when the texts are equal.
    static func unified(_ old: String, _ new: String, oldName: String, newName: String) -> String {
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        let ops = operations(a, b)
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var i = 0
        while i < ops.count {
            guard ops[i].kind != " " else { i += 1; continue }
            let start = max(0, i - context)
            var end = i
            // A hunk runs until more than twice the context of unchanged lines.
            while end < ops.count {
                if ops[end].kind != " " { end += 1; continue }
                var run = end
                while run < ops.count && ops[run].kind == " " { run += 1 }
                if run == ops.count || run - end > 2 * context { break }
                end = run
            }
            let stop = min(ops.count, end + context)
            let slice = ops[start..<stop]
            let oldStart = (ops[..<start].filter { $0.kind != "+" }.count)
            let newStart = (ops[..<start].filter { $0.kind != "-" }.count)
            let oldCount = slice.filter { $0.kind != "+" }.count, newCount = slice.filter { $0.kind != "-" }.count
            out += "@@ -\(oldStart + 1),\(oldCount) +\(newStart + 1),\(newCount) @@\n"
            for op in slice { out += "\(op.kind)\(op.line)\n" }
            i = stop
        }
        return out
    }

    private static func lines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The edit script: " " kept, "-" removed, "+" added.
    private static func operations(_ a: [Substring], _ b: [Substring]) -> [(kind: Character, line: Substring)] {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let x = Array(a[prefix..<(a.count - suffix)]), y = Array(b[prefix..<(b.count - suffix)])
        var ops = a[..<prefix].map { (kind: Character(" "), line: $0) }
        if (x.count + 1) * (y.count + 1) > tableLimit {
            ops += x.map { (Character("-"), $0) } + y.map { (Character("+"), $0) }
        } else {
            ops += middle(x, y)
        }
        return ops + a[(a.count - suffix)...].map { (Character(" "), $0) }
    }

    /// The longest common subsequence of the changed middle, walked into an edit script.
    private static func middle(_ x: [Substring], _ y: [Substring]) -> [(kind: Character, line: Substring)] {
        let columns = y.count + 1
        var table = [Int32](repeating: 0, count: (x.count + 1) * columns)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i * columns + j] = x[i] == y[j] ? table[(i + 1) * columns + j + 1] + 1
                    : max(table[(i + 1) * columns + j], table[i * columns + j + 1])
            }
        }
        var ops: [(kind: Character, line: Substring)] = []
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                ops.append((" ", x[i])); i += 1; j += 1
            } else if i < x.count, j == y.count || table[(i + 1) * columns + j] >= table[i * columns + j + 1] {
                ops.append(("-", x[i])); i += 1
            } else {
                ops.append(("+", y[j])); j += 1
            }
        }
        return ops
    }
}
