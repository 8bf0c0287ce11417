import Foundation

/// One finding of ``Verifier``: where, which unit, how bad, which check, and what.
///
/// ``description`` is the one-line form `where:unit-id: severity: message` (lower case, no
/// trailing period), where `where` is the XLIFF path with its 1-based line
/// (`09STATE61188.sq.xlf:212`) or, for a stored translation, the cable and locale
/// (`09STATE61188/sq`); a diagnostic about a whole file has no unit ID
/// (`done.xlf:3: note: …`). Messages quote the source and target text they are about.
/// ``description`` is always one line: line breaks and other control characters coming from
/// a file are escaped (`\n`, `\u{1B}`).
/// Rules and examples: `Docs/Verification.md`.
public struct Diagnostic: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// How bad a finding is. `tipl10n verify` fails on errors (with `--strict` also on
    /// warnings); notes never fail.
    public enum Severity: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// The XLIFF path (as the user named it) or `cableID/locale` for a stored translation.
    public var location: String
    /// 1-based line in the XLIFF file, or 0 when unknown (stored translations).
    public var line: Int
    /// 1-based column, or 0 when unknown (only read errors carry one).
    public var column: Int
    /// The translation unit's ID, or `nil` for a finding about the whole file or locale.
    public var unitID: String?
    public var severity: Severity
    /// The check that found it (``TranslationCheck/id``): `figures`, `inline-codes`, …
    public var check: String
    /// Lower-case message without a trailing period.
    public var message: String
    /// The source text the message is about (a figure, a code, a URL), when there is one.
    public var source: String?
    /// The target text the message is about, when there is one.
    public var target: String?

    /// Creates a diagnostic.
    public init(
        location: String, line: Int = 0, column: Int = 0, unitID: String?, severity: Severity, check: String,
        message: String, source: String? = nil, target: String? = nil
    ) {
        self.location = location
        self.line = line
        self.column = column
        self.unitID = unitID
        self.severity = severity
        self.check = check
        self.message = message
        self.source = source
        self.target = target
    }

    /// `location[:line[:column]][:unit-id]`: the `where` part of ``description``.
    public var position: String {
        var text = location
        if line > 0 {
            text += ":\(line)"
            if column > 0 { text += ":\(column)" }
        }
        if let unitID { text += ":\(unitID)" }
        return text
    }

    /// One line: control characters in the position or message are escaped (`\n`).
    public var description: String {
        VerificationText.singleLine("\(position): \(severity.rawValue): \(message)")
    }
}
