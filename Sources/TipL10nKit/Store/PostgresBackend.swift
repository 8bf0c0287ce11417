import Foundation
import PostgresNIO

/// A store in a PostgreSQL database, through postgres-nio: one connection per store, used by
/// one transaction at a time.
///
/// The store's tables live in the schema ``schema`` (`tipl10n`), set as the connection's
/// `search_path`, so the domain queries are the same text as on SQLite.
///
/// Transactions give SQLite's guarantees: a write transaction (`BEGIN`, READ COMMITTED) first
/// takes the transaction-scoped advisory lock ``writeLockKey``, so every writer of the store
/// waits for the one before it (as `BEGIN IMMEDIATE` makes SQLite writers wait) and each of its
/// statements sees what the writers before it committed; it waits at most ``lockTimeout``. A
/// read transaction is `REPEATABLE READ READ ONLY`: one snapshot for all its queries. A process
/// killed mid-transaction loses its connection; the server rolls the transaction back and
/// releases the lock.
///
/// The calls block the calling thread on futures of postgres-nio's event loops, which run on
/// their own threads (never Swift's cooperative pool), so a blocked caller cannot starve them.
final class PostgresBackend: StoreBackend, @unchecked Sendable {
    /// The schema holding the store's tables.
    static let schema = "tipl10n"
    /// The key of the advisory lock every write transaction takes (`pg_advisory_xact_lock`):
    /// the ASCII of `tipl10n` read as a number, so other applications of the database are unlikely to use it.
    static let writeLockKey: Int64 = 0x74_69_70_6C_31_30_6E
    /// How long a write waits for another writer: PostgreSQL's `lock_timeout`, in seconds.
    static let lockTimeout = 30

    let location: PostgresLocation
    private let connection: PostgresConnection
    private let logger: Logger
    /// Held for the whole of one transaction: the connection runs one at a time.
    private let lock = NSLock()

    var engine: StoreEngine { .postgresql }

    private init(location: PostgresLocation, connection: PostgresConnection, logger: Logger) {
        self.location = location
        self.connection = connection
        self.logger = logger
    }

    deinit {
        _ = try? connection.close().wait()
    }

    /// Connects and prepares the session (`search_path`, `lock_timeout`, UTC).
    ///
    /// - Throws: ``StoreEngineFailure`` when the server cannot be reached or refuses the login.
    static func connect(_ location: PostgresLocation) throws -> PostgresBackend {
        var logger = Logger(label: "tipl10n.store.postgresql")
        logger.logLevel = .critical
        let tls: PostgresConnection.Configuration.TLS
        switch location.tlsMode {
        case .disable:
            tls = .disable
        case .prefer, .require, .verifyFull:
            var configuration = TLSConfiguration.makeClientConfiguration()
            if location.tlsMode != .verifyFull { configuration.certificateVerification = .none }
            let context: NIOSSLContext
            do {
                context = try NIOSSLContext(configuration: configuration)
            } catch {
                throw StoreEngineFailure(message: "cannot set up TLS: \(error)")
            }
            tls = location.tlsMode == .prefer ? .prefer(context) : .require(context)
        }
        var configuration: PostgresConnection.Configuration
        if let folder = location.socketFolder {
            configuration = PostgresConnection.Configuration(
                unixSocketPath: "\(folder)/.s.PGSQL.\(location.port)", username: location.user,
                password: location.password, database: location.database)
        } else {
            configuration = PostgresConnection.Configuration(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = [("application_name", "tipl10n")]
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw failure(error)
        }
        let backend = PostgresBackend(location: location, connection: connection, logger: logger)
        try backend.session { connection in
            try connection.executeScript(
                "SET search_path TO \(schema); SET lock_timeout = '\(lockTimeout)s'; SET TIME ZONE 'UTC'")
        }
        return backend
    }

    func read<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try session { connection in
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", [])
            return try finish(connection, try attempt(connection, body))
        }
    }

    func write<T>(_ body: (any StoreConnection) throws -> T) throws -> T {
        try session { connection in
            try connection.execute("BEGIN", [])
            let result = try attempt(connection) { connection in
                _ = try connection.rows("SELECT pg_advisory_xact_lock($1)", [.integer(Self.writeLockKey)])
                return try body(connection)
            }
            return try finish(connection, result)
        }
    }

