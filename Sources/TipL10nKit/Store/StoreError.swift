import Foundation

/// A translation store that cannot be opened, read or written.
///
/// The message is written once, in ``description``: `path: error: message`, lower case, no
/// trailing period. `path` is the store file as the user named it (`<memory>` for an
/// in-memory store). Examples:
///
///     store.sqlite: error: the store was written by a newer tipl10n (schema version 3; this tipl10n knows up to 1)
///     notes.txt: error: not a tipl10n store: file is not a database
///     .tipl10n/store.sqlite: error: cannot apply the import of done.xlf: FOREIGN KEY constraint failed
public struct StoreError: DiagnosticError, Equatable {
    /// The store file as the user named it, or `<memory>`.
    public var path: String
    /// What went wrong; lower case, no trailing period. SQLite's own wording is kept after a colon.
    public var message: String
    /// SQLite's primary result code when SQLite reported the problem (5 `SQLITE_BUSY`,
    /// 19 `SQLITE_CONSTRAINT`, 26 `SQLITE_NOTADB`, …), otherwise `nil`.
    public var sqliteResultCode: Int32?

    /// Creates an error.
    public init(path: String, message: String, sqliteResultCode: Int32? = nil) {
        self.path = path
        self.message = message
        self.sqliteResultCode = sqliteResultCode
    }

    /// What the user can do about it, if anything.
    public var remedy: Remedy?

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

    /// The file is not SQLite, or is SQLite without tipl10n's `meta` table.
    static func notAStore(path: String, reason: String, sqliteResultCode: Int32? = nil) -> StoreError {
        StoreError(path: path, message: "not a tipl10n store: \(reason)", sqliteResultCode: sqliteResultCode)
    }

    /// Stored data tipl10n cannot read back (edited by hand, or written by a different build).
    static func unreadable(path: String, _ reason: String) -> StoreError {
        StoreError(path: path, message: "unreadable store data: \(reason)")
    }
}
