extension StoreSchema {
    /// Migration `v-usage-remote`: how many of a usage row's bytes a fleet watcher (`--cluster`)
    /// added from the other gateways into the kernel's figure, written with the bytes in the same
    /// upsert. A restarted watcher tells its own bytes from the others' with it: before, it had
    /// only what it had published to etcd, which is gone with its lease ten seconds after it
    /// stopped, and it then published the others' bytes as its own (counted twice fleet-wide).
    /// Rows written before have none (0), as have windows a watcher counted alone.
    static let usageRemote = """
        ALTER TABLE usage ADD COLUMN remote_bytes INTEGER NOT NULL DEFAULT 0 CHECK (remote_bytes >= 0);
        """
}
