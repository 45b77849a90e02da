/// A connected byte stream, plain TCP or TLS over it: what the HTTP exchange reads and writes.
protocol ByteStream: Sendable {
    /// Reads up to `buffer.count` bytes; 0 at the end of the stream.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// Writes every byte.
    func write(_ bytes: [UInt8]) throws
    /// Makes a read waiting on another thread return (cancellation).
    func shutdown()
    /// Releases the connection.
    func close()
}
