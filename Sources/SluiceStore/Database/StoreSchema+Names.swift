extension StoreSchema {
    /// Migration `v-names`: the addresses the watcher learned from DNS answers, so that a restarted
    /// watcher puts back into the kernel what has not expired (and `status --names` can show
    /// them). One row per destination, name and address; rows go once they expired.
    static let names = """
        CREATE TABLE learned_name (
            table_name TEXT NOT NULL,
            destination TEXT NOT NULL,
            name TEXT NOT NULL,
            address TEXT NOT NULL,
            expires_ms INTEGER NOT NULL,
            PRIMARY KEY (table_name, destination, name, address)
        ) WITHOUT ROWID;
        CREATE INDEX learned_name_by_expiry ON learned_name (table_name, expires_ms);
        """
}
