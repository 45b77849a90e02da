import Glibc

/// What identifies the running executable's build: the GNU build ID the linker wrote into it (a
/// hash of the linked code), read from the ELF notes of `/proc/self/exe`; without one, the file's
/// device, inode, size and change time. Caches of what this build computed (the compile cache)
/// are keyed by it, so a rebuilt binary never reuses another build's output.
public enum ExecutableIdentity {
    /// The running executable's identity, read once: `build-id:HEX` or `file:DEV:INO:SIZE:CTIME`
    /// (`unknown` when neither can be read, which no cache entry ever matches twice).
    public static let current: String = read(path: "/proc/self/exe") ?? "unknown:\(getpid()):\(time(nil))"

    /// The identity of the executable at `path`.
    static func read(path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if let id = buildID(fd) { return "build-id:" + id.map { hex($0) }.joined() }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        return "file:\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    /// The NT_GNU_BUILD_ID note of a 64-bit little-endian ELF file, or nil.
    private static func buildID(_ fd: Int32) -> [UInt8]? {
        guard let header = readBytes(fd, at: 0, count: 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46]),
              header[4] == 2, header[5] == 1 else { return nil }
        let phoff = Int(header.load(64, at: 32))
        let phentsize = Int(header.load(16, at: 54))
        let phnum = Int(header.load(16, at: 56))
        guard phentsize >= 56, phnum <= 256, let table = readBytes(fd, at: phoff, count: phentsize * phnum) else { return nil }
        for i in 0..<phnum {
            let entry = i * phentsize
            // PT_NOTE segments hold the notes; the build ID is one of them.
            guard table.load(32, at: entry) == 4 else { continue }
            let offset = Int(table.load(64, at: entry + 8)), size = Int(table.load(64, at: entry + 32))
            guard size <= 1 << 16, let notes = readBytes(fd, at: offset, count: size) else { continue }
            var at = 0
            while at + 12 <= notes.count {
                let nameSize = Int(notes.load(32, at: at)), descSize = Int(notes.load(32, at: at + 4))
                let type = notes.load(32, at: at + 8)
                let name = at + 12, desc = name + (nameSize + 3) & ~3
                let next = desc + (descSize + 3) & ~3
                guard next <= notes.count else { break }
                if type == 3, nameSize == 4, notes[name..<name + 4].elementsEqual([0x47, 0x4E, 0x55, 0]), descSize > 0 {
                    return Array(notes[desc..<desc + descSize])
                }
                at = next
            }
        }
        return nil
    }

    private static func readBytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count > 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
        return n == count ? bytes : nil
    }
}

private extension Array where Element == UInt8 {
    /// A little-endian unsigned integer of `bits` bits at `offset`.
    func load(_ bits: Int, at offset: Int) -> UInt64 {
        var value: UInt64 = 0
        for i in stride(from: bits / 8 - 1, through: 0, by: -1) { value = value << 8 | UInt64(self[offset + i]) }
        return value
    }
}
