/// The rule for `--table NAME` values that the store turns into file names.
enum TableName {
    /// Refuses names that could leave the state directory or hide as dot files: only letters,
    /// digits, `_`, `-` and `.`, not starting with `.`, at most 255 bytes (nftables' limit).
    static func validate(_ name: String, operation: String, path: String) throws(StoreError) {
        let allowed = name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
                || byte == 0x5f || byte == 0x2d || byte == 0x2e
        }
        guard !name.isEmpty, name.utf8.count <= 255, allowed, !name.hasPrefix(".") else {
            throw StoreError(operation: operation, path: path, reason: .invalidArgument(
                "bad table name \"\(name)\": use letters, digits, '_', '-' and '.', not starting with '.'"))
        }
    }
}
