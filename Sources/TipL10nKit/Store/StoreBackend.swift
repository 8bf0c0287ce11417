import Foundation

/// The database engines a store can live in.
public enum StoreEngine: String, Sendable, CaseIterable, CustomStringConvertible {
    /// One SQLite file (GRDB), the embedded default: `.tipl10n/store.sqlite`.
    case sqlite
    /// A PostgreSQL database (postgres-nio) shared by the posts of a bureau and its EX office.
    case postgresql

    /// `SQLite`, `PostgreSQL`.
    public var description: String { self == .sqlite ? "SQLite" : "PostgreSQL" }
}

/// One connection of an engine, used by one transaction at a time (never shared between
/// threads while a transaction runs).
///
/// Statements use `$1`, `$2`, … for parameters (PostgreSQL's spelling; the SQLite connection
/// reads them as `?1`, `?2`, …), so the domain code writes each query once for both engines.
protocol StoreConnection: AnyObject {
    /// The engine behind the connection.
    var engine: StoreEngine { get }
    /// Runs one statement and returns its rows (none for a statement without `RETURNING`).
    func rows(_ sql: String, _ arguments: [StoreValue]) throws -> [StoreRow]
    /// Runs one statement and returns how many rows it inserted, updated or deleted.
    @discardableResult func execute(_ sql: String, _ arguments: [StoreValue]) throws -> Int
    /// Runs several statements without parameters, in order (migrations, setup scripts).
    func executeScript(_ sql: String) throws
}

/// How a store reaches its database: transactions on one connection.
///
/// Both engines give the same guarantees (`Docs/Store.md`, "Transactions"): a write
/// transaction excludes every other writer of the store until it ends, so a check made inside
/// it still holds when it writes; a read transaction sees one consistent state.
protocol StoreBackend: Sendable {
    /// The engine.
    var engine: StoreEngine { get }
    /// Runs `body` in a read-only transaction that sees one consistent state.
    func read<T>(_ body: (any StoreConnection) throws -> T) throws -> T
    /// Runs `body` in a write transaction, committed when it returns, rolled back when it throws.
    func write<T>(_ body: (any StoreConnection) throws -> T) throws -> T
}

/// A failure the engine reported, before the store puts it in words for the user.
struct StoreEngineFailure: Error, CustomStringConvertible {
    /// The engine's message (SQLite's or the PostgreSQL server's), lower case where it is ours.
    var message: String
    /// SQLite's primary result code (5 busy, 19 constraint, 26 not a database, …).
    var sqliteResultCode: Int32?
    /// PostgreSQL's SQLSTATE (`42501` insufficient privilege, `23514` check violation, …).
    var sqlState: String?

    var description: String { message }
}

extension StoreConnection {
    /// The rows of a statement without parameters.
    func rows(_ sql: String) throws -> [StoreRow] { try rows(sql, []) }
}
