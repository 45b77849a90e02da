/// The sources of an `allow`, `quota` or `on exceed`: `any` (every group) or named groups.
public enum SourceSelector: Hashable, Sendable, Codable {
    case any
    case groups([String])
}
