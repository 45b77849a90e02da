extension StoreSchema {
    /// Migration `v-baselines`: what learned quotas learn from and what they decided.
    ///
    /// - `baseline_hour`: bytes per host and clock hour (UTC), recorded by the watcher or imported
    ///   from flow records; the hour-of-week profiles are computed from it, so they survive restarts
    ///   and re-applies.
    /// - `baseline_limit`: each host's learned limit for the current window of each learned quota,
    ///   replaced at every window start, for `status`, `explain` and `baseline show`.
    static let baselines = """
        CREATE TABLE baseline_hour (
            table_name TEXT NOT NULL,
            host TEXT NOT NULL,
            hour INTEGER NOT NULL CHECK (hour % 3600 = 0),
            bytes INTEGER NOT NULL CHECK (bytes >= 0),
            PRIMARY KEY (table_name, host, hour)
        ) WITHOUT ROWID;
        CREATE INDEX baseline_hour_by_hour ON baseline_hour (table_name, hour);

        CREATE TABLE baseline_limit (
            table_name TEXT NOT NULL,
            quota_id TEXT NOT NULL,
            host TEXT NOT NULL,
            window_start INTEGER NOT NULL,
            window_length INTEGER NOT NULL CHECK (window_length > 0),
            usual INTEGER NOT NULL CHECK (usual >= 0),
            limit_bytes INTEGER NOT NULL CHECK (limit_bytes >= 0),
            warming_up INTEGER NOT NULL CHECK (warming_up IN (0, 1)),
            history_seconds INTEGER NOT NULL CHECK (history_seconds >= 0),
            PRIMARY KEY (table_name, quota_id, host)
        ) WITHOUT ROWID;
        """
}
