import Foundation
import Testing

@testable import TipL10nKit

@Suite struct StoreLocationTests {
    @Test func aPathIsASQLiteFileAndAURLAPostgreSQLStore() throws {
        let folder = URL(fileURLWithPath: "/work/kosovo")
        #expect(
            try StoreLocation(parsing: ".tipl10n/store.sqlite", relativeTo: folder)
                == .file(
                    URL(fileURLWithPath: "/work/kosovo/.tipl10n/store.sqlite"),
                    displayPath: ".tipl10n/store.sqlite"))
        #expect(try StoreLocation(parsing: "/srv/store.sqlite").engine == .sqlite)
        let shared = try StoreLocation(
            parsing: "postgres://pristina_l10n:s3cr%40t@db.example.org:6432/eur?sslmode=require")
        #expect(
            shared
                == .postgres(
                    PostgresLocation(
                        host: "db.example.org", port: 6432, user: "pristina_l10n", password: "s3cr@t", database: "eur",
                        tlsMode: .require)))
        #expect(shared.engine == .postgresql)
        #expect(shared.exists)
        #expect(shared.description == "postgres://pristina_l10n@db.example.org:6432/eur?sslmode=require")
        let socket = try PostgresLocation(url: "postgresql://eur_ex@/tipl10n?host=/var/run/postgresql")
        #expect(socket.socketFolder == "/var/run/postgresql")
        #expect(socket.port == 5432)
        #expect(socket.redacted == "postgres://eur_ex@:5432/tipl10n?host=/var/run/postgresql")
        #expect(try PostgresLocation(url: "postgres://admin@localhost").database == "admin")
        #expect(try PostgresLocation(url: "postgres://admin@localhost").tlsMode == .prefer)
        #expect(StoreLocation.memory.description == "<memory>")
    }

    @Test(arguments: [
        (
            "postgres://db.example.org/eur",
            "postgres://db.example.org/eur: error: the URL names no user: write postgres://USER@HOST/DATABASE"
        ),
        (
            "postgres://u:pw@db/eur?schema=x",
            "postgres://u@db/eur?schema=x: error: unknown parameter 'schema': the parameters are sslmode and host"
        ),
        (
            "postgres://u@db/eur?sslmode=allow",
            "postgres://u@db/eur?sslmode=allow: error: sslmode 'allow' is not one of disable, prefer, require, verify-full"
        ),
        (
            "postgres://u@db:port/eur",
            "postgres://u@db:port/eur: error: not a PostgreSQL URL: write postgres://USER@HOST:PORT/DATABASE"
        ),
        (
            "postgres://u@db/eur?host=db2",
            "postgres://u@db/eur?host=db2: error: the host parameter must be the folder of the server's socket, e.g. /var/run/postgresql"
        ),
        ("  ", "<store>: error: the store setting is empty"),
    ])
    func badSettingsAreRefusedWithoutShowingThePassword(text: String, message: String) {
        let error = #expect(throws: StoreError.self) { try StoreLocation(parsing: text) }
        #expect(error?.description == message)
    }

    @Test func anUnreachableServerIsOneClearLine() throws {
        // Port 1 on the loopback: nothing listens there.
        let error = #expect(throws: StoreError.self) {
            try TranslationStore.open(.postgres(PostgresLocation(host: "127.0.0.1", port: 1, user: "x", database: "x")))
        }
        #expect(
            error?.description.hasPrefix("postgres://x@127.0.0.1:1/x: error: cannot connect: cannot reach the server: ")
                == true)
        #expect(error?.sqlState == "08001")
    }
}

@Suite struct SQLScriptTests {
    @Test func statementsEndAtSemicolonsOutsideQuotesBodiesAndComments() {
        let script = """
            -- a comment; with a semicolon
            CREATE TABLE t (a TEXT CHECK (a <> ';'));
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'no; never';
            END;
            $$;
            DO $body$ BEGIN PERFORM 1; END $body$;
            /* block; comment */ SELECT "odd;name", 'it''s; here' FROM t WHERE a = $1;
            ;
            """
        #expect(
            SQLScript.statements(in: script) == [
                "-- a comment; with a semicolon\nCREATE TABLE t (a TEXT CHECK (a <> ';'))",
                "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE EXCEPTION 'no; never';\nEND;\n$$",
                "DO $body$ BEGIN PERFORM 1; END $body$",
                "/* block; comment */ SELECT \"odd;name\", 'it''s; here' FROM t WHERE a = $1",
            ])
        #expect(SQLScript.statements(in: "-- only a comment\n") == [])
        // Every migration splits into statements that each start with a keyword.
        for migration in StoreSchema.migrations {
            for statement in SQLScript.statements(in: migration.postgresql) {
                #expect(
                    ["CREATE", "ALTER", "DROP"].contains { statement.hasPrefix($0) },
                    "\(migration.identifier): \(statement)")
            }
        }
    }
}
