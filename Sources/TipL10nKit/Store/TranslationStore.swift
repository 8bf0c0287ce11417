import Foundation
import GRDB

/// The project's translation store: source units, translations with their history, and
/// import records, in one SQLite file (`.tipl10n/store.sqlite` in the project folder).
///
/// The only part of TipL10nKit that reads or writes files (DESIGN §3). A GRDB
/// `DatabaseQueue` inside serialises all access, so one store may be shared between
/// threads and tasks; writes run in `BEGIN IMMEDIATE` transactions and wait up to
/// ``busyTimeout`` seconds for another process holding the file.
///
/// Opening runs the schema migrations (`v1-initial-schema`, …) and refuses a file that is
/// not SQLite, a SQLite database that is not a tipl10n store, or a store written by a newer
/// tipl10n. Dates are stored as ISO 8601 UTC text with milliseconds
/// (`2009-06-16T14:00:00.000Z`); see `Docs/Store.md` for the schema.
///
/// Every method throws ``StoreError`` (`path: error: message`).
public final class TranslationStore: Sendable {
    /// The schema version this tipl10n writes, and the highest it opens.
    public static var currentSchemaVersion: Int { StoreSchema.currentVersion }

    /// Where the store lives relative to the project folder: `.tipl10n/store.sqlite`.
    public static let defaultRelativePath = ".tipl10n/store.sqlite"

    /// Seconds a write waits for another process that holds the database.
    public static let busyTimeout: TimeInterval = 5

    /// The store file as the user named it (used in messages), or `<memory>`.
    public let path: String

    /// The connection; internal so tests can check constraints and triggers with raw SQL.
    let dbQueue: DatabaseQueue

