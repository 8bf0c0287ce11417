import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// A database on the test PostgreSQL server (`TIPL10N_TEST_POSTGRES_URL`, an administrator URL;
/// `.ci/run` starts a server and sets it), dropped with the roles the test made when released.
final class CommandTestDatabase: Sendable {
    static let admin: PostgresLocation? = {
        guard let text = ProcessInfo.processInfo.environment["TIPL10N_TEST_POSTGRES_URL"], !text.isEmpty else {
            return nil
        }
        return try? PostgresLocation(url: text)
    }()
    static var isAvailable: Bool { admin != nil }
    static let skipReason: Comment =
        "no PostgreSQL server: set TIPL10N_TEST_POSTGRES_URL to an administrator URL (.ci/run starts one)"

    let location: PostgresLocation
    let roles: [String]

    /// A new database and `count` role names no other test uses (`t<hex>_<suffix>`).
    init(roles suffixes: [String]) throws {
        guard let admin = Self.admin else { throw StoreError(path: "TIPL10N_TEST_POSTGRES_URL", message: "not set") }
        let name = "tipl10n_cli_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try PostgresBackend.connect(admin).session { try $0.executeScript("CREATE DATABASE \(name)") }
        let tag = UUID().uuidString.prefix(8).lowercased()
        self.location = admin.database(name)
        self.roles = suffixes.map { "t\(tag)_\($0)" }
    }

    deinit {
        guard let admin = Self.admin else { return }
        let name = location.database
        let roles = roles
        try? PostgresBackend.connect(admin).session { connection in
            try connection.executeScript("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            for role in roles { try connection.executeScript("DROP ROLE IF EXISTS \"\(role)\"") }
        }
    }

    /// The `--store` URL of the store as `role` (the administrator when `nil`).
    func url(_ role: String? = nil) -> String { (role.map { location.loggingIn(as: $0) } ?? location).redacted }
}

/// The EX office's side on the command line: two posts and EUR/EX share one PostgreSQL store.
@Suite(.serialized, .enabled(if: CommandTestDatabase.isAvailable, CommandTestDatabase.skipReason))
struct SharedStoreCommandTests {
    @Test func twoPostsAndTheEXOfficeShareOneStore() async throws {
        let database = try CommandTestDatabase(roles: ["pristina", "belgrade", "eur_ex"])
        let (pristina, belgrade, eur) = (database.roles[0], database.roles[1], database.roles[2])
        let folder = try temporaryFolder()

        let printed = CommandRunner.run(
            ["store", "init-postgres", "--post", "PRISTINA:EUR", "--ex-office", "EUR"], in: folder)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(
            printed.stdout.hasPrefix("-- tipl10n shared store: schema version 4 and roles (Docs/SharedStore.md).\n"))
        #expect(printed.stdout.contains("CREATE ROLE \"tipl10n_pristina\" LOGIN;"))
        #expect(
            printed.stdout.contains(
                "INSERT INTO store_role (role_name, kind, post, bureau)\n    VALUES ('tipl10n_eur_ex', 'ex_office', NULL, 'EUR');"
            ))

