/// What makes two paths the same file, so that a file is read once however it is named
/// (a symlink, `../dir/`, an absolute path, a hard link), and a cycle through any of those names
/// is still a cycle.
public enum PolicyFileIdentity: Hashable, Sendable, Codable {
    /// A file on disk: its device and inode.
    case inode(device: UInt64, inode: UInt64)
    /// A file without an inode (in memory): its normalized path.
    case path(String)
}
