import Glibc

/// What a directory entry is, as `lstat` tells it.
public enum FileKind: String, Hashable, Sendable {
    case regularFile = "a regular file"
    case symbolicLink = "a symbolic link"
    case directory = "a directory"
    case characterDevice = "a character device"
    case blockDevice = "a block device"
    case fifo = "a FIFO"
    case socket = "a socket"
    case other = "not a regular file"

    /// The kind of a `st_mode`.
    public init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFLNK: self = .symbolicLink
        case S_IFDIR: self = .directory
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        default: self = .other
        }
    }
}
