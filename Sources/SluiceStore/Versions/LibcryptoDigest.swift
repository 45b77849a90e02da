#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// SHA-256 from the system's OpenSSL (libcrypto), loaded at run time when it is there.
///
/// Hashing a 2 MB policy in portable Swift takes about 11 ms, libcrypto (with the CPU's SHA
/// instructions) about 1.5 ms, on a path every apply takes. Loading it with `dlopen` keeps
/// OpenSSL out of the build: where it is missing, `SHA256` computes the same digest itself.
enum LibcryptoDigest {
    private typealias EVPDigest = @convention(c) (UnsafeRawPointer?, Int, UnsafeMutablePointer<UInt8>?,
                                                 UnsafeMutablePointer<UInt32>?, OpaquePointer?, OpaquePointer?) -> Int32
    private typealias EVPSHA256 = @convention(c) () -> OpaquePointer?

    private struct Functions: @unchecked Sendable {  // C function pointers, never changed after loading
        let digest: EVPDigest
        let sha256: EVPSHA256
    }

    private static let functions: Functions? = load()

    private static func load() -> Functions? {
        #if canImport(Glibc)
        for name in ["libcrypto.so.3", "libcrypto.so"] {
            guard let library = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            guard let digest = dlsym(library, "EVP_Digest"), let sha256 = dlsym(library, "EVP_sha256") else {
                dlclose(library)
                continue
            }
            return Functions(digest: unsafeBitCast(digest, to: EVPDigest.self),
                             sha256: unsafeBitCast(sha256, to: EVPSHA256.self))
        }
        #endif
        return nil
    }

    /// Below this many bytes a daemon keeps to the portable code (under 0.4 ms): loading
    /// libcrypto adds 3.3 MB to the resident memory of a process that only ever hashes small
    /// things (the watcher, which hashes store chunks and names).
    static let worthwhileForDaemons = 64 * 1024

    /// Below this many bytes the portable code is as fast as a call into libcrypto. A command
    /// hashes many inputs under 64 KiB that add up to megabytes (an apply of a 2.4 MB policy:
    /// each statement for the compile cache, each stored chunk), which the portable code made
    /// 40 ms of a 210 ms one-prefix apply.
    static let worthwhileForCommands = 1_024

    private static let threshold = Atomic<Int>(worthwhileForCommands)

    /// Keeps inputs under 64 KiB on the portable code from now on (a long-running daemon).
    static func preferSmallFootprint() { threshold.store(worthwhileForDaemons, ordering: .relaxed) }

    /// The SHA-256 digest of `bytes`, or nil when the input is under `smallest` bytes (by
    /// default the process's threshold), or libcrypto is not available or fails.
    static func sha256(_ bytes: UnsafeRawBufferPointer, smallest: Int = threshold.load(ordering: .relaxed)) -> [UInt8]? {
        guard bytes.count >= smallest, let functions, let md = functions.sha256() else { return nil }
        var out = [UInt8](repeating: 0, count: 32)
        var size: UInt32 = 0
        let ok = out.withUnsafeMutableBufferPointer { buffer in
            functions.digest(bytes.baseAddress, bytes.count, buffer.baseAddress, &size, md, nil)
        }
        return ok == 1 && size == 32 ? out : nil
    }
}
