import Foundation

/// The State Department's six regional bureaus (the bureaus the rollout cable's embargo
/// paragraph names: WHA, AF, EUR, NEA, SCA, EAP) and the Executive office (EX) a post asks
/// for translation money (cable paragraph 10).
///
/// NEA and SCA share one Joint Executive Office, `NEA-SCA/EX`. Which bureau a country belongs
/// to is in ``CountryDirectory``.
public enum RegionalBureau: String, Sendable, CaseIterable, Codable {
    case af = "AF"
    case eap = "EAP"
    case eur = "EUR"
    case nea = "NEA"
    case sca = "SCA"
    case wha = "WHA"

    /// `Bureau of European and Eurasian Affairs`.
    public var name: String {
        switch self {
        case .af: "Bureau of African Affairs"
        case .eap: "Bureau of East Asian and Pacific Affairs"
        case .eur: "Bureau of European and Eurasian Affairs"
        case .nea: "Bureau of Near Eastern Affairs"
        case .sca: "Bureau of South and Central Asian Affairs"
        case .wha: "Bureau of Western Hemisphere Affairs"
        }
    }

    /// The EX office's symbol: `EUR/EX`; `NEA-SCA/EX` for both NEA and SCA.
    public var executiveOffice: String {
        switch self {
        case .nea, .sca: "NEA-SCA/EX"
        default: "\(rawValue)/EX"
        }
    }

    /// The EX office's name: `Executive Office, Bureau of European and Eurasian Affairs`.
    public var executiveOfficeName: String {
        switch self {
        case .nea, .sca: "Joint Executive Office, Bureaus of Near Eastern Affairs and South and Central Asian Affairs"
        default: "Executive Office, \(name)"
        }
    }

    /// The bureau for `EUR`, `eur`; `nil` for anything else.
    public init?(symbol: String) {
        self.init(rawValue: symbol.trimmingCharacters(in: .whitespaces).uppercased())
    }
}
