import SluiceCompiler

/// The report's charts as inline SVG: drawn by the browser from the file alone, no script and no
/// external assets. Every text is escaped; numbers are formatted without locale.
enum ReportCharts {
    static let palette = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
                          "#9c755f", "#bab0ac"]

    /// Bytes per hour, stacked by group, over the whole period (empty hours included).
    static func hourly(_ hourly: [HourlyBytes], from: Int64, to: Int64) -> String {
        let hours = max(1, Int((to - from) / 3600))
        var groups: [String] = []
        var stacks = [[(String, UInt64)]](repeating: [], count: hours)
        for entry in hourly {
            let slot = Int((entry.hour - from) / 3600)
            guard slot >= 0, slot < hours else { continue }
            if !groups.contains(entry.group) { groups.append(entry.group) }
            stacks[slot].append((entry.group, entry.bytes))
        }
        let peak = max(1, stacks.map { $0.reduce(0) { $0 &+ $1.1 } }.max() ?? 1)
        let (width, height, left) = (900.0, 200.0, 70.0)
        let barWidth = (width - left) / Double(hours)
        // Seven legend entries a row, below the hours of the first and last bar.
        let legendRows = (max(groups.count, 1) + 6) / 7
        var svg = header(width: width, height: height + 22 + 18 * Double(legendRows), title: "Bytes per hour per group")
        svg += text(x: left, y: height + 14, RFC3339.format(unixSeconds: from))
        svg += text(x: width - 130, y: height + 14, RFC3339.format(unixSeconds: to - 3600))
        svg += axis(peak: peak, left: left, height: height)
        for (slot, stack) in stacks.enumerated() {
            var y = height
            for (group, bytes) in stack {
                let h = Double(bytes) / Double(peak) * (height - 10)
                y -= h
                svg += rect(x: left + Double(slot) * barWidth, y: y, width: max(barWidth - 0.2, 0.5), height: h,
                            color: color(groups.firstIndex(of: group) ?? 0), title: "\(group): \(Units.size(bytes))")
            }
        }
        for (i, group) in groups.enumerated() {
            let x = left + Double(i % 7) * 120, y = height + 24 + 18 * Double(i / 7)
            svg += rect(x: x, y: y, width: 10, height: 10, color: color(i), title: group)
            svg += text(x: x + 14, y: y + 9, group)
        }
        return svg + "</svg>\n"
    }

    /// Horizontal bars, one per labelled value, longest first as given.
    static func bars(_ entries: [(label: String, bytes: UInt64)], title: String) -> String {
        let peak = max(1, entries.map(\.bytes).max() ?? 1)
        let (width, row, left) = (900.0, 22.0, 260.0)
        var svg = header(width: width, height: row * Double(max(entries.count, 1)) + 10, title: title)
        for (i, entry) in entries.enumerated() {
            let y = Double(i) * row + 5
            let w = Double(entry.bytes) / Double(peak) * (width - left - 90)
            svg += text(x: 4, y: y + 15, entry.label)
            svg += rect(x: left, y: y, width: max(w, 1), height: row - 6, color: color(0), title: Units.size(entry.bytes))
            svg += text(x: left + w + 6, y: y + 15, Units.size(entry.bytes))
        }
        return svg + "</svg>\n"
    }

    /// A host's use in each quota window as a bar, with the budget as a line across it; a bar past
    /// the line is red.
    static func windows(_ windows: [HostWindowUsage]) -> String {
        let peak = max(1, windows.map { max($0.bytes, $0.budget) }.max() ?? 1)
        let (width, height, left) = (900.0, 200.0, 70.0)
        let slot = (width - left) / Double(max(windows.count, 1))
        let host = windows.first?.host ?? ""
        var svg = header(width: width, height: height + 20, title: "\(host) against its quota windows")
        // A window's start date under its bar, where there is room for one.
        let every = max(1, Int((60 / slot).rounded(.up)))
        svg += axis(peak: peak, left: left, height: height)
        for (i, window) in windows.enumerated() {
            let x = left + Double(i) * slot
            let h = Double(window.bytes) / Double(peak) * (height - 10)
            let over = window.bytes >= window.budget
            svg += rect(x: x + slot * 0.1, y: height - h, width: slot * 0.8, height: h, color: over ? "#e15759" : color(0),
                        title: "\(window.quota) \(window.windowStart): \(Units.size(window.bytes)) of \(Units.size(window.budget))")
            if i % every == 0 { svg += text(x: x + 2, y: height + 14, String(window.windowStart.prefix(10))) }
            let budgetY = height - Double(window.budget) / Double(peak) * (height - 10)
            svg += "<line x1=\"\(n(x))\" x2=\"\(n(x + slot))\" y1=\"\(n(budgetY))\" y2=\"\(n(budgetY))\" stroke=\"#333\" "
                + "stroke-dasharray=\"4 2\"/>\n"
        }
        return svg + "</svg>\n"
    }

    private static func header(width: Double, height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" "
            + "aria-label=\"\(ReportHTML.escape(title))\" font-family=\"sans-serif\" font-size=\"11\">\n"
            + "<title>\(ReportHTML.escape(title))</title>\n"
    }

    private static func axis(peak: UInt64, left: Double, height: Double) -> String {
        text(x: 2, y: 14, Units.size(peak)) + text(x: 2, y: height, "0")
            + "<line x1=\"\(n(left))\" x2=\"\(n(left))\" y1=\"0\" y2=\"\(n(height))\" stroke=\"#999\"/>\n"
    }

    private static func rect(x: Double, y: Double, width: Double, height: Double, color: String, title: String) -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(color)\">"
            + "<title>\(ReportHTML.escape(title))</title></rect>\n"
    }

    private static func text(x: Double, y: Double, _ content: String) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\">\(ReportHTML.escape(content))</text>\n"
    }

    private static func color(_ index: Int) -> String { palette[index % palette.count] }

    /// A coordinate with two decimals at most, the same on every machine.
    private static func n(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole)." + (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    }
}
