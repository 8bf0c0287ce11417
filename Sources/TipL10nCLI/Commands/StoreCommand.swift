import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n store …`: setting up the translation store.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Set up a translation store shared by the posts of a bureau and its EX office.",
        subcommands: [StoreInitPostgresCommand.self])
}

/// `tipl10n store init-postgres --post PRISTINA:EUR --post BELGRADE:EUR --ex-office EUR [--apply URL]`:
/// prints (or applies) the SQL of a shared PostgreSQL store with one role per post and EX office.
struct StoreInitPostgresCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "init-postgres",
        abstract: "Print or apply the SQL that sets up a shared PostgreSQL store and its roles.",
        discussion: """
            Prints one script for psql: the schema tipl10n with every migration, then for each post and EX office \
            a login role, its privileges and its row in store_role (row-level security decides the rest; see \
            Docs/SharedStore.md). With --apply, connects as the store's administrator, creates or upgrades the \
            tables and sets up the roles; running it again adds roles and refreshes privileges. Passwords are set \
            by the database's administrator (ALTER ROLE … PASSWORD, or another method in pg_hba.conf).
            """)

    @Option(
        name: .customLong("post"),
        help: ArgumentHelp(
            "A post and its bureau, optionally its role: PRISTINA:EUR or PRISTINA:EUR:pristina_l10n (repeatable).",
            valueName: "post:bureau[:role]"),
        transform: { try PostgresStoreRole(postArgument: $0) })
    var posts: [PostgresStoreRole] = []

    @Option(
        name: .customLong("ex-office"),
        help: ArgumentHelp(
            "A bureau whose EX office gets a role, optionally naming it: EUR or EUR:eur_ex (repeatable).",
            valueName: "bureau[:role]"),
        transform: { try PostgresStoreRole(executiveOfficeArgument: $0) })
    var executiveOffices: [PostgresStoreRole] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Apply to this database as its administrator instead of printing: postgres://ADMIN@HOST:PORT/DATABASE "
                + "(the password from the URL or PGPASSWORD).",
            valueName: "url"))
    var apply: String?

    func validate() throws {
        guard !posts.isEmpty || !executiveOffices.isEmpty else {
            throw ValidationError("name at least one --post or --ex-office")
        }
    }

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let roles = posts + executiveOffices
            guard let apply else {
                console.printRaw(try PostgresSetup.setupSQL(roles: roles, at: io.clock()))
                return
            }
            var location = try PostgresLocation(url: apply)
            if location.password == nil { location.password = io.postgresPassword }
            let store = try PostgresSetup.apply(roles: roles, to: location)
            console.print("\(store.path): schema version \(try store.schemaVersion)")
            for role in roles { console.print("role \(role.summary)") }
        }
    }
}

extension PostgresStoreRole {
    /// `PRISTINA:EUR[:role]` from `--post`.
    init(postArgument text: String) throws {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), let name = RequestingPost.normalizedName(parts[0]),
            let bureau = RegionalBureau(symbol: parts[1])
        else {
            throw ValidationError("'\(text)' is not POST:BUREAU[:role], e.g. PRISTINA:EUR")
        }
        self = .post(name, bureau: bureau, role: parts.count == 3 ? parts[2] : nil)
    }

    /// `EUR[:role]` from `--ex-office`.
    init(executiveOfficeArgument text: String) throws {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), let bureau = RegionalBureau(symbol: parts[0]) else {
            throw ValidationError("'\(text)' is not BUREAU[:role], e.g. EUR")
        }
        self = .executiveOffice(of: bureau, role: parts.count == 2 ? parts[1] : nil)
    }
}
