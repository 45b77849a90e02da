import SluiceCompiler

/// `sluice report --format html`: one self-contained file (inline style and SVG, no script, no
/// external assets) with the charts and every section of the text form.
public enum ReportHTML {
    /// The whole document.
    public static func render(_ report: FlowReport) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Sluice report \(escape(report.table)) \(escape(report.from)) to \(escape(report.until))</title>
            <style>
            body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin-bottom:1.5em}
            th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:13px}th{background:#f3f3f3}
            td.n{text-align:right}h2{margin-top:1.6em}.muted{color:#777}
            </style></head><body>

            """
        html += "<h1>Outbound report: table \(escape(report.table))</h1>\n"
        html += "<p>\(escape(report.from)) to \(escape(report.until)) (UTC), live policy version \(report.version)"
        if let group = report.group { html += ", group \(escape(group))" }
        if let host = report.host { html += ", host \(escape(host))" }
        html += ".<br>\(Units.size(report.bytes)) sent by \(report.hostCount) hosts to \(report.destinationCount) destinations"
        html += "; \(Units.size(report.wouldDenyBytes)) of it would be denied"
        html += report.auditedGroups.isEmpty ? ".</p>\n" : " (audited: \(escape(report.auditedGroups.joined(separator: ", ")))).</p>\n"
        html += "<h2>Bytes per hour per group</h2>\n" + ReportCharts.hourly(report.hourly, from: report.fromSeconds, to: report.untilSeconds)
        html += "<h2>Top hosts by bytes</h2>\n"
            + ReportCharts.bars(report.topHosts.map { ($0.host, $0.bytes) }, title: "Top hosts by bytes")
        if !report.hostWindows.isEmpty {
            html += "<h2>\(escape(report.hostWindows[0].host)) against its quota windows</h2>\n"
                + ReportCharts.windows(report.hostWindows)
        }
        for section in ReportSection.all(report) {
            html += "<h2>\(escape(section.title))</h2>\n" + table(section)
        }
        return html + "</body></html>\n"
    }

    static func table(_ section: ReportSection) -> String {
        guard !section.rows.isEmpty else { return "<p class=\"muted\">\(escape(section.empty))</p>\n" }
        var html = "<table><tr>" + section.columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
        for row in section.rows {
            html += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</table>\n"
    }

    /// Text made safe inside HTML elements and quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters have no business in a report; show them as their code point.
                if c.value < 0x20 || c.value == 0x7f { out += "\u{FFFD}" } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }
}
