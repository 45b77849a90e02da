import Testing
@testable import SluiceStore

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalUpdatesMatchOneShot() {
        let text = String(repeating: "table inet sluice { }\n", count: 100)
        var digest = SHA256()
        var rest = Substring(text)
        // Chunks of awkward sizes cross block boundaries at every offset.
        var size = 1
        while !rest.isEmpty {
            digest.update(rest.prefix(size).utf8)
            rest = rest.dropFirst(size)
            size = size % 70 + 7
        }
        #expect(digest.finalizeHex() == SHA256.hex(text))
    }

    /// `hex` takes libcrypto's digest when the system has it; both must agree everywhere.
    @Test func libcryptoAndPortableAgree() {
        var bytes: [UInt8] = []
        var x: UInt32 = 12_345
        for length in [0, 1, 55, 56, 63, 64, 65, 1_000, 100_003] {
            while bytes.count < length {
                x = x &* 1_103_515_245 &+ 12_345
                bytes.append(UInt8(truncatingIfNeeded: x >> 16))
            }
            let slice = Array(bytes.prefix(length))
            #expect(SHA256.hex(slice) == SHA256.portableHex(slice), "length \(length)")
        }
        #expect(SHA256.portableHex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Debian always has libcrypto.so.3 (apt, openssh and python need it): a command uses
        // the fast path from 1 KiB (many statements of a few KiB add up), tiny inputs stay
        // portable.
        let statement = Array(repeating: UInt8(7), count: LibcryptoDigest.worthwhileForCommands)
        #expect(statement.withUnsafeBytes { LibcryptoDigest.sha256($0) } != nil)
        #expect(SHA256.hex(statement) == SHA256.portableHex(statement))
        #expect(Array("abc".utf8).withUnsafeBytes { LibcryptoDigest.sha256($0) } == nil)
        // A daemon's threshold (`preferSmallFootprint`): nothing under 64 KiB loads it.
        let daemon = LibcryptoDigest.worthwhileForDaemons
        #expect(statement.withUnsafeBytes { LibcryptoDigest.sha256($0, smallest: daemon) } == nil)
        let large = Array(repeating: UInt8(7), count: daemon)
        #expect(large.withUnsafeBytes { LibcryptoDigest.sha256($0, smallest: daemon) } == SHA256.digest(large))
    }
}
