import Foundation

/// A database role of a shared store: one post's, or one EX office's (`Docs/SharedStore.md`).
public struct PostgresStoreRole: Sendable, Equatable {
    /// What the role acts as.
    public enum Kind: Sendable, Equatable {
        /// A post of a bureau: records, submits and cancels its own cost requests and reads
        /// only those; exports and imports its own cables; reads the whole shared memory.
        case post(name: String, bureau: RegionalBureau)
        /// An EX office: lists the requests of every post of its bureaus and approves, rejects
        /// and pays them. `NEA-SCA/EX` serves two bureaus.
        case executiveOffice(bureaus: [RegionalBureau])
    }

    /// The PostgreSQL role name: lower-case letters, digits and `_`, starting with a letter or `_`.
    public var role: String
    /// What it acts as.
    public var kind: Kind

    /// Creates a role.
    public init(role: String, kind: Kind) {
        self.role = role
        self.kind = kind
    }

    /// A post's role, named `tipl10n_<post>` unless `role` is given (`tipl10n_pristina`,
    /// `tipl10n_port_of_spain`).
    public static func post(_ name: String, bureau: RegionalBureau, role: String? = nil) -> PostgresStoreRole {
        PostgresStoreRole(
            role: role ?? "tipl10n_" + name.lowercased().replacingOccurrences(of: "-", with: "_"),
            kind: .post(name: name, bureau: bureau))
    }

    /// An EX office's role for `bureau`, named `tipl10n_<bureau>_ex` unless `role` is given
    /// (`tipl10n_eur_ex`; `tipl10n_nea_sca_ex` for NEA-SCA/EX, which also serves the other bureau).
    public static func executiveOffice(of bureau: RegionalBureau, role: String? = nil) -> PostgresStoreRole {
        let bureaus = RegionalBureau.allCases.filter { $0.executiveOffice == bureau.executiveOffice }
        let office = bureau.executiveOffice.lowercased().replacingOccurrences(of: "-", with: "_")
            .replacingOccurrences(of: "/", with: "_")
        return PostgresStoreRole(role: role ?? "tipl10n_\(office)", kind: .executiveOffice(bureaus: bureaus))
    }

    /// `tipl10n_pristina (post PRISTINA, EUR)`, `tipl10n_eur_ex (EUR/EX)`.
    public var summary: String {
        switch kind {
        case .post(let name, let bureau): "\(role) (post \(name), \(bureau.rawValue))"
        case .executiveOffice(let bureaus): "\(role) (\(bureaus.first?.executiveOffice ?? "EX office"))"
        }
    }
}

/// Sets up a shared PostgreSQL store: its schema and migrations, then one database role per
/// post and EX office with the privileges row-level security works with (`tipl10n store
/// init-postgres`). The library renders the SQL; ``apply(roles:to:)`` runs it.
///
/// Privileges (row-level security narrows them to rows, `Docs/SharedStore.md`):
///
/// | role | reads | inserts | updates |
/// |---|---|---|---|
/// | post | everything but other posts' cost requests | units, translations, history, import records, memory entries, its cost requests, lines and events | its units and translations |
/// | EX office | its bureaus' cost requests, lines and events | events (approve, reject, pay) | nothing |
///
/// Nobody is granted DELETE or TRUNCATE, and triggers refuse changes to history for every
/// role, the administrator included.
public enum PostgresSetup {
    /// The tables a post reads and inserts into.
    static let postTables = [
        "source_unit", "import_record", "\"translation\"", "translation_history", "memory_entry", "cost_request",
        "cost_request_line", "cost_request_event",
    ]

    /// The whole setup of a new, empty database as one script for `psql` (one transaction):
    /// the schema `tipl10n`, every migration with its `meta` and `schema_migration` rows, then
    /// ``roleSQL(roles:)``. Run it as the role that is to own the store (its administrator).
    ///
    /// - Parameter date: the `created_at` and `applied_at` written.
    /// - Throws: ``StoreError`` for a role name or post name that cannot be used.
    public static func setupSQL(roles: [PostgresStoreRole], at date: Date) throws -> String {
        let now = literal(StoreDate.text(from: date))
        var script = """
            -- tipl10n shared store: schema version \(StoreSchema.currentVersion) and roles (Docs/SharedStore.md).
            -- Run as the role that is to own the store, in an empty database:
            --     psql -v ON_ERROR_STOP=1 -d DATABASE -f setup.sql
            BEGIN;
            CREATE SCHEMA \(PostgresBackend.schema);
            SET LOCAL search_path TO \(PostgresBackend.schema);
            CREATE TABLE schema_migration (
                identifier TEXT COLLATE "C" NOT NULL PRIMARY KEY,
                applied_at TEXT COLLATE "C" NOT NULL
            );

            """
        for migration in StoreSchema.migrations {
            script += "\n-- \(migration.identifier)\n\(migration.postgresql)\n"
            if migration.version == 1 {
                script += """
                    INSERT INTO meta (key, value) VALUES (\(literal(StoreSchema.schemaVersionKey)), '1'),
                        (\(literal(StoreSchema.createdByKey)), \(literal(StoreSchema.toolName))),
                        (\(literal(StoreSchema.createdAtKey)), \(now));

                    """
            } else {
                script +=
                    "UPDATE meta SET value = '\(migration.version)' WHERE key = \(literal(StoreSchema.schemaVersionKey));\n"
            }
            script +=
                "INSERT INTO schema_migration (identifier, applied_at) VALUES (\(literal(migration.identifier)), \(now));\n"
        }
        script += "\n" + (try roleSQL(roles: roles)) + "COMMIT;\n"
        return script
    }

