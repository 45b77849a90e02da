/// A DNS name a destination admits: one name (`pypi.org`) or every name below a suffix
/// (`*.example.net`, one or more labels in place of the `*`). Lowercase ASCII, without the
/// trailing dot; internationalized names are written in their IDNA (punycode) form.
public struct DomainPattern: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The name as Sluice spells it: lowercase, `*.` first for a pattern.
    public let text: String

    /// Whether this stands for the names below `suffix` rather than one name.
    public var isWildcard: Bool { text.hasPrefix("*.") }

    /// The name without the leading `*.` of a pattern.
    public var suffix: Substring { isWildcard ? text.dropFirst(2) : Substring(text) }

    /// The longest name DNS carries (RFC 1035: 255 bytes on the wire, 253 as text).
    public static let maximumLength = 253

    /// The longest label.
    public static let maximumLabelLength = 63

    /// A pattern from its checked text; nil when `check` would refuse it.
    public init?(_ raw: String) {
        guard case .success(let pattern) = Self.check(raw) else { return nil }
        self = pattern
    }

    private init(checked: String) { text = checked }

    /// Whether `name` (lowercase, no trailing dot) is this name, or for a pattern lies strictly
    /// below its suffix.
    public func matches(_ name: String) -> Bool {
        guard isWildcard else { return name == text }
        let suffix = self.suffix
        return name.utf8.count > suffix.utf8.count + 1 && name.hasSuffix("." + suffix)
    }

    /// Checks and normalizes a name as written: one trailing dot dropped, lowercased; labels of
    /// 1 to 63 letters, digits and `-` (not first or last); `*` only as the whole first label of a
    /// pattern with at least two labels after it; the last label not all digits (so that a
    /// quoted address is not taken for a name). The failure is a message and a help text.
    public static func check(_ raw: String) -> Result<DomainPattern, DomainProblem> {
        var text = raw.lowercased()
        if text.hasSuffix(".") && text.count > 1 { text.removeLast() }
        guard !text.isEmpty else { return .failure(DomainProblem("a DNS name cannot be empty")) }
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return .failure(DomainProblem("'\(DisplayText.quoted(raw))' is not ASCII",
                                          help: "write an internationalized name in its IDNA form (xn--...)"))
        }
        guard text.utf8.count <= maximumLength else {
            return .failure(DomainProblem("a DNS name has at most \(maximumLength) characters; this one has \(text.utf8.count)"))
        }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        for (i, label) in labels.enumerated() {
            if label == "*" {
                guard i == 0 else {
                    return .failure(DomainProblem("'*' may only stand as the first label",
                                                  help: "write a pattern such as \"*.example.net\""))
                }
                guard labels.count >= 3 else {
                    return .failure(DomainProblem("'\(DisplayText.quoted(text))' would match a whole top-level domain",
                                                  help: "name a domain below it, such as \"*.example.net\""))
                }
                continue
            }
            if let problem = labelProblem(label) { return .failure(problem) }
        }
        if let last = labels.last, last.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return .failure(DomainProblem("'\(DisplayText.quoted(raw))' is not a DNS name: its last label is a number",
                                          help: "write addresses without quotes"))
        }
        return .success(DomainPattern(checked: text))
    }

    private static func labelProblem(_ label: Substring) -> DomainProblem? {
        if label.isEmpty { return DomainProblem("a DNS name cannot have an empty label ('..' or a leading '.')") }
        if label.utf8.count > maximumLabelLength {
            return DomainProblem("the label '\(label.prefix(20))...' is \(label.utf8.count) characters long; labels have at most \(maximumLabelLength)")
        }
        if label.utf8.contains(UInt8(ascii: "*")) {
            return DomainProblem("'*' must be a whole label", help: "write a pattern such as \"*.example.net\"")
        }
        for b in label.utf8 {
            let ok = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D
            if !ok {
                return DomainProblem("the label '\(DisplayText.quoted(String(label)))' holds '\(Character(Unicode.Scalar(b)))'; DNS names hold letters, digits and '-'")
            }
        }
        if label.first == "-" || label.last == "-" {
            return DomainProblem("the label '\(DisplayText.quoted(String(label)))' starts or ends with '-'")
        }
        return nil
    }

    public static func < (lhs: DomainPattern, rhs: DomainPattern) -> Bool { lhs.text < rhs.text }

    public var description: String { text }

    /// Encodes as the text.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }

    /// Decodes the text, checking it again.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let raw = try c.decode(String.self)
        guard let pattern = DomainPattern(raw) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a DNS name: \(raw)")
        }
        self = pattern
    }
}