    /// Runs `body` on the connection outside any transaction the store opens (session setup,
    /// migrations that manage their own transaction).
    func session<T>(_ body: (PostgresSessionConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(PostgresSessionConnection(connection: connection, logger: logger))
    }

    /// `body`'s result, or the transaction rolled back and the error rethrown.
    private func attempt<T>(
        _ connection: PostgresSessionConnection, _ body: (any StoreConnection) throws -> T
    ) throws -> T {
        do {
            return try body(connection)
        } catch {
            _ = try? connection.execute("ROLLBACK", [])
            throw error
        }
    }

    private func finish<T>(_ connection: PostgresSessionConnection, _ result: T) throws -> T {
        do {
            try connection.execute("COMMIT", [])
        } catch {
            _ = try? connection.execute("ROLLBACK", [])
            throw error
        }
        return result
    }

    /// A postgres-nio error as an engine failure: the server's message, detail and SQLSTATE,
    /// or what kept the connection from working.
    static func failure(_ error: any Error) -> StoreEngineFailure {
        if let failure = error as? StoreEngineFailure { return failure }
        guard let error = error as? PSQLError else { return StoreEngineFailure(message: "\(error)") }
        if let info = error.serverInfo, let message = info[.message] {
            var text = message
            // The detail of a CHECK violation repeats the whole row: left out.
            if let detail = info[.detail], !detail.isEmpty, !detail.hasPrefix("Failing row contains") {
                text += " (\(detail))"
            }
            return StoreEngineFailure(message: text, sqlState: info[.sqlState])
        }
        switch error.code {
        case .connectionError:
            let reason = error.underlying.map(Self.networkReason) ?? "connection error"
            return StoreEngineFailure(message: "cannot reach the server: \(reason)", sqlState: "08001")
        case .serverClosedConnection, .clientClosedConnection:
            return StoreEngineFailure(message: "the connection to the server was closed", sqlState: "08006")
        case .sslUnsupported:
            return StoreEngineFailure(message: "the server does not offer TLS (sslmode asks for it)", sqlState: "08001")
        case .authMechanismRequiresPassword:
            return StoreEngineFailure(message: "the server asks for a password and none was given", sqlState: "28P01")
        default:
            let reason = error.underlying.map { ": \($0)" } ?? ""
            return StoreEngineFailure(message: "postgres-nio error \(error.code)\(reason)")
        }
    }
}

extension PostgresBackend {
    /// Why a connection could not be made, in a line: `Connection refused (errno 111)`,
    /// `cannot resolve the host name db.example.org`.
    static func networkReason(_ error: any Error) -> String {
        if let error = error as? NIOConnectionError {
            if let first = error.connectionErrors.first { return networkReason(first.error) }
            if error.dnsAError != nil || error.dnsAAAAError != nil {
                return "cannot resolve the host name \(error.host)"
            }
        }
        if let error = error as? IOError {
            return "\(String(cString: strerror(error.errnoCode))) (errno \(error.errnoCode))"
        }
        return "\(error)"
    }
}

/// The backend's connection, used under its lock.
final class PostgresSessionConnection: StoreConnection {
    private let connection: PostgresConnection
    private let logger: Logger

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    var engine: StoreEngine { .postgresql }

    func rows(_ sql: String, _ arguments: [StoreValue]) throws -> [StoreRow] {
        try run(sql, arguments).rows.map(Self.row)
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [StoreValue]) throws -> Int {
        try run(sql, arguments).metadata.rows ?? 0
    }

    /// Runs the statements one by one (``SQLScript``): postgres-nio speaks only the extended
    /// query protocol, which takes one statement per query.
    func executeScript(_ sql: String) throws {
        for statement in SQLScript.statements(in: sql) { _ = try run(statement, []) }
    }

    private func run(_ sql: String, _ arguments: [StoreValue]) throws -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: bindings.appendNull()
            case .integer(let number): bindings.append(number)
            case .real(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            }
        }
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
        } catch {
            throw PostgresBackend.failure(error)
        }
    }

    private static func row(_ row: PostgresRow) throws -> StoreRow {
        var columns: [String] = []
        var values: [StoreValue] = []
        for cell in row {
            columns.append(cell.columnName.lowercased())
            values.append(try value(cell))
        }
        return StoreRow(columns: columns, values: values)
    }

    private static func value(_ cell: PostgresCell) throws -> StoreValue {
        guard cell.bytes != nil else { return .null }
        do {
            switch cell.dataType {
            case .int2: return .integer(Int64(try cell.decode(Int16.self)))
            case .int4: return .integer(Int64(try cell.decode(Int32.self)))
            case .int8: return .integer(try cell.decode(Int64.self))
            case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
            case .float4: return .real(Double(try cell.decode(Float.self)))
            case .float8: return .real(try cell.decode(Double.self))
            default: return .text(try cell.decode(String.self))
            }
        } catch {
            throw StoreEngineFailure(
                message: "column \(cell.columnName) has the type \(cell.dataType), which the store does not read")
        }
    }
}
