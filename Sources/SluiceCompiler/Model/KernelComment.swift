/// Comments as the kernel keeps them: nft refuses more than 128 bytes of comment (user data), so
/// longer ones are clipped on a character boundary with `...` marking the cut.
public enum KernelComment {
    /// The most bytes a comment may have, its terminating NUL included.
    public static let maxBytes = 128

    /// The text clipped at its end: `groups g0, g1, ...`.
    public static func clipEnd(_ text: String) -> String {
        guard text.utf8.count >= maxBytes else { return text }
        var out = ""
        for c in text {
            if out.utf8.count + c.utf8.count + 3 >= maxBytes { break }
            out.append(c)
        }
        return out + "..."
    }

    /// The text clipped at its start, keeping the end (`...cies/site.sluice:27`), for locations.
    public static func clipStart(_ text: String) -> String {
        guard text.utf8.count >= maxBytes else { return text }
        var out = ""
        for c in text.reversed() {
            if out.utf8.count + c.utf8.count + 3 >= maxBytes { break }
            out.insert(c, at: out.startIndex)
        }
        return "..." + out
    }
}
