/// Why a compiled policy could not be stored or read back.
public enum CompiledPolicyCodecError: Error, Hashable, Sendable, CustomStringConvertible {
    case encoding(String)
    /// Written in a format this release does not read (a newer Sluice, or damage).
    case unknownFormat(String, compiler: String?)
    case damaged(String)

    public var description: String {
        switch self {
        case .encoding(let detail): "could not encode the compiled policy: \(detail)"
        case .unknownFormat(let format, let compiler):
            "the compiled policy is stored as \"\(format)\"" + (compiler.map { " by sluice \($0)" } ?? "")
                + ", which sluice \(SluiceRelease.version) cannot read"
        case .damaged(let detail): "the stored compiled policy is damaged: \(detail)"
        }
    }
}