        let setup = CommandRunner.run(
            [
                "store", "init-postgres", "--apply", database.url(), "--post", "PRISTINA:EUR:\(pristina)", "--post",
                "belgrade:eur:\(belgrade)", "--ex-office", "EUR:\(eur)",
            ], in: folder)
        #expect(setup.status == 0, "\(setup.stderr)")
        #expect(
            setup.stdout
                == "\(database.url()): schema version 4\nrole \(pristina) (post PRISTINA, EUR)\n"
                + "role \(belgrade) (post BELGRADE, EUR)\nrole \(eur) (EUR/EX)\n")

        // Two post projects whose tipl10n.yaml names the shared store, each as its own role.
        func project(cable: URL?, locales: [String], role: String) throws -> URL {
            let folder = try ProjectFixture.make(locales: locales, cable: cable)
            try FileFixtures.replace(
                "store: .tipl10n/store.sqlite", with: "store: \"\(database.url(role))\"", in: "tipl10n.yaml", of: folder
            )
            return folder
        }
        let pristinaProject = try project(cable: nil, locales: ["sq", "sr-Latn", "sr-Cyrl"], role: pristina)
        let belgradeProject = try project(cable: TestCables.belgrade, locales: ["sr-Latn", "sr-Cyrl"], role: belgrade)

        // Pristina: its export, the translators' Serbian, then a request.
        let asPristina: [String] = []
        #expect(CommandRunner.run(["export", "--lang", "sr-Latn"] + asPristina, in: pristinaProject).status == 0)
        let imported = CommandRunner.run(
            ["import", TestPaths.repositoryRoot.appendingPathComponent("xliff/09STATE61188.sr-Latn.done.xlf").path]
                + asPristina,
            in: pristinaProject)
        #expect(imported.status == 0, "\(imported.stderr)")
        let request = CommandRunner.run(
            [
                "cost", "request", "--lang", "sq,sr-Latn,sr-Cyrl", "--officer", "Jane Smith", "--now",
                "2009-06-16T14:00:00Z",
            ]
                + asPristina, in: pristinaProject)
        #expect(request.status == 0, "\(request.stderr)")
        #expect(
            request.stdout.hasPrefix(
                "recorded PRISTINA-FY2009-001 (draft): USD 256.60 for sq, sr-Latn, sr-Cyrl of 09STATE61188, to EUR/EX, FY2009\n"
            ))
        #expect(
            request.stderr
                == "warning: 09STATE61188 is already translated into sr-Latn in the store (47 of 47 units): the request "
                + "asks for work that is done\n")
        #expect(
            CommandRunner.run(
                ["cost", "submit", "PRISTINA-FY2009-001", "--now", "2009-06-17T09:00:00Z"] + asPristina,
                in: pristinaProject
            )
            .stdout == "PRISTINA-FY2009-001: draft → submitted\n")

        // Four more requests from four processes at once: distinct IDs.
        let arguments =
            ["cost", "request", "--lang", "sq", "--officer", "J", "--now", "2009-06-18T14:00:00Z"] + asPristina
        let outputs = try await withThrowingTaskGroup(of: CommandResult.self) { group in
            for _ in 0..<4 { group.addTask { try BinaryRunner.run(arguments, in: pristinaProject) } }
            return try await group.reduce(into: [CommandResult]()) { $0.append($1) }
        }
        #expect(outputs.allSatisfy { $0.status == 0 }, "\(outputs.map(\.stderr))")
        #expect(
            Set(outputs.compactMap { $0.stdout.split(separator: " ").dropFirst().first.map(String.init) })
                == ["PRISTINA-FY2009-002", "PRISTINA-FY2009-003", "PRISTINA-FY2009-004", "PRISTINA-FY2009-005"])

        // Pristina may not approve its own request: one line, exit 1.
        let own = CommandRunner.run(
            ["cost", "approve", "PRISTINA-FY2009-001", "--actor", "Jane Smith"] + asPristina, in: pristinaProject)
        #expect(own.status == 1)
        #expect(
            own.stderr
                == "\(database.url(pristina)): error: cannot approve PRISTINA-FY2009-001: refused to the role \(pristina) "
                + "(post PRISTINA, EUR): only EUR/EX approves, rejects and pays PRISTINA's requests\n")

        // EUR/EX lists every post of its bureau, approves (more than asked: warned) and pays in two instalments.
        let asEUR = ["--store", database.url(eur)]
        let list = CommandRunner.run(["cost", "list", "--bureau", "EUR", "--fiscal-year", "2009"] + asEUR, in: folder)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(
            list.stdout.contains(
                "PRISTINA-FY2009-001  submitted  FY2009  09STATE61188  sq,sr-Latn,sr-Cyrl  1,031  USD 256.60"))
        #expect(
            list.stdout.hasSuffix(
                "5 cost requests: requested USD 769.80, approved USD 0.00, paid USD 0.00, outstanding USD 0.00\n"))
        let approve = CommandRunner.run(
            [
                "cost", "approve", "PRISTINA-FY2009-001", "--amount", "1000", "--actor", "EUR/EX", "--now",
                "2009-06-20T09:00:00Z",
            ]
                + asEUR, in: folder)
        #expect(approve.status == 0, "\(approve.stderr)")
        #expect(approve.stdout == "PRISTINA-FY2009-001: submitted → approved (USD 1,000.00)\n")
        #expect(approve.stderr == "warning: the approved USD 1,000.00 is more than the requested USD 256.60\n")
        let first = CommandRunner.run(
            [
                "cost", "pay", "PRISTINA-FY2009-001", "--amount", "400", "--actor", "EUR/EX", "--now",
                "2009-07-01T09:00:00Z",
            ]
                + asEUR, in: folder)
        #expect(
            first.stdout
                == "PRISTINA-FY2009-001: approved → approved (USD 400.00; paid USD 400.00 of USD 1,000.00 approved, "
                + "outstanding USD 600.00)\n")
        let rest = CommandRunner.run(
            ["cost", "pay", "PRISTINA-FY2009-001", "--actor", "EUR/EX", "--now", "2009-08-01T09:00:00Z"] + asEUR,
            in: folder)
        #expect(
            rest.stdout
                == "PRISTINA-FY2009-001: approved → paid (USD 600.00; paid USD 1,000.00 of USD 1,000.00 approved, "
                + "outstanding USD 0.00)\n")
        let csv = CommandRunner.run(["cost", "export", "--csv", "--bureau", "EUR"] + asEUR, in: folder)
        #expect(
            csv.stdout.contains(
                "\r\nPRISTINA-FY2009-001,2009,PRISTINA,Kosovo,EUR,EUR/EX,09STATE61188,sq sr-Latn sr-Cyrl,1031,USD,256.60,"
                    + "1000.00,1000.00,0.00,paid,2009-06-16,2009-08-01T09:00:00.000Z,Jane Smith,\r\n"))

        // Belgrade sees none of it, and its export leverages Pristina's Serbian.
        let asBelgrade: [String] = []
        #expect(CommandRunner.run(["cost", "list"] + asBelgrade, in: belgradeProject).stdout == "no cost requests\n")
        let show = CommandRunner.run(["cost", "show", "PRISTINA-FY2009-001"] + asBelgrade, in: belgradeProject)
        #expect(show.status == 1)
        #expect(show.stderr == "\(database.url(belgrade)): error: there is no cost request PRISTINA-FY2009-001\n")
        let export = CommandRunner.run(["export", "--lang", "sr-Latn"] + asBelgrade, in: belgradeProject)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(
            export.stdout.contains(
                "translation memory (47 entries): 24 exact (pre-filled, to review), fuzzy 10 at 95-99%, 10 at 85-94%, "
                    + "2 at 75-84%, 1 new\n"))
        let estimate = CommandRunner.run(
            ["cost", "estimate", "--lang", "sr-Latn"] + asBelgrade, in: belgradeProject)
        #expect(
            estimate.stdout.contains(
                "sr-Latn  translation    3      19     154     420    372           63  1,031     508.5   USD 0.13  USD 66.11\n"
            ))
    }
}

enum TestCables {
    /// The Serbia cable fixture: the Kosovo cable with the country and post renamed.
    static let belgrade = TestPaths.repositoryRoot.appendingPathComponent(
        "Tests/Fixtures/cables/09STATE61190.belgrade.txt")
}
