import Foundation
import TipL10nTestSupport
import Testing

@testable import TipL10nKit

/// The engines the store tests run on: SQLite always; PostgreSQL when
/// `TIPL10N_TEST_POSTGRES_URL` names a server (an administrator URL, e.g.
/// `postgres://postgres@127.0.0.1:54329/postgres`: tests create and drop their own
/// databases and roles there). `.ci/run` starts a throwaway server and sets it.
enum TestEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgresql

    var testDescription: String { rawValue }

    /// `sqlite` on SQLite, `postgresql` on PostgreSQL: for the few texts the engines word differently.
    func expected<T>(sqlite: T, postgresql: T) -> T { self == .sqlite ? sqlite : postgresql }

    /// The engines to test: both when a PostgreSQL server is configured.
    static let available: [TestEngine] = TestPostgres.adminLocation == nil ? [.sqlite] : [.sqlite, .postgresql]

    /// A new, empty, migrated store on this engine (a new database for PostgreSQL, dropped
    /// when the returned handle goes away).
    func makeStore() throws -> TestStore {
        switch self {
        case .sqlite:
            return TestStore(store: try TranslationStore.inMemory(), database: nil)
        case .postgresql:
            let database = try TestPostgres.makeDatabase()
            return TestStore(store: try TranslationStore.open(.postgres(database.location)), database: database)
        }
    }
}

extension TestEngine {
    /// A new place for a store that several connections (or processes) open: a file in a new
    /// folder for SQLite, a new database for PostgreSQL.
    func makePlace() throws -> TestStorePlace {
        switch self {
        case .sqlite:
            let folder = try StoreFixtures.temporaryFolder()
            let url = folder.appendingPathComponent(".tipl10n/store.sqlite")
            return TestStorePlace(location: .file(url, displayPath: url.path), database: nil, folder: folder)
        case .postgresql:
            let database = try TestPostgres.makeDatabase()
            return TestStorePlace(location: .postgres(database.location), database: database, folder: nil)
        }
    }
}

/// Where a test's store lives; removed (folder or database) when released.
final class TestStorePlace: Sendable {
    let location: StoreLocation
    let database: TestDatabase?
    let folder: URL?

    init(location: StoreLocation, database: TestDatabase?, folder: URL?) {
        self.location = location
        self.database = database
        self.folder = folder
    }

    deinit {
        if let folder { StoreFixtures.removeFolder(folder) }
    }

    /// A new connection to the store (the first one creates and migrates it).
    func open() throws -> TranslationStore { try TranslationStore.open(location) }

    /// The store setting a command line names it with.
    var setting: String {
        switch location {
        case .file(let url, _): url.path
        case .postgres(let postgres): postgres.redacted
        case .memory: "<memory>"
        }
    }
}

/// A store a test uses, with the database it lives in (kept alive while the store is).
struct TestStore {
    let store: TranslationStore
    let database: TestDatabase?
}

/// The PostgreSQL server the tests may use.
enum TestPostgres {
    /// The variable naming it.
    static let variable = "TIPL10N_TEST_POSTGRES_URL"

    /// Why PostgreSQL tests are skipped, shown by Swift Testing.
    static let skipReason: Comment =
        "no PostgreSQL server: set TIPL10N_TEST_POSTGRES_URL to an administrator URL (.ci/run starts one)"

    /// The administrator's location, or `nil` when the variable is not set.
    static let adminLocation: PostgresLocation? = {
        guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else { return nil }
        return try? PostgresLocation(url: text)
    }()

    /// True when a server is configured.
    static var isAvailable: Bool { adminLocation != nil }

    /// A new empty database on the server, dropped (with its connections) when the handle goes away.
    static func makeDatabase() throws -> TestDatabase {
        guard let admin = adminLocation else {
            throw StoreError(path: variable, message: "not set: no PostgreSQL server to test on")
        }
        let name = "tipl10n_test_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try adminSession(admin) { try $0.executeScript("CREATE DATABASE \(name)") }
        return TestDatabase(location: admin.database(name), admin: admin, name: name)
    }

    /// A role name no other test uses: `t<8 hex>_<suffix>`.
    static func uniqueRole(_ suffix: String) -> String {
        "t" + UUID().uuidString.prefix(8).lowercased() + "_" + suffix
    }

    /// Runs `body` on a session of the administrator's maintenance database.
    static func adminSession(_ admin: PostgresLocation, _ body: (any StoreConnection) throws -> Void) throws {
        let backend = try PostgresBackend.connect(admin)
        try backend.session { try body($0) }
    }
}

/// A database created for one test; dropped when released.
final class TestDatabase: Sendable {
    let location: PostgresLocation
    let admin: PostgresLocation
    let name: String
    /// Roles the test created, dropped with the database.
    let roles = RoleList()

    init(location: PostgresLocation, admin: PostgresLocation, name: String) {
        self.location = location
        self.admin = admin
        self.name = name
    }

    deinit {
        let name = name
        let roles = roles.names
        try? TestPostgres.adminSession(admin) { connection in
            try connection.executeScript("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            for role in roles { try connection.executeScript("DROP ROLE IF EXISTS \"\(role)\"") }
        }
    }

    /// The location logged in as `role` (trust authentication on the test server).
    func location(as role: String) -> PostgresLocation { location.loggingIn(as: role) }

    final class RoleList: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        var names: [String] {
            lock.lock()
            defer { lock.unlock() }
            return list
        }
        func add(_ names: [String]) {
            lock.lock()
            list += names
            lock.unlock()
        }
    }
}

/// Tells in the test log that the PostgreSQL half of the store tests did not run.
@Suite struct PostgresAvailabilityTests {
    @Test(.enabled(if: TestPostgres.isAvailable, TestPostgres.skipReason))
    func theConfiguredServerAnswers() throws {
        let store = try TestEngine.postgresql.makeStore()
        #expect(store.store.engine == .postgresql)
        #expect(try store.store.schemaVersion == 4)
        #expect(store.store.identity == .administrator(role: TestPostgres.adminLocation?.user ?? ""))
    }
}
