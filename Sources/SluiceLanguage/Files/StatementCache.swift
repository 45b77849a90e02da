/// Parsed statements kept between runs, so that loading a large policy again parses only the
/// statements whose text changed (the state directory's compile cache keeps them, in
/// SluiceStore). The loader hands it the exact text of each statement, and an opaque entry to keep
/// for it; an entry comes back only for exactly the same text.
public protocol StatementCache: AnyObject {
    /// What was kept for a statement with exactly this text, if anything.
    func entry(forStatement text: UnsafeRawBufferPointer) -> [UInt8]?
    /// Keeps `entry` for a statement with this text.
    func keep(_ entry: [UInt8], forStatement text: UnsafeRawBufferPointer)
}
