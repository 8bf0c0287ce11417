import Foundation

/// Where a translation store lives: a SQLite file, a PostgreSQL database, or memory.
///
/// Parsed from what a project file's `store:` setting or a command line gives
/// (``init(parsing:relativeTo:)``): a `postgres://` or `postgresql://` URL names a shared
/// PostgreSQL store, anything else is a file path. Opened with ``TranslationStore/open(_:)``.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    /// A SQLite file; `displayPath` is how messages name it (the path as the user wrote it).
    case file(URL, displayPath: String)
    /// A PostgreSQL database.
    case postgres(PostgresLocation)
    /// A new, empty store in memory (tests, dry runs); named `<memory>`.
    case memory

    /// Reads a store setting.
    ///
    /// - Parameters:
    ///   - text: `postgres://pristina@db.example.org:5432/tipl10n?sslmode=require`, or a path
    ///     such as `.tipl10n/store.sqlite` (relative to `folder`, as the user wrote it in messages).
    ///   - folder: the folder relative paths start from (the project folder); the process's
    ///     current folder when `nil`.
    /// - Throws: ``StoreError`` for an empty setting or a PostgreSQL URL that cannot be read
    ///   (``PostgresLocation/init(url:)``).
    public init(parsing text: String, relativeTo folder: URL? = nil) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw StoreError(path: "<store>", message: "the store setting is empty") }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            self = .postgres(try PostgresLocation(url: trimmed))
            return
        }
        let url =
            folder.map { FileAccess.resolve(trimmed, in: $0) } ?? URL(fileURLWithPath: trimmed).standardizedFileURL
        self = .file(url, displayPath: trimmed)
    }

    /// How messages name the store: the path as written, the URL without its password, or `<memory>`.
    public var description: String {
        switch self {
        case .file(_, let displayPath): displayPath
        case .postgres(let location): location.redacted
        case .memory: "<memory>"
        }
    }

    /// The engine the store uses there.
    public var engine: StoreEngine {
        if case .postgres = self { return .postgresql }
        return .sqlite
    }

    /// False for a SQLite file that does not exist yet; true otherwise (a server database is
    /// never created by tipl10n, and memory always exists). Commands that only read use it so
    /// they do not create a file.
    public var exists: Bool {
        guard case .file(let url, _) = self else { return true }
        return FileManager.default.fileExists(atPath: url.path)
    }
}

/// A PostgreSQL database named by a URL, as libpq reads it (RFC 3986 with PostgreSQL's
/// parameters): `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&host=/socket/dir]`.
///
/// - `USER` is required (tipl10n never guesses an account); `PASSWORD` may be left out and
///   given by the caller (``password``), e.g. from `PGPASSWORD`.
/// - `PORT` defaults to 5432, `DATABASE` to the user's name.
/// - `sslmode`: `disable`, `prefer` (default: TLS when the server offers it, certificate not
///   checked, as libpq), `require` (TLS, certificate not checked), `verify-full` (TLS, the
///   certificate checked against the system's trust roots and the host name).
/// - `host=/var/run/postgresql` (a folder) connects through the server's Unix socket there.
public struct PostgresLocation: Sendable, Equatable {
    /// How the connection is encrypted.
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    /// The server's host name or address (ignored when ``socketFolder`` is set).
    public var host: String
    /// The server's port.
    public var port: Int
    /// The folder holding the server's Unix socket (`.s.PGSQL.<port>`), or `nil` for TCP.
    public var socketFolder: String?
    /// The database role to log in as: one post's role, an EX office's, or the administrator.
    public var user: String
    /// The password, or `nil` (trust, peer or certificate authentication).
    public var password: String?
    /// The database.
    public var database: String
    /// How the connection is encrypted.
    public var tlsMode: TLSMode

