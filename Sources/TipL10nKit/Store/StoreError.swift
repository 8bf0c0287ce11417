import Foundation

/// A translation store that cannot be opened, read or written.
///
/// The message is written once, in ``description``: `path: error: message`, lower case, no
/// trailing period. `path` is the store file as the user named it, the PostgreSQL URL without
/// its password, or `<memory>`. Examples:
///
///     store.sqlite: error: the store was written by a newer tipl10n (schema version 3; this tipl10n knows up to 1)
///     notes.txt: error: not a tipl10n store: file is not a database
///     .tipl10n/store.sqlite: error: cannot apply the import of done.xlf: FOREIGN KEY constraint failed
///     postgres://pristina_l10n@db:5432/eur: error: cannot approve PRISTINA-FY2009-001: refused to the role pristina_l10n (post PRISTINA, EUR): only EUR/EX approves, rejects and pays requests of its bureau's posts
public struct StoreError: DiagnosticError, Equatable {
    /// The store file as the user named it, or `<memory>`.
    public var path: String
    /// What went wrong; lower case, no trailing period. SQLite's own wording is kept after a colon.
    public var message: String
    /// SQLite's primary result code when SQLite reported the problem (5 `SQLITE_BUSY`,
    /// 19 `SQLITE_CONSTRAINT`, 26 `SQLITE_NOTADB`, …), otherwise `nil`.
    public var sqliteResultCode: Int32?
    /// PostgreSQL's SQLSTATE when the server reported the problem (`42501` insufficient
    /// privilege, `23514` check violation, `P0001` a trigger's refusal, `55P03` lock timeout,
    /// `08001` cannot connect, …), otherwise `nil`.
    public var sqlState: String?

    /// Creates an error.
    public init(path: String, message: String, sqliteResultCode: Int32? = nil, sqlState: String? = nil) {
        self.path = path
        self.message = message
        self.sqliteResultCode = sqliteResultCode
        self.sqlState = sqlState
    }

    /// What the user can do about it, if anything.
    public var remedy: Remedy?

    /// True when a shared store refused the action to the connection's role (SQLSTATE 42501).
    public var isPermissionDenied: Bool { sqlState == "42501" }

    /// `path: error: message` as a diagnostic (check `store`).
    public var diagnostic: Diagnostic {
        Diagnostic(location: path, unitID: nil, severity: .error, check: "store", message: message, remedy: remedy)
    }
}

extension StoreError {
    /// The store's schema version is above ``TranslationStore/currentSchemaVersion``.
    static func newerSchema(path: String, version: Int) -> StoreError {
        StoreError(
            path: path,
            message: "the store was written by a newer tipl10n (schema version \(version); "
                + "this tipl10n knows up to \(StoreSchema.currentVersion))")
    }

    /// The store has migrations this build does not know.
    static func unknownMigrations(path: String, _ identifiers: [String]) -> StoreError {
        StoreError(
            path: path,
            message: "the store was written by a newer tipl10n (it has migrations this tipl10n "
                + "does not know: \(identifiers.joined(separator: ", ")))")
    }

    /// The file is not SQLite, or is SQLite without tipl10n's `meta` table.
    static func notAStore(path: String, reason: String, sqliteResultCode: Int32? = nil) -> StoreError {
        StoreError(path: path, message: "not a tipl10n store: \(reason)", sqliteResultCode: sqliteResultCode)
    }

    /// Stored data tipl10n cannot read back (edited by hand, or written by a different build).
    static func unreadable(path: String, _ reason: String) -> StoreError {
        StoreError(path: path, message: "unreadable store data: \(reason)")
    }
}
