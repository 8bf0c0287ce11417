import Foundation
import GRDB

/// The project's translation store: source units, translations with their history, import
/// records, the translation memory and the cost ledger.
///
/// Two engines behind one interface (``StoreOperations``): a SQLite file through GRDB, the
/// embedded default (`.tipl10n/store.sqlite` in the project folder), or a PostgreSQL database
/// through postgres-nio that the posts of a bureau and its EX office share
/// (`Docs/SharedStore.md`). Both have the same schema and migrations, the same append-only
/// history and status rules enforced by the database itself (CHECK constraints and triggers),
/// and the same transaction guarantees: a write transaction excludes every other writer until
/// it ends. Open one with ``open(_:)``.
///
/// The only part of TipL10nKit that reads or writes files or talks to a server (DESIGN §3).
/// One store may be shared between threads and tasks: its transactions run one at a time.
/// Opening runs the schema migrations (`v1-initial-schema`, …) and refuses a file that is not
/// SQLite, a database that is not a tipl10n store, or a store written by a newer tipl10n.
/// Dates are stored as ISO 8601 UTC text with milliseconds (`2009-06-16T14:00:00.000Z`); see
/// `Docs/Store.md` for the schema.
///
/// Every method throws ``StoreError`` (`path: error: message`).
public final class TranslationStore: StoreOperations, Sendable {
    /// The schema version this tipl10n writes, and the highest it opens.
    public static var currentSchemaVersion: Int { StoreSchema.currentVersion }

    /// Where the store lives relative to the project folder: `.tipl10n/store.sqlite`.
    public static let defaultRelativePath = ".tipl10n/store.sqlite"

    /// Seconds a SQLite write waits for another process that holds the file (a PostgreSQL
    /// write waits up to `PostgresBackend.lockTimeout`, 30 s, for another writer).
    public static let busyTimeout: TimeInterval = 5

    /// How messages name the store: the file as the user named it, the PostgreSQL URL without
    /// its password, or `<memory>`.
    public let path: String

    /// Who the connection acts as (``StoreIdentity``); `.localFile` for SQLite.
    public let identity: StoreIdentity

    let backend: any StoreBackend
    private let owner = TransactionOwner()

    /// Internal plumbing.
    public var storeAccess: StoreAccess { StoreAccess(.store(self)) }

    /// The engine.
    public var engine: StoreEngine { backend.engine }

    // MARK: - Opening

    /// Opens the store at `location`, creating a SQLite file (and its folder) when missing,
    /// and migrates it to ``currentSchemaVersion``.
    ///
    /// A PostgreSQL database must exist; its tables are created (migrated) when the role may
    /// (its administrator); a post's or an EX office's role opens only a store that is set up.
    ///
    /// - Throws: ``StoreError``: `not a tipl10n store: file is not a database`, `the store was
    ///   written by a newer tipl10n (schema version N; this tipl10n knows up to M)`, `cannot
    ///   connect: …`, `the store is not set up (…) and the role pristina may not set it up: …`.
    public static func open(_ location: StoreLocation) throws -> TranslationStore {
        switch location {
        case .file(let url, let displayPath):
            return try TranslationStore(path: url, displayPath: displayPath)
        case .memory:
            return try inMemory()
        case .postgres(let postgres):
            return try openPostgres(postgres)
        }
    }