    /// Opens the store at `url`, creating its folder and the file when missing, and migrates
    /// it to ``currentSchemaVersion``.
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
            queue = try DatabaseQueue(path: url.path, configuration: Self.configuration())
        } catch let error as DatabaseError {
            throw Self.openError(error, path: shown)
        }
        try self.init(queue: queue, path: shown)
    }

    /// A new, empty, migrated store in memory (path `<memory>`), for tests and dry runs.
    ///
    /// - Throws: ``StoreError`` if SQLite cannot allocate the database.
    public static func inMemory() throws -> TranslationStore {
        let path = "<memory>"
        do {
            return try TranslationStore(queue: DatabaseQueue(configuration: configuration()), path: path)
        } catch let error as DatabaseError {
            throw openError(error, path: path)
        }
    }

    private init(queue: DatabaseQueue, path: String) throws {
        self.dbQueue = queue
        self.path = path
        try migrate()
    }

    /// The schema version recorded in the store's `meta` table.
    ///
    /// - Throws: ``StoreError`` when the table cannot be read.
    public var schemaVersion: Int {
        get throws {
            try read("cannot read the schema version") { db in
                guard let version = try storedSchemaVersion(db) else {
                    throw StoreError.notAStore(path: path, reason: "a SQLite database without tipl10n's meta table")
                }
                return version
            }
        }
    }

    /// The `meta` table as key → value: `schema_version` (`1`), `created_by`
    /// (`tipl10n 0.1.0`), `created_at` (ISO 8601 UTC).
    ///
    /// - Throws: ``StoreError`` when the table cannot be read.
    public func metadata() throws -> [String: String] {
        try read("cannot read the meta table") { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") {
                result[try row.decode(String.self, forColumn: "key")] = try row.decode(String.self, forColumn: "value")
            }
            return result
        }
    }

    // MARK: - Opening

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "tipl10n.store"
        return configuration
    }

    /// Checks the version, then runs the migrations this build knows and the store lacks.
    private func migrate() throws {
        let migrator = StoreSchema.migrator
        do {
            let unknown: [String] = try dbQueue.read { db in
                if let version = try storedSchemaVersion(db), version > StoreSchema.currentVersion {
                    throw StoreError.newerSchema(path: path, version: version)
                }
                return try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
            }
            guard unknown.isEmpty else {
                throw StoreError(
                    path: path,
                    message: "the store was written by a newer tipl10n (it has migrations this tipl10n "
                        + "does not know: \(unknown.joined(separator: ", ")))")
            }
            try migrator.migrate(dbQueue)
        } catch let error as DatabaseError {
            throw Self.openError(error, path: path)
        }
    }

    /// The `meta.schema_version`, or `nil` for an empty database.
    ///
    /// - Throws: ``StoreError`` (not a tipl10n store) for a database with other tables and no
    ///   `meta`, or a `meta` without a readable version.
    private func storedSchemaVersion(_ db: Database) throws -> Int? {
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
        guard let value, !value.isNull else {
            throw StoreError.notAStore(path: path, reason: "the meta table has no schema_version")
        }
        guard let text = String.fromDatabaseValue(value), let version = Int(text), version >= 1 else {
            throw StoreError.notAStore(path: path, reason: "the meta table's schema_version is not a version number")
        }
        return version
    }

    /// A `DatabaseError` met while opening, as a ``StoreError``.
    static func openError(_ error: DatabaseError, path: String) -> StoreError {
        let code = error.resultCode.primaryResultCode
        let reason = error.message ?? "sqlite error \(code.rawValue)"
        if code == .SQLITE_NOTADB {
            return .notAStore(path: path, reason: reason, sqliteResultCode: code.rawValue)
        }
        return StoreError(path: path, message: "cannot open the store: \(reason)", sqliteResultCode: code.rawValue)
    }

    // MARK: - Access

    /// Runs `body` in a read transaction; any error comes out as a ``StoreError`` whose message
    /// starts with `action`.
    func read<T>(_ action: String, _ body: (Database) throws -> T) throws -> T {
        do {
            if let database = joinedTransaction() { return try body(database) }
            return try dbQueue.read(body)
        } catch {
            throw storeError(error, action: action)
        }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: committed when `body` returns,
    /// rolled back when it throws. Errors come out as ``StoreError``s starting with `action`.
    func write<T>(_ action: String, _ body: (Database) throws -> T) throws -> T {
        do {
            if let database = joinedTransaction() { return try body(database) }
            return try dbQueue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else {
                    throw StoreError(path: path, message: "\(action): the transaction returned no result")
                }
                return result
            }
        } catch {
            throw storeError(error, action: action)
        }
    }

    /// `error` as a ``StoreError``: kept when it already is one, SQLite's message otherwise.
    func storeError(_ error: any Error, action: String) -> StoreError {
        switch error {
        case let error as StoreError:
            return error
        case let error as DatabaseError:
            let code = error.resultCode.primaryResultCode
            return StoreError(
                path: path, message: "\(action): \(error.message ?? "sqlite error \(code.rawValue)")",
                sqliteResultCode: code.rawValue)
        default:
            return StoreError(path: path, message: "\(action): \(error)")
        }
    }
}

extension TranslationStore {
    /// Runs `body` as ONE transaction: every read and write this store makes inside `body`
    /// (``register(units:cableID:at:)``, ``apply(_:record:)``, …) joins it, so they commit
    /// together or, when `body` throws, not at all. Used by import to register the built-in
    /// cable's units and apply the changes of every `<file>` of one XLIFF file atomically.
    ///
    /// - Throws: ``StoreError`` (errors thrown by `body` come out as ``StoreError``s starting with `action`).
    public func atomically<T>(_ action: String, _ body: () throws -> T) throws -> T {
        try write(action) { db in
            try TranslationStore.$activeTransaction.withValue(
                ActiveTransaction(database: db, store: ObjectIdentifier(self))
            ) {
                try body()
            }
        }
    }

    /// The transaction of an enclosing ``atomically(_:_:)`` call on this store, if any.
    fileprivate func joinedTransaction() -> Database? {
        guard let active = TranslationStore.activeTransaction, active.store == ObjectIdentifier(self) else {
            return nil
        }
        return active.database
    }

    /// The database connection of a running ``atomically(_:_:)`` block. Only ever used
    /// synchronously on the thread that runs the block (GRDB's writer queue), so the
    /// unchecked `Sendable` is sound.
    final class ActiveTransaction: @unchecked Sendable {
        let database: Database
        let store: ObjectIdentifier

        init(database: Database, store: ObjectIdentifier) {
            self.database = database
            self.store = store
        }
    }

    @TaskLocal static var activeTransaction: ActiveTransaction?
}
