/// What `PolicyFormatter` makes of one file.
public enum PolicyFormatting: Sendable, Equatable {
    /// The file in the canonical layout (possibly the same text).
    case formatted(String)
    /// The file does not parse, or is not a policy: it must not be rewritten. The diagnostics say
    /// why (only errors of the file itself: syntax and values, not names or includes).
    case refused([Diagnostic])
}
