import Foundation
import GRDB

/// A store in one SQLite file (or in memory), through GRDB.
///
/// A `DatabaseQueue` serialises every access of this process; writes run in `BEGIN IMMEDIATE`
/// transactions, which exclude the writers of other processes too (they wait up to
/// ``TranslationStore/busyTimeout`` for the file).
final class SQLiteBackend: StoreBackend {
    let dbQueue: DatabaseQueue

    init(_ dbQueue: DatabaseQueue) {
        self.dbQueue = dbQueue
    }

    var engine: StoreEngine { .sqlite }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(TranslationStore.busyTimeout)
        configuration.label = "tipl10n.store"
        configuration.prepareDatabase { db in
            // Statement journals in memory: every INSERT of an import saves the pages it
            // changes in one, in case it must be undone alone, and once a statement journal
            // outgrew 64 KiB, SQLite kept it as a file for the rest of the transaction, writing
            // each page there again (16 writes per imported translation). Sorts too large for
            // the page cache are held in memory as well; each query that sorts returns its rows
            // as one array anyway, and the store makes no temporary tables.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return configuration
    }

    func read<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        do {
            return try dbQueue.read { db in try body(SQLiteConnection(db)) }
        } catch let error as DatabaseError {
            throw Self.failure(error)
        }
    }

    func write<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        do {
            return try dbQueue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(SQLiteConnection(db))
                    return .commit
                }
                guard let result else { throw StoreEngineFailure(message: "the transaction returned no result") }
                return result
            }
        } catch let error as DatabaseError {
            throw Self.failure(error)
        }
    }

    /// A GRDB error as an engine failure: SQLite's message and primary result code.
    static func failure(_ error: DatabaseError) -> StoreEngineFailure {
        let code = error.resultCode.primaryResultCode
        return StoreEngineFailure(
            message: error.message ?? "sqlite error \(code.rawValue)", sqliteResultCode: code.rawValue)
    }
}

/// The connection of one GRDB transaction.
final class SQLiteConnection: StoreConnection {
    let db: Database

    init(_ db: Database) {
        self.db = db
    }

    var engine: StoreEngine { .sqlite }

    func rows(_ sql: String, _ arguments: [StoreValue]) throws -> [StoreRow] {
        do {
            let statement = try db.cachedStatement(sql: Self.sqliteParameters(sql))
            return try Row.fetchAll(statement, arguments: Self.arguments(arguments)).map { row in
                StoreRow(
                    columns: Array(row.columnNames).map { $0.lowercased() },
                    values: row.databaseValues.map(Self.value))
            }
        } catch let error as DatabaseError {
            throw SQLiteBackend.failure(error)
        }
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [StoreValue]) throws -> Int {
        do {
            try db.cachedStatement(sql: Self.sqliteParameters(sql)).execute(arguments: Self.arguments(arguments))
            return db.changesCount
        } catch let error as DatabaseError {
            throw SQLiteBackend.failure(error)
        }
    }

    func executeScript(_ sql: String) throws {
        do {
            try db.execute(sql: sql)
        } catch let error as DatabaseError {
            throw SQLiteBackend.failure(error)
        }
    }

    /// `$1` → `?1`: the store's queries never hold `$` elsewhere. A `$` before a digit
    /// becomes `?`, byte for byte (the statements are cached by their text, so this runs on
    /// every call and must stay cheap).
    static func sqliteParameters(_ sql: String) -> String {
        let bytes = Array(sql.utf8)
        guard bytes.contains(UInt8(ascii: "$")) else { return sql }
        var converted = bytes
        for index in converted.indices.dropLast()
        where converted[index] == UInt8(ascii: "$") && (0x30...0x39).contains(converted[index + 1]) {
            converted[index] = UInt8(ascii: "?")
        }
        return String(decoding: converted, as: UTF8.self)
    }

    static func arguments(_ values: [StoreValue]) -> StatementArguments {
        StatementArguments(
            values.map { value -> DatabaseValue in
                switch value {
                case .null: .null
                case .integer(let number): number.databaseValue
                case .real(let number): number.databaseValue
                case .text(let text): text.databaseValue
                }
            })
    }

    static func value(_ value: DatabaseValue) -> StoreValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .double(let number): .real(number)
        case .string(let text): .text(text)
        case .blob(let data): .text(data.base64EncodedString())
        }
    }
}