    /// The roles part: for each role, `CREATE ROLE … LOGIN` when it does not exist, its
    /// privileges on the store's tables, and its row in `store_role` (replacing an earlier
    /// one). Safe to run again, e.g. after an upgrade added tables. Logins need a password or
    /// another authentication method set by the database's administrator.
    ///
    /// - Throws: ``StoreError`` (path `<setup>`) for a role name that is not lower-case letters,
    ///   digits and `_`, a post name that is not capital letters and `-`, an EX office without
    ///   bureaus, or a role listed twice.
    public static func roleSQL(roles: [PostgresStoreRole]) throws -> String {
        var seen = Set<String>()
        var script = "SET LOCAL search_path TO \(PostgresBackend.schema);\n"
        for role in roles {
            guard role.role.wholeMatch(of: #/[a-z_][a-z0-9_]{0,62}/#) != nil else {
                throw StoreError(
                    path: "<setup>",
                    message: "'\(role.role)' cannot be a role name: use lower-case letters, digits and _")
            }
            guard seen.insert(role.role).inserted else {
                throw StoreError(path: "<setup>", message: "the role \(role.role) is listed twice")
            }
            let name = "\"\(role.role)\""
            script += """

                -- \(role.summary)
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(literal(role.role))) THEN
                        CREATE ROLE \(name) LOGIN;
                    END IF;
                END $$;
                GRANT USAGE ON SCHEMA \(PostgresBackend.schema) TO \(name);
                GRANT SELECT ON meta, schema_migration, store_role TO \(name);
                DELETE FROM store_role WHERE role_name = \(literal(role.role));

                """
            switch role.kind {
            case .post(let post, let bureau):
                guard post.wholeMatch(of: #/[A-Z][A-Z-]*/#) != nil else {
                    throw StoreError(
                        path: "<setup>",
                        message: "'\(post)' is not a post name: use capital letters and -, e.g. PRISTINA")
                }
                let tables = postTables.joined(separator: ", ")
                script += """
                    GRANT SELECT, INSERT ON \(tables) TO \(name);
                    GRANT UPDATE ON source_unit, "translation" TO \(name);
                    GRANT USAGE ON ALL SEQUENCES IN SCHEMA \(PostgresBackend.schema) TO \(name);
                    INSERT INTO store_role (role_name, kind, post, bureau)
                        VALUES (\(literal(role.role)), 'post', \(literal(post)), \(literal(bureau.rawValue)));

                    """
            case .executiveOffice(let bureaus):
                guard !bureaus.isEmpty else {
                    throw StoreError(path: "<setup>", message: "the EX office role \(role.role) has no bureau")
                }
                script += """
                    GRANT SELECT ON cost_request, cost_request_line, cost_request_event TO \(name);
                    GRANT INSERT ON cost_request_event TO \(name);
                    GRANT USAGE ON ALL SEQUENCES IN SCHEMA \(PostgresBackend.schema) TO \(name);

                    """
                for bureau in bureaus {
                    script += """
                        INSERT INTO store_role (role_name, kind, post, bureau)
                            VALUES (\(literal(role.role)), 'ex_office', NULL, \(literal(bureau.rawValue)));

                        """
                }
            }
        }
        return script
    }

    /// Sets up the store at `location` for `roles`: opens it as the administrator (creating
    /// and migrating its tables, ``TranslationStore/open(_:)``), then runs ``roleSQL(roles:)``
    /// in one transaction.
    ///
    /// - Returns: the store, open as the administrator.
    /// - Throws: ``StoreError``: the connection's refusal, `refused to the role x: only the store's
    ///   administrator sets it up`, or the server's message (e.g. `permission denied to create role`).
    @discardableResult
    public static func apply(roles: [PostgresStoreRole], to location: PostgresLocation) throws -> TranslationStore {
        let sql = try roleSQL(roles: roles)
        let store = try TranslationStore.open(.postgres(location))
        guard case .administrator = store.identity else {
            throw StoreError(
                path: store.path,
                message:
                    "cannot set up the store: refused to \(store.identity): only the store's administrator sets it up",
                sqlState: "42501")
        }
        try store.write("cannot set up the roles") { transaction in try transaction.executeScript(sql) }
        return store
    }

    /// `text` as an SQL string literal (`'` doubled).
    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
