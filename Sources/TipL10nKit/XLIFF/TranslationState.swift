import Foundation

/// The workflow state of a translation, ordered from least to most finished.
///
/// tipl10n's four states (DESIGN §2) and how XLIFF's map onto them:
///
/// | tipl10n | XLIFF 1.2 `state` | XLIFF 2.x `state` |
/// |---|---|---|
/// | ``new`` | `new`, `needs-translation`, `needs-adaptation`, `needs-l10n` | `initial` |
/// | ``translated`` | `translated`, `needs-review-translation`, `needs-review-adaptation`, `needs-review-l10n` | `translated` |
/// | ``reviewed`` | `signed-off` (or `approved="yes"` on the trans-unit) | `reviewed` |
/// | ``final`` | `final` | `final` |
///
/// Comparison follows the order above: a translation may not replace a ``reviewed`` or
/// ``final`` one with a lower state unless the user forces it.
public enum TranslationState: String, Sendable, Codable, CaseIterable, Comparable {
    case new
    case translated
    case reviewed
    case final

    private var rank: Int {
        switch self {
        case .new: 0
        case .translated: 1
        case .reviewed: 2
        case .final: 3
        }
    }

    public static func < (lhs: TranslationState, rhs: TranslationState) -> Bool {
        lhs.rank < rhs.rank
    }

    /// The XLIFF 1.2 `state` value written on export.
    public var xliff12Value: String {
        switch self {
        case .new: "new"
        case .translated: "translated"
        case .reviewed: "signed-off"
        case .final: "final"
        }
    }

    /// The XLIFF 2.x `state` value written on export.
    public var xliff2Value: String {
        switch self {
        case .new: "initial"
        case .translated: "translated"
        case .reviewed: "reviewed"
        case .final: "final"
        }
    }
}
