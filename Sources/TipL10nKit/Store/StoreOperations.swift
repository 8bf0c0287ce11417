import Foundation

/// Everything the translation store can do, on a whole store or inside one transaction.
///
/// Two types conform: ``TranslationStore`` (every call is its own transaction) and
/// ``StoreTransaction`` (the handle a transaction hands its body: every call joins that
/// transaction, so they commit together or not at all). The handle is passed explicitly, as
/// GRDB passes its `db` (`try store.write("…") { transaction in … }`); no transaction is
/// kept in task-local or global state.
///
/// The operations (``register(units:cableID:at:)``, ``apply(_:record:)``,
/// ``recordCostRequest(_:)``, …) are extension methods of this protocol, written once for
/// both engines and both kinds of conformer.
public protocol StoreOperations {
    /// How messages name the store: `.tipl10n/store.sqlite`, `postgres://pristina@db:5432/tipl10n`, `<memory>`.
    var path: String { get }
    /// Internal plumbing; opaque outside TipL10nKit.
    var storeAccess: StoreAccess { get }
}

/// Opaque plumbing of ``StoreOperations``: which store or transaction a call runs on.
public struct StoreAccess {
    enum Target {
        case store(TranslationStore)
        case transaction(StoreTransaction)
    }

    let target: Target

    init(_ target: Target) {
        self.target = target
    }

    /// The store behind the call.
    var store: TranslationStore {
        switch target {
        case .store(let store): store
        case .transaction(let transaction): transaction.store
        }
    }
}

extension StoreOperations {
    /// Runs `body` in a read transaction (or inside the current one), giving it the handle.
    ///
    /// - Parameter action: what is being done, for messages: `cannot read the cost requests`.
    /// - Throws: ``StoreError`` whose message starts with `action`; an error `body` throws that
    ///   is already phrased for the user (a ``StoreError``, an ``ImportError``, any
    ///   `LocalizedError`) passes unchanged.
    public func read<T>(_ action: String, _ body: (StoreTransaction) throws -> T) throws -> T {
        try run(action, writing: false, body)
    }

    /// Runs `body` in one write transaction, giving it the handle: committed when `body`
    /// returns, rolled back when it throws, so the store is exactly as it was.
    ///
    /// Inside a transaction, the block is a savepoint of it: it is undone alone when it throws,
    /// and the enclosing transaction decides the rest.
    ///
    /// - Parameter action: what is being done, for messages: `cannot import done.xlf`.
    /// - Throws: ``StoreError`` whose message starts with `action`; an error `body` throws that
    ///   is already phrased for the user (a ``StoreError``, an ``ImportError``, any
    ///   `LocalizedError`) passes unchanged. A write inside a read transaction is refused.
    public func write<T>(_ action: String, _ body: (StoreTransaction) throws -> T) throws -> T {
        try run(action, writing: true, body)
    }

    /// Who the store's connection acts as: a local SQLite file, a post's or an EX office's
    /// PostgreSQL role, or the store's administrator.
    public var identity: StoreIdentity { storeAccess.store.identity }

    /// The engine the store uses.
    public var engine: StoreEngine { storeAccess.store.engine }

    func run<T>(
        _ action: String, writing: Bool, refusal: String? = nil, _ body: (StoreTransaction) throws -> T
    ) throws -> T {
        switch storeAccess.target {
        case .store(let store):
            return try store.transaction(action, writing: writing, refusal: refusal, body)
        case .transaction(let transaction):
            return try transaction.nested(action, writing: writing, refusal: refusal, body)
        }
    }
}
