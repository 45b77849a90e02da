import SluiceCompiler
import SluiceOperations

/// `sluice report` as text: a summary line, then each section as a table.
enum ReportText {
    static func render(_ report: FlowReport) -> String {
        var text = "Outbound report, table \(report.table), \(report.from) to \(report.until) (UTC), live version \(report.version)"
        if let group = report.group { text += ", group \(group)" }
        if let host = report.host { text += ", host \(host)" }
        text += "\n\(Units.size(report.bytes)) sent by \(report.hostCount) hosts to \(report.destinationCount) destinations; "
            + "\(Units.size(report.wouldDenyBytes)) would be denied"
        text += report.auditedGroups.isEmpty ? "\n" : " (audited: \(report.auditedGroups.joined(separator: ", ")))\n"
        for section in ReportSection.all(report) {
            text += "\n\(section.title)\n"
            text += section.rows.isEmpty ? "  \(section.empty)\n" : TextTable.render([section.columns] + section.rows)
        }
        return text
    }
}