    /// Opens the SQLite store at `url`, creating its folder and the file when missing, and
    /// migrates it to ``currentSchemaVersion``.
    ///
    /// - Parameters:
    ///   - url: a file URL, e.g. `<project>/.tipl10n/store.sqlite`.
    ///   - displayPath: the path used in messages; defaults to `url.relativePath`.
    /// - Throws: ``StoreError``: `not a tipl10n store: file is not a database` (not SQLite),
    ///   `not a tipl10n store: a SQLite database without tipl10n's meta table`, `the store
    ///   was written by a newer tipl10n (schema version N; this tipl10n knows up to M)`,
    ///   `cannot create the folder …`, `cannot open the store: …`.
    public convenience init(path url: URL, displayPath: String? = nil) throws {
        let shown = displayPath ?? url.relativePath
        guard url.isFileURL else {
            throw StoreError(path: shown, message: "cannot open the store: not a file path")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError(path: shown, message: "cannot open the store: is a folder, not a file")
        }
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(
                path: shown,
                message: "cannot create the folder \(folder.relativePath) (\(error.localizedDescription))")
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: url.path, configuration: SQLiteBackend.configuration())
        } catch let error as DatabaseError {
            throw Self.openError(SQLiteBackend.failure(error), path: shown)
        }
        try self.init(sqlite: queue, path: shown)
    }

    /// A new, empty, migrated SQLite store in memory (path `<memory>`), for tests and dry runs.
    ///
    /// - Throws: ``StoreError`` if SQLite cannot allocate the database.
    public static func inMemory() throws -> TranslationStore {
        let path = "<memory>"
        do {
            return try TranslationStore(sqlite: DatabaseQueue(configuration: SQLiteBackend.configuration()), path: path)
        } catch let error as DatabaseError {
            throw openError(SQLiteBackend.failure(error), path: path)
        }
    }

    private init(sqlite queue: DatabaseQueue, path: String) throws {
        self.backend = SQLiteBackend(queue)
        self.path = path
        self.identity = .localFile
        try migrateSQLite(queue)
    }

    private init(postgres backend: PostgresBackend, path: String, identity: StoreIdentity) {
        self.backend = backend
        self.path = path
        self.identity = identity
    }

    private static func openPostgres(_ location: PostgresLocation) throws -> TranslationStore {
        let path = location.redacted
        let backend: PostgresBackend
        do {
            backend = try PostgresBackend.connect(location)
        } catch {
            throw openError(PostgresBackend.failure(error), path: path, connecting: true)
        }
        try PostgresMigrator.migrate(backend, path: path)
        let identity = try PostgresMigrator.identity(backend, path: path)
        return TranslationStore(postgres: backend, path: path, identity: identity)
    }

    /// The schema version recorded in the store's `meta` table.
    ///
    /// - Throws: ``StoreError`` when the table cannot be read.
    public var schemaVersion: Int {
        get throws {
            try read("cannot read the schema version") { transaction in
                guard
                    let text = try transaction.row(
                        "SELECT value FROM meta WHERE key = $1", [StoreSchema.schemaVersionKey])?
                        .optionalString("value"), let version = Int(text)
                else {
                    throw StoreError.notAStore(path: path, reason: "the meta table has no schema_version")
                }
                return version
            }
        }
    }

    /// The `meta` table as key → value: `schema_version` (`4`), `created_by`
    /// (`tipl10n 0.1.0`), `created_at` (ISO 8601 UTC).
    ///
    /// - Throws: ``StoreError`` when the table cannot be read.
    public func metadata() throws -> [String: String] {
        try read("cannot read the meta table") { transaction in
            var result: [String: String] = [:]
            for row in try transaction.rows("SELECT key, value FROM meta") {
                result[try row.string("key")] = try row.string("value")
            }
            return result
        }
    }

    // MARK: - SQLite migrations

    /// Checks the version, then runs the migrations this build knows and the store lacks.
    private func migrateSQLite(_ queue: DatabaseQueue) throws {
        let migrator = StoreSchema.sqliteMigrator
        do {
            let unknown: [String] = try queue.read { db in
                if let version = try sqliteSchemaVersion(db), version > StoreSchema.currentVersion {
                    throw StoreError.newerSchema(path: path, version: version)
                }
                return try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
            }
            guard unknown.isEmpty else { throw StoreError.unknownMigrations(path: path, unknown) }
            try migrator.migrate(queue)
        } catch let error as DatabaseError {
            throw Self.openError(SQLiteBackend.failure(error), path: path)
        }
    }

    /// The `meta.schema_version` of a SQLite store, or `nil` for an empty database.
    ///
    /// - Throws: ``StoreError`` (not a tipl10n store) for a database with other tables and no
    ///   `meta`, or a `meta` without a readable version.
    private func sqliteSchemaVersion(_ db: Database) throws -> Int? {
        guard try db.tableExists("meta") else {
            let tables =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") ?? 0
            if tables > 0 {
                throw StoreError.notAStore(path: path, reason: "a SQLite database without tipl10n's meta table")
            }
            return nil
        }
        let value = try DatabaseValue.fetchOne(
            db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [StoreSchema.schemaVersionKey])
        return try StoreSchema.version(from: value.flatMap { String.fromDatabaseValue($0) }, path: path)
    }

    /// A failure met while opening, as a ``StoreError``.
    static func openError(_ failure: StoreEngineFailure, path: String, connecting: Bool = false) -> StoreError {
        if failure.sqliteResultCode == 26 {
            return .notAStore(path: path, reason: failure.message, sqliteResultCode: 26)
        }
        return StoreError(
            path: path, message: "\(connecting ? "cannot connect" : "cannot open the store"): \(failure.message)",
            sqliteResultCode: failure.sqliteResultCode, sqlState: failure.sqlState)
    }

    // MARK: - Transactions

    /// Runs `body` in a new transaction of this store.
    func transaction<T>(
        _ action: String, writing: Bool, refusal: String?, _ body: (StoreTransaction) throws -> T
    ) throws -> T {
        do {
            if owner.isCurrentThread {
                throw StoreError(
                    path: path,
                    message: "\(action): a transaction of this store is already open on this thread; "
                        + "make the call on its StoreTransaction handle")
            }
            let run = { (connection: any StoreConnection) throws -> T in
                self.owner.enter()
                defer { self.owner.leave() }
                let transaction = StoreTransaction(store: self, connection: connection, isReadOnly: !writing)
                defer { transaction.end() }
                return try body(transaction)
            }
            return try writing ? backend.write(run) : backend.read(run)
        } catch {
            throw bodyError(error, action: action, refusal: refusal)
        }
    }

    /// `error` as a ``StoreError``: kept when it already is one; the engine's message after
    /// `action` otherwise. A PostgreSQL refusal for lack of privilege (SQLSTATE 42501) says who
    /// tried and, with `refusal`, who may: `cannot approve X: refused to the role pristina_l10n
    /// (post PRISTINA, EUR): only EUR/EX approves, rejects and pays requests of its bureau's posts`.
    func storeError(_ error: any Error, action: String, refusal: String? = nil) -> StoreError {
        switch error {
        case let error as StoreError:
            return error
        case let failure as StoreEngineFailure:
            if failure.sqlState == "42501" {
                let rule = refusal.map { ": \($0)" } ?? " (\(failure.message))"
                return StoreError(
                    path: path, message: "\(action): refused to \(identity)\(rule)", sqlState: failure.sqlState)
            }
            if failure.sqlState == "55P03" {
                return StoreError(
                    path: path,
                    message: "\(action): the store is busy: another writer held it for "
                        + "\(PostgresBackend.lockTimeout) s (\(failure.message))", sqlState: failure.sqlState)
            }
            return StoreError(
                path: path, message: "\(action): \(failure.message)", sqliteResultCode: failure.sqliteResultCode,
                sqlState: failure.sqlState)
        case let error as DatabaseError:
            return storeError(SQLiteBackend.failure(error), action: action, refusal: refusal)
        case let error as StoreRowError:
            return StoreError.unreadable(path: path, "\(action): \(error)")
        default:
            return StoreError(path: path, message: "\(action): \(error)")
        }
    }

    /// `error` thrown by a transaction's body: the engine's errors as a ``StoreError``
    /// (``storeError(_:action:refusal:)``); a domain error already phrased for the user (an
    /// `ImportError`, a `CostError`: any `LocalizedError`) unchanged.
    func bodyError(_ error: any Error, action: String, refusal: String?) -> any Error {
        switch error {
        case is StoreEngineFailure, is DatabaseError, is StoreRowError, is StoreError:
            return storeError(error, action: action, refusal: refusal)
        case is any LocalizedError:
            return error
        default:
            return storeError(error, action: action, refusal: refusal)
        }
    }
}

/// The thread running a transaction of one store, so a store call made inside the body
/// (instead of on its handle) is refused instead of waiting for itself.
private final class TransactionOwner: @unchecked Sendable {
    private let lock = NSLock()
    private var thread: pthread_t?

    var isCurrentThread: Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let thread else { return false }
        return pthread_equal(thread, pthread_self()) != 0
    }

    func enter() {
        lock.lock()
        thread = pthread_self()
        lock.unlock()
    }

    func leave() {
        lock.lock()
        thread = nil
        lock.unlock()
    }
}
