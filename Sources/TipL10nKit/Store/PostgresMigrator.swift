import Foundation

/// Opens a PostgreSQL store: checks its schema, runs the migrations it lacks when the role
/// may, and finds out who the role is in the store.
///
/// The applied migrations are recorded in `tipl10n.schema_migration` (identifier, when); the
/// version in `meta.schema_version`, as on SQLite. Migrations run in one write transaction (so
/// two processes opening a new store at once do it once), and only when something is
/// missing: a post's or an EX office's role, which may not create tables, opens an up-to-date
/// store without writing anything.
enum PostgresMigrator {
    static func migrate(_ backend: PostgresBackend, path: String) throws {
        func wrapped<T>(_ body: () throws -> T) throws -> T {
            do {
                return try body()
            } catch let error as StoreError {
                throw error
            } catch {
                let failure = PostgresBackend.failure(error)
                if failure.sqlState == "42501" {
                    throw StoreError(
                        path: path,
                        message: "the role \(backend.location.user) may not use this store (\(failure.message)): "
                            + "the store's administrator gives it a post or EX office role",
                        sqlState: failure.sqlState)
                }
                throw TranslationStore.openError(failure, path: path)
            }
        }
        let missing = try wrapped {
            try backend.read { try missingMigrations($0, path: path, user: backend.location.user) }
        }
        guard !missing.isEmpty else { return }
        try wrapped {
            try backend.write { connection in
                // Again inside the write lock: another process may have migrated meanwhile.
                let missing = try missingMigrations(connection, path: path, user: backend.location.user)
                guard !missing.isEmpty else { return }
                do {
                    try connection.executeScript(
                        """
                        CREATE SCHEMA IF NOT EXISTS \(PostgresBackend.schema);
                        CREATE TABLE IF NOT EXISTS schema_migration (
                            identifier TEXT COLLATE "C" NOT NULL PRIMARY KEY,
                            applied_at TEXT COLLATE "C" NOT NULL
                        );
                        """)
                    for migration in missing {
                        try StoreSchema.apply(migration, on: connection)
                        try connection.execute(
                            "INSERT INTO schema_migration (identifier, applied_at) VALUES ($1, $2)",
                            [.text(migration.identifier), .text(StoreDate.text(from: Date()))])
                    }
                } catch let failure as StoreEngineFailure where failure.sqlState == "42501" {
                    let user = backend.location.user
                    let state =
                        missing.count == StoreSchema.migrations.count
                        ? "the database holds no tipl10n store"
                        : "the store is at schema version \(StoreSchema.currentVersion - missing.count); "
                            + "this tipl10n needs \(StoreSchema.currentVersion)"
                    throw StoreError(
                        path: path,
                        message: "\(state), and the role \(user) may not set it up (\(failure.message)): "
                            + "the store's administrator sets it up or upgrades it",
                        sqlState: failure.sqlState)
                }
            }
        }
    }

    /// The migrations the store lacks, oldest first.
    ///
    /// - Throws: ``StoreError`` for a store written by a newer tipl10n, or a schema `tipl10n`
    ///   that is not a store.
    private static func missingMigrations(
        _ connection: any StoreConnection, path: String, user: String
    ) throws
        -> [StoreMigration]
    {
        let schema = PostgresBackend.schema
        let tables = Set(
            try connection.rows(
                "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = $1",
                [.text(schema)]
            ).map { try $0.string("name") })
        if tables.isEmpty { return StoreSchema.migrations }
        let usage = try connection.rows("SELECT has_schema_privilege($1, 'USAGE') AS usage", [.text(schema)])
        guard try usage.first?.bool("usage") == true else {
            throw StoreError(
                path: path,
                message: "the role \(user) may not use this store (it has no privilege on the schema \(schema)): "
                    + "the store's administrator gives it a post or EX office role", sqlState: "42501")
        }
        guard tables.contains("schema_migration"), tables.contains("meta") else {
            throw StoreError.notAStore(
                path: path, reason: "the schema \(schema) has tables but no schema_migration and meta tables")
        }
        let versionText = try connection.rows(
            "SELECT value FROM meta WHERE key = $1", [.text(StoreSchema.schemaVersionKey)]
        ).first?.optionalString("value")
        let version = try StoreSchema.version(from: versionText, path: path)
        if version > StoreSchema.currentVersion { throw StoreError.newerSchema(path: path, version: version) }
        let applied = Set(
            try connection.rows("SELECT identifier FROM schema_migration").map { try $0.string("identifier") })
        let unknown = applied.subtracting(StoreSchema.migrations.map(\.identifier)).sorted()
        guard unknown.isEmpty else { throw StoreError.unknownMigrations(path: path, unknown) }
        return StoreSchema.migrations.filter { !applied.contains($0.identifier) }
    }

    /// Who the connection's role is in the store: a post, an EX office, or the administrator
    /// (the owner of the store's tables, or a superuser).
    ///
    /// - Throws: ``StoreError`` for a role that is none of these: `the role x has no post or
    ///   EX office role in this store: the store's administrator adds it`.
    static func identity(_ backend: PostgresBackend, path: String) throws -> StoreIdentity {
        do {
            return try backend.read { connection in
                let admin = try connection.rows(
                    """
                    SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
                        OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables
                            WHERE schemaname = $1 AND tablename = 'meta'), 'USAGE') AS is_admin,
                        current_user::text AS role
                    """, [.text(PostgresBackend.schema)])
                let role = try admin.first?.string("role") ?? backend.location.user
                if try admin.first?.bool("is_admin") == true { return .administrator(role: role) }
                let rows = try connection.rows(
                    "SELECT kind, post, bureau FROM store_role WHERE role_name = current_user ORDER BY bureau")
                var bureaus: [RegionalBureau] = []
                for row in rows {
                    guard let bureau = RegionalBureau(rawValue: try row.string("bureau")) else { continue }
                    if try row.string("kind") == "post", let post = try row.optionalString("post") {
                        return .post(role: role, post: post, bureau: bureau)
                    }
                    bureaus.append(bureau)
                }
                guard !bureaus.isEmpty else {
                    throw StoreError(
                        path: path,
                        message: "the role \(role) has no post or EX office role in this store: "
                            + "the store's administrator adds it")
                }
                return .executiveOffice(role: role, bureaus: bureaus)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw TranslationStore.openError(PostgresBackend.failure(error), path: path)
        }
    }
}
