/// Sluice's mark in the user data (NFTA_TABLE_USERDATA) of every table it creates: the proof that
/// Sluice made the table, so that it never changes one someone else made under the same name.
///
/// The kernel keeps a table's user data opaque and cannot change it after creation (a NEWTABLE
/// on an existing table updates its flags only), so the mark is set exactly once, in the
/// transaction that creates the table. It holds two nftnl user-data records:
/// - a comment (`NFTNL_UDATA_TABLE_COMMENT`, type 0, NUL-terminated), which `nft list ruleset`
///   shows as `comment "managed by sluice"`;
/// - Sluice's own record: magic bytes and a format version. nft ignores record types it does not
///   know, and nothing but Sluice writes this one, so `nft -f` cannot make a table that passes
///   for Sluice's, not even from a listing of Sluice's own table (that copy keeps only the
///   comment).
enum TableMark {
    /// NFTNL_UDATA_TABLE_COMMENT.
    static let commentType: UInt8 = 0
    /// Sluice's record. libnftnl registers 0 (comment), 1 and 2 (nft's version and build, nft
    /// 1.1.x); Sluice's type stays well above what libnftnl hands out in order.
    static let recordType: UInt8 = 0xa5
    /// What `nft list` shows.
    static let comment = "managed by sluice"
    static let magic: [UInt8] = Array("sluice-table".utf8)
    /// The record's format version, after the magic. A later Sluice's tables are still Sluice's:
    /// any version counts as the mark.
    static let version: UInt8 = 1

    /// The user data of a table Sluice creates.
    static var userData: [UInt8] {
        var u = UserData()
        u.putString(commentType, comment)
        u.put(recordType, magic + [version])
        return u.bytes
    }

    /// Whether a table's user data carries the mark.
    static func isMarked(_ userData: [UInt8]) -> Bool {
        UserData(userData[...]).records.contains { record in
            record.type == recordType && record.value.count > magic.count && record.value.starts(with: magic)
        }
    }
}
