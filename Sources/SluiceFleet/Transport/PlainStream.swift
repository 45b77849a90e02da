import SluiceSystem

/// Plain TCP, only when the operator asked for it (`--cluster-plaintext`).
struct PlainStream: ByteStream {
    let socket: StreamSocket

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        try socket.read(into: buffer)
    }

    func write(_ bytes: [UInt8]) throws {
        // Typed throws through withUnsafeBytes crashes Swift 6.3's IR generation: carry the error out.
        var failure: (any Error)?
        bytes.withUnsafeBytes { raw in
            do {
                try socket.write(raw)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    func shutdown() { socket.shutdown() }

    func close() { socket.close() }
}
