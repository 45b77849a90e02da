import Foundation

/// The cluster file: `name = value` lines, `#` comments. Names: `endpoints`, `gateway`, `ca`,
/// `cert`, `key`, `plaintext` (yes/no), `sync-interval` (seconds, `1s`, `500ms`). Command-line
/// options override it.
public struct ClusterFile: Hashable, Sendable {
    /// The values by name, with the line each was on.
    public var values: [String: String] = [:]
    var lines: [String: Int] = [:]
    /// The path it was read from.
    public let path: String

    static let names: Set<String> = ["endpoints", "gateway", "ca", "cert", "key", "plaintext", "sync-interval"]

    /// Parses a cluster file's text.
    public init(text: String, path: String) throws(ClusterSettingsError) {
        self.path = path
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw .file(path: path, line: index + 1, "expected 'name = value'")
            }
            let name = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard Self.names.contains(name) else {
                throw .file(path: path, line: index + 1, "unknown setting '\(name)' (known: \(Self.names.sorted().joined(separator: ", ")))")
            }
            guard values[name] == nil else { throw .file(path: path, line: index + 1, "'\(name)' is set twice") }
            values[name] = value
            lines[name] = index + 1
        }
    }

    /// The line a setting is on, nil when the file does not set it.
    public func line(of name: String) -> Int? { lines[name] }

    /// Reads a cluster file.
    public init(path: String) throws(ClusterSettingsError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalid("cannot read the cluster file \(path)")
        }
        try self.init(text: String(decoding: data, as: UTF8.self), path: path)
    }

    /// `plaintext` as a flag; a value other than yes/no names its line.
    public func flag(_ name: String) throws(ClusterSettingsError) -> Bool? {
        guard let value = values[name] else { return nil }
        switch value.lowercased() {
        case "yes", "true", "on": return true
        case "no", "false", "off": return false
        default: throw .file(path: path, line: lines[name] ?? 0, "'\(name)' must be yes or no")
        }
    }

    /// `sync-interval` as a duration.
    public func duration(_ name: String) throws(ClusterSettingsError) -> Duration? {
        guard let value = values[name] else { return nil }
        if value.hasSuffix("ms"), let ms = Int64(value.dropLast(2)), ms > 0 { return .milliseconds(ms) }
        if let seconds = Double(value.hasSuffix("s") ? String(value.dropLast()) : value), seconds > 0, seconds < 1e9 {
            return .milliseconds(Int64(seconds * 1000))
        }
        throw .file(path: path, line: lines[name] ?? 0, "'\(name)' must be a duration such as 1s or 500ms")
    }
}