    /// Creates a location.
    public init(
        host: String, port: Int = 5432, socketFolder: String? = nil, user: String, password: String? = nil,
        database: String, tlsMode: TLSMode = .prefer
    ) {
        self.host = host
        self.port = port
        self.socketFolder = socketFolder
        self.user = user
        self.password = password
        self.database = database
        self.tlsMode = tlsMode
    }

    /// Reads a `postgres://` or `postgresql://` URL.
    ///
    /// - Throws: ``StoreError`` (path: the URL without its password), e.g. `postgres://db/x:
    ///   error: the URL names no user: write postgres://USER@HOST/DATABASE`, `… unknown
    ///   parameter 'schema': the parameters are sslmode and host`, `… sslmode 'allow' is not
    ///   one of disable, prefer, require, verify-full`, `… not a PostgreSQL URL: write …` (also
    ///   for a port that is not a number).
    public init(url text: String) throws {
        let shown = Self.redacting(text)
        func refuse(_ message: String) -> StoreError { StoreError(path: shown, message: message) }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "postgres" || scheme == "postgresql"
        else {
            throw refuse("not a PostgreSQL URL: write postgres://USER@HOST:PORT/DATABASE")
        }
        guard let user = components.user.flatMap({ $0.removingPercentEncoding ?? $0 }), !user.isEmpty else {
            throw refuse("the URL names no user: write postgres://USER@HOST/DATABASE")
        }
        var socketFolder: String?
        var tlsMode = TLSMode.prefer
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw refuse(
                        "sslmode '\(value)' is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                tlsMode = mode
            case "host":
                guard value.hasPrefix("/") else {
                    throw refuse(
                        "the host parameter must be the folder of the server's socket, e.g. /var/run/postgresql")
                }
                socketFolder = value
            default:
                throw refuse("unknown parameter '\(item.name)': the parameters are sslmode and host")
            }
        }
        let host = components.host.flatMap { $0.removingPercentEncoding ?? $0 } ?? ""
        guard !host.isEmpty || socketFolder != nil else {
            throw refuse("the URL names no host: write postgres://USER@HOST/DATABASE")
        }
        var database = components.path
        if database.hasPrefix("/") { database.removeFirst() }
        database = database.removingPercentEncoding ?? database
        guard !database.contains("/") else { throw refuse("the database name '\(database)' holds a '/'") }
        self.init(
            host: host.isEmpty ? "localhost" : host, port: components.port ?? 5432, socketFolder: socketFolder,
            user: user, password: components.password.flatMap { $0.removingPercentEncoding ?? $0 },
            database: database.isEmpty ? user : database, tlsMode: tlsMode)
    }

    /// The URL without the password: `postgres://pristina@db.example.org:5432/tipl10n`, as
    /// messages show it.
    public var redacted: String {
        var text = "postgres://\(Self.encoded(user))@\(socketFolder == nil ? Self.hostText(host) : ""):\(port)/"
        text += Self.encoded(database)
        var parameters: [String] = []
        if let socketFolder { parameters.append("host=\(socketFolder)") }
        if tlsMode != .prefer { parameters.append("sslmode=\(tlsMode.rawValue)") }
        if !parameters.isEmpty { text += "?" + parameters.joined(separator: "&") }
        return text
    }

    /// The same location logged in as another role (the password is not kept).
    public func loggingIn(as user: String, password: String? = nil) -> PostgresLocation {
        var copy = self
        copy.user = user
        copy.password = password
        return copy
    }

    /// The same server and role, another database.
    public func database(_ name: String) -> PostgresLocation {
        var copy = self
        copy.database = name
        return copy
    }

    private static func hostText(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(
            withAllowedCharacters: .urlUserAllowed.subtracting(CharacterSet(charactersIn: ":@/"))) ?? text
    }

    /// `text` with the password of its user info replaced by nothing, for messages.
    static func redacting(_ text: String) -> String {
        text.replacing(#/^([A-Za-z]+://[^:/@]*):[^@/]*@/#) { "\($0.1)@" }
    }
}
