import ArgumentParser

/// `sluice report --format`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case html
}
