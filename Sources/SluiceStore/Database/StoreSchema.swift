import Foundation
import GRDB
import SluiceCompiler
import SluiceLanguage

/// The database schema as a list of migrations. Never edit a registered migration: add a new one,
/// so databases written by older releases upgrade in place.
enum StoreSchema {
    /// Every migration, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
            try LegacyVersions.convert(db)
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v-flows") { db in
            try db.execute(sql: flows)
        }
        migrator.registerMigration("v-baselines") { db in
            try db.execute(sql: baselines)
        }
        migrator.registerMigration("v-names") { db in
            try db.execute(sql: names)
        }
        migrator.registerMigration("v-containment-kinds") { db in
            try db.execute(sql: containmentKinds)
        }
        migrator.registerMigration("v-intended-confirmation") { db in
            try db.execute(sql: intendedConfirmation)
        }
        migrator.registerMigration("v-usage-remote") { db in
            try db.execute(sql: usageRemote)
        }
        return migrator
    }

    /// The first schema. Times (`*_ms`) are Unix milliseconds, UTC (see `StoreTime`); window
    /// starts are Unix seconds.
    static let v1 = """
        CREATE TABLE version (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            created_ms INTEGER NOT NULL,
            user TEXT NOT NULL,
            hash TEXT NOT NULL,
            message TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('apply', 'rollback', 'auto-rollback')),
            rolled_back_to INTEGER,
            compiled_encoding TEXT NOT NULL,
            compiled BLOB NOT NULL,
            compiled_size INTEGER NOT NULL,
            compiled_sources_elided INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX version_by_table ON version (table_name, id);

        CREATE TABLE version_source (
            version_id INTEGER NOT NULL REFERENCES version (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            path TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (version_id, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE live_version (
            table_name TEXT PRIMARY KEY NOT NULL,
            version_id INTEGER NOT NULL REFERENCES version (id)
        ) WITHOUT ROWID;

        CREATE TABLE pending_confirmation (
            table_name TEXT PRIMARY KEY NOT NULL,
            version_id INTEGER NOT NULL REFERENCES version (id),
            rollback_to INTEGER REFERENCES version (id),
            deadline_ms INTEGER NOT NULL,
            timer_pid INTEGER,
            created_ms INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE usage (
            table_name TEXT NOT NULL,
            quota_id TEXT NOT NULL,
            host TEXT NOT NULL,
            window_start INTEGER NOT NULL,
            window_length INTEGER NOT NULL CHECK (window_length > 0),
            bytes INTEGER NOT NULL CHECK (bytes >= 0),
            updated_ms INTEGER NOT NULL,
            PRIMARY KEY (table_name, quota_id, host, window_start, window_length)
        ) WITHOUT ROWID;
        CREATE INDEX usage_by_end ON usage (table_name, window_start + window_length);

        CREATE TABLE containment (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            host TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('block', 'isolate')),
            since_ms INTEGER NOT NULL,
            expires_ms INTEGER,
            reason TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('watcher', 'manual')),
            incident_id INTEGER,
            released_ms INTEGER
        );
        CREATE UNIQUE INDEX containment_standing ON containment (table_name, host) WHERE released_ms IS NULL;
        CREATE INDEX containment_by_host ON containment (table_name, host, id);

        CREATE TABLE incident (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            time_ms INTEGER NOT NULL,
            host TEXT NOT NULL,
            groups TEXT NOT NULL CHECK (json_valid(groups)),
            quota_id TEXT NOT NULL,
            window_start INTEGER NOT NULL,
            window_length INTEGER NOT NULL,
            bytes_used INTEGER NOT NULL,
            budget INTEGER NOT NULL,
            actions TEXT NOT NULL CHECK (json_valid(actions)),
            containment_expires_ms INTEGER,
            details TEXT NOT NULL CHECK (json_valid(details))
        );
        CREATE INDEX incident_by_time ON incident (table_name, time_ms, id);
        """

    /// An intended version is recorded before its transaction is sent and becomes an ordinary one
    /// when the kernel has committed it: a crash in between leaves a record the next command
    /// resolves against the kernel, instead of a kernel that runs a policy the history lacks.
    /// Compiled policies stored once each, by the SHA-256 of their encoding (`CompiledPolicyCodec`),
    /// and referenced by the versions that applied them, so rollback and the watcher read what was
    /// applied and never compile old text again. Window marks move from a file into the schema.
    static let v2 = """
        CREATE TABLE compiled_policy (
            sha256 TEXT PRIMARY KEY NOT NULL,
            format TEXT NOT NULL,
            compiler TEXT NOT NULL,
            size INTEGER NOT NULL,
            blob BLOB NOT NULL,
            created_ms INTEGER NOT NULL
        );
        ALTER TABLE version ADD COLUMN compiled_sha256 TEXT REFERENCES compiled_policy (sha256);
        ALTER TABLE version ADD COLUMN compiled_error TEXT;
        ALTER TABLE version ADD COLUMN intended INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX version_by_compiled ON version (compiled_sha256);

        CREATE TABLE window_mark (
            table_name TEXT NOT NULL,
            quota_id TEXT NOT NULL,
            window_start INTEGER NOT NULL,
            PRIMARY KEY (table_name, quota_id)
        ) WITHOUT ROWID;
        """

    /// Policy text and compiled policies in content-addressed chunks (`ContentChunker`), each kept
    /// once by its SHA-256: a version that changes one prefix of a large policy stores the few
    /// chunks around the change, not the whole text and compiled policy again. A compiled policy
    /// stored this way keeps its manifest (`ChunkManifest`) in `compiled_policy.blob` and its chunks
    /// in `compiled_chunk`; a file stored this way has `text_chunked` set, an empty `text`, and its
    /// chunks in `source_chunk`. Rows written before stay as they are and are read as before.
    static let v3 = """
        CREATE TABLE chunk (
            sha256 TEXT PRIMARY KEY NOT NULL,
            size INTEGER NOT NULL,
            bytes BLOB NOT NULL
        );

        CREATE TABLE compiled_chunk (
            compiled_sha256 TEXT NOT NULL REFERENCES compiled_policy (sha256) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            chunk_sha256 TEXT NOT NULL REFERENCES chunk (sha256),
            PRIMARY KEY (compiled_sha256, position)
        ) WITHOUT ROWID;
        CREATE INDEX compiled_chunk_by_chunk ON compiled_chunk (chunk_sha256);

        ALTER TABLE version_source ADD COLUMN text_chunked INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE source_chunk (
            version_id INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            position INTEGER NOT NULL,
            chunk_sha256 TEXT NOT NULL REFERENCES chunk (sha256),
            size INTEGER NOT NULL,
            PRIMARY KEY (version_id, ordinal, position),
            FOREIGN KEY (version_id, ordinal) REFERENCES version_source (version_id, ordinal) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX source_chunk_by_chunk ON source_chunk (chunk_sha256);
        """

    /// Flow accounting (`sluice watch`) and what `sluice report` and `sluice learn` read: bytes,
    /// packets and connections per hour, sending host, destination, protocol and port, and verdict;
    /// denied attempts per hour; when each destination was first and last reached. Hosts and
    /// destinations are kept once each in `flow_endpoint` and referenced by id, so a month of
    /// rollups stays small and a report reads integers. Hours are Unix seconds of the hour's start.
    static let flows = """
        CREATE TABLE flow_endpoint (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );

        CREATE TABLE flow_hour (
            table_name TEXT NOT NULL,
            hour INTEGER NOT NULL CHECK (hour % 3600 = 0),
            host_id INTEGER NOT NULL,
            destination_id INTEGER NOT NULL,
            protocol INTEGER NOT NULL CHECK (protocol BETWEEN 0 AND 255),
            port INTEGER NOT NULL CHECK (port BETWEEN 0 AND 65535),
            verdict TEXT NOT NULL CHECK (verdict IN ('allow', 'would-deny')),
            bytes INTEGER NOT NULL CHECK (bytes >= 0),
            packets INTEGER NOT NULL CHECK (packets >= 0),
            flows INTEGER NOT NULL CHECK (flows >= 0),
            PRIMARY KEY (table_name, hour, host_id, destination_id, protocol, port, verdict)
        ) WITHOUT ROWID;

        CREATE TABLE flow_destination (
            table_name TEXT NOT NULL,
            destination_id INTEGER NOT NULL,
            first_hour INTEGER NOT NULL,
            last_hour INTEGER NOT NULL,
            PRIMARY KEY (table_name, destination_id)
        ) WITHOUT ROWID;

        CREATE TABLE denied_hour (
            table_name TEXT NOT NULL,
            hour INTEGER NOT NULL CHECK (hour % 3600 = 0),
            host_id INTEGER NOT NULL,
            destination_id INTEGER NOT NULL,
            protocol INTEGER NOT NULL CHECK (protocol BETWEEN 0 AND 255),
            port INTEGER NOT NULL CHECK (port BETWEEN 0 AND 65535),
            attempts INTEGER NOT NULL CHECK (attempts >= 0),
            PRIMARY KEY (table_name, hour, host_id, destination_id, protocol, port)
        ) WITHOUT ROWID;
        """
}
