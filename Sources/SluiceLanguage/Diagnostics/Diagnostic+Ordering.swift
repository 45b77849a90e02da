extension Array where Element == Diagnostic {
    /// The diagnostics in display order: by file in reading order (the order of `sources`, the
    /// root first; unknown files last), then line, then column. Ties keep their order (stable).
    /// Use it to merge later stages' diagnostics with the loader's: sorting by `SourceLocation`
    /// alone would order files by name.
    public func inReadingOrder(of sources: [SourceFile]) -> [Diagnostic] {
        var fileIndex: [String: Int] = [:]
        for (index, source) in sources.enumerated() where fileIndex[source.path] == nil {
            fileIndex[source.path] = index
        }
        return enumerated().sorted { a, b in
            let fa = fileIndex[a.element.location.file] ?? sources.count
            let fb = fileIndex[b.element.location.file] ?? sources.count
            return (fa, a.element.location.line, a.element.location.column, a.offset)
                < (fb, b.element.location.line, b.element.location.column, b.offset)
        }.map(\.element)
    }
}
