import Foundation

/// Who a store's connection acts as, and so what the store lets it do (`Docs/SharedStore.md`).
///
/// A SQLite file has no roles: whoever can write the file may do everything. In a shared
/// PostgreSQL store the database role decides, by the `store_role` table that
/// ``PostgresSetup`` fills: a post's role creates, submits and cancels its own cost requests
/// and reads only those, and imports into its own cables; an EX office's role lists the
/// requests of its bureaus' posts and approves, rejects and pays them; the role that owns the
/// store's tables (the administrator) sets the store up. Nobody may change history.
public enum StoreIdentity: Sendable, Equatable, CustomStringConvertible {
    /// A SQLite file (or memory): no roles.
    case localFile
    /// The PostgreSQL role that owns the store's tables (or a superuser): sets the store up.
    case administrator(role: String)
    /// A post's PostgreSQL role.
    case post(role: String, post: String, bureau: RegionalBureau)
    /// An EX office's PostgreSQL role, for its bureaus (`NEA-SCA/EX` serves NEA and SCA).
    case executiveOffice(role: String, bureaus: [RegionalBureau])

    /// The PostgreSQL role, or `nil` for a SQLite file.
    public var role: String? {
        switch self {
        case .localFile: nil
        case .administrator(let role), .post(let role, _, _), .executiveOffice(let role, _): role
        }
    }

    /// The post this connection acts for, or `nil` (SQLite file, administrator, EX office).
    public var post: String? {
        if case .post(_, let post, _) = self { return post }
        return nil
    }

    /// The EX office's symbol (`EUR/EX`), or `nil`.
    public var executiveOffice: String? {
        guard case .executiveOffice(_, let bureaus) = self else { return nil }
        return bureaus.first?.executiveOffice
    }

    /// `the role pristina_l10n (post PRISTINA, EUR)`, `the role eur_ex (EUR/EX)`,
    /// `the role tipl10n_admin (the store's administrator)`, `this SQLite file's user`.
    public var description: String {
        switch self {
        case .localFile:
            "the user of this SQLite file"
        case .administrator(let role):
            "the role \(role) (the store's administrator)"
        case .post(let role, let post, let bureau):
            "the role \(role) (post \(post), \(bureau.rawValue))"
        case .executiveOffice(let role, let bureaus):
            "the role \(role) (\(bureaus.first?.executiveOffice ?? "EX office"))"
        }
    }
}
