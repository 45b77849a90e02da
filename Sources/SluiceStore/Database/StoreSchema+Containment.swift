extension StoreSchema {
    /// A host's block and isolation stand side by side, each with its own end, as they do in the
    /// kernel's two sets: recording one no longer closes the other. Before, isolating a blocked
    /// host (or blocking an isolated one) closed the other's record, so a longer containment was
    /// forgotten and not put back when the kernel lost it.
    static let containmentKinds = """
        DROP INDEX containment_standing;
        CREATE UNIQUE INDEX containment_standing ON containment (table_name, host, kind) WHERE released_ms IS NULL;
        """
}
