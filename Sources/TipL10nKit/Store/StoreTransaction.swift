import Foundation

/// The handle of one open transaction, given to the body of ``StoreOperations/read(_:_:)``
/// and ``StoreOperations/write(_:_:)``: every call made on it joins the transaction.
///
/// Like GRDB's `Database`, it is valid only inside the body that received it: a call after
/// the body returned throws. It is not `Sendable`; use it on the thread that runs the body.
///
/// ```swift
/// try store.write("cannot register the units of \(cableID)") { transaction in
///     try transaction.keepInMemory(translationsOf: cableID, replacedBy: units, at: date)
///     try transaction.register(units: units, cableID: cableID, parts: parts, at: date)
/// }
/// ```
public final class StoreTransaction: StoreOperations {
    let store: TranslationStore
    let connection: any StoreConnection
    /// True for a read transaction: writes are refused.
    public let isReadOnly: Bool
    private var hasEnded = false
    private var savepointDepth = 0

    init(store: TranslationStore, connection: any StoreConnection, isReadOnly: Bool) {
        self.store = store
        self.connection = connection
        self.isReadOnly = isReadOnly
    }

    /// The store's name in messages.
    public var path: String { store.path }

    /// Internal plumbing.
    public var storeAccess: StoreAccess { StoreAccess(.transaction(self)) }

    /// Marks the handle as no longer usable (the transaction committed or rolled back).
    func end() { hasEnded = true }

    // MARK: - SQL

    /// The rows of one statement (`$1`, `$2`, … parameters).
    func rows(_ sql: String, _ arguments: [any StoreArgument] = []) throws -> [StoreRow] {
        try checkOpen()
        return try connection.rows(sql, arguments.map(\.storeValue))
    }

    /// The first row of one statement, or `nil`.
    func row(_ sql: String, _ arguments: [any StoreArgument] = []) throws -> StoreRow? {
        try rows(sql, arguments).first
    }

    /// The first column of every row, as text (`count(*)` and other numbers as digits).
    func strings(_ sql: String, _ arguments: [any StoreArgument] = []) throws -> [String] {
        try rows(sql, arguments).map(\.first.description)
    }

    /// The first column of the first row as an integer (`count(*)`), or `nil`.
    func integer(_ sql: String, _ arguments: [any StoreArgument] = []) throws -> Int? {
        guard case .integer(let number) = try row(sql, arguments)?.first else { return nil }
        return Int(number)
    }

    /// Runs one statement; returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [any StoreArgument] = []) throws -> Int {
        try checkOpen()
        return try connection.execute(sql, arguments.map(\.storeValue))
    }

    /// Runs several statements without parameters.
    func executeScript(_ sql: String) throws {
        try checkOpen()
        try connection.executeScript(sql)
    }

    private func checkOpen() throws {
        if hasEnded {
            throw StoreError(path: path, message: "the transaction has ended: use the store, or a new transaction")
        }
    }

    // MARK: - Nesting

    /// Runs `body` inside this transaction; a write block is a savepoint.
    func nested<T>(
        _ action: String, writing: Bool, refusal: String?, _ body: (StoreTransaction) throws -> T
    ) throws -> T {
        do {
            try checkOpen()
            guard writing else { return try body(self) }
            if isReadOnly { throw StoreError(path: path, message: "\(action): this is a read transaction") }
            savepointDepth += 1
            let name = "tipl10n_\(savepointDepth)"
            defer { savepointDepth -= 1 }
            try connection.execute("SAVEPOINT \(name)", [])
            do {
                let result = try body(self)
                try connection.execute("RELEASE SAVEPOINT \(name)", [])
                return result
            } catch {
                _ = try? connection.execute("ROLLBACK TO SAVEPOINT \(name)", [])
                _ = try? connection.execute("RELEASE SAVEPOINT \(name)", [])
                throw error
            }
        } catch {
            throw store.bodyError(error, action: action, refusal: refusal)
        }
    }
}
