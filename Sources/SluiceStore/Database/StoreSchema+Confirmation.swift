extension StoreSchema {
    /// An `apply --confirm` keeps its window on the version it records as intended, so that the
    /// confirmation is pending from the moment the version is live (`markApplied` writes both in one
    /// transaction), also when the apply is killed after the kernel's commit and the next command
    /// settles it. Before, the confirmation was recorded after the commit, and an apply interrupted
    /// in between (Ctrl-C, a dropped SSH session) left the unconfirmed policy live for good.
    static let intendedConfirmation = """
        ALTER TABLE version ADD COLUMN confirm_window_ms INTEGER CHECK (confirm_window_ms > 0);
        ALTER TABLE version ADD COLUMN confirm_rollback_to INTEGER REFERENCES version (id);
        """
}
