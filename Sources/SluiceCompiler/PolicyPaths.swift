import SluiceLanguage

/// How Sluice names policy files wherever the name must not depend on how the policy was given.
public enum PolicyPaths {
    /// A policy file relative to the root policy's directory, so the same policy has the same name
    /// whichever path it was given by (`site.sluice`, `./site.sluice`, `/etc/sluice/site.sluice`);
    /// includes keep their path below it (`common/services.sluice`).
    public static func relative(_ file: String, root: String) -> String {
        func normalized(_ path: String) -> [Substring] {
            path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        }
        let rootParts = normalized(root).dropLast()
        let parts = normalized(file)
        if parts.count > rootParts.count, Array(parts.prefix(rootParts.count)) == Array(rootParts),
           file.hasPrefix("/") == root.hasPrefix("/") {
            return parts.dropFirst(rootParts.count).joined(separator: "/")
        }
        return (file.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
