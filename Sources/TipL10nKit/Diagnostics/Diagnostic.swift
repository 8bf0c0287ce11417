import Foundation

/// One error or finding of tipl10n: where, how bad, which check, and what.
///
/// The one diagnostic shape: verification findings, import outcomes, cable warnings and
/// every error type (``DiagnosticError``) use it. ``description`` is the one-line form
/// `where: severity: message` (lower case, no trailing period), where `where` is
/// ``DiagnosticLocation/description``: the file with its 1-based line and column
/// (`09STATE61188.sq.xlf:212`), or for a stored translation the cable and locale
/// (`09STATE61188/sq`), followed by the unit ID when there is one; a diagnostic about a value
/// from the command line has no `where` (`error: …`). Messages quote the source and target
/// text they are about. ``description`` is always one line: line breaks and other control
/// characters coming from a file are escaped (`\n`, `\u{1B}`).
/// Rules and examples: `Docs/Verification.md`.
///
/// JSON (`Codable`): `location` (the path), `line`, `column`, `unitID`, `severity`, `check`,
/// `message`, and `source`, `target`, `remedy` when present.
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

    /// Where: file (or `cableID/locale`), line, column, unit.
    public var location: DiagnosticLocation
    public var severity: Severity
    /// The check or part of tipl10n that found it: `figures`, `inline-codes`, … for
    /// verification (``TranslationCheck/id``); `cable`, `xliff`, `store`, `project`, … for errors.
    public var check: String
    /// Lower-case message without a trailing period.
    public var message: String
    /// The source text the message is about (a figure, a code, a URL), when there is one.
    public var source: String?
    /// The target text the message is about, when there is one.
    public var target: String?
    /// What the user can do about it, when tipl10n knows; the command layer words it
    /// (the library never names command-line options).
    public var remedy: Remedy?

    /// Creates a diagnostic at `location`.
    public init(
        at location: DiagnosticLocation, severity: Severity, check: String, message: String, source: String? = nil,
        target: String? = nil, remedy: Remedy? = nil
    ) {
        self.location = location
        self.severity = severity
        self.check = check
        self.message = message
        self.source = source
        self.target = target
        self.remedy = remedy
    }

    /// Creates a diagnostic from the parts of its location.
    public init(
        location path: String?, line: Int = 0, column: Int = 0, unitID: String?, severity: Severity, check: String,
        message: String, source: String? = nil, target: String? = nil, remedy: Remedy? = nil
    ) {
        self.init(
            at: DiagnosticLocation(path: path, line: line, column: column, unitID: unitID), severity: severity,
            check: check, message: message, source: source, target: target, remedy: remedy)
    }

    /// The path part of the location (`""` when there is none).
    public var path: String { location.path ?? "" }
    /// 1-based line, or 0 when unknown.
    public var line: Int { location.line }
    /// 1-based column, or 0 when unknown.
    public var column: Int { location.column }
    /// The translation unit's ID, or `nil`.
    public var unitID: String? { location.unitID }

    /// `location[:line[:column]][:unit-id]`: the `where` part of ``description``.
    public var position: String { location.description }

    /// One line: control characters in the position or message are escaped (`\n`).
    public var description: String {
        let position = self.position
        let text =
            position.isEmpty ? "\(severity.rawValue): \(message)" : "\(position): \(severity.rawValue): \(message)"
        return VerificationText.singleLine(text)
    }

    /// The same diagnostic with another severity (a refusal reported as a warning in a draft).
    public func with(severity: Severity) -> Diagnostic {
        var copy = self
        copy.severity = severity
        return copy
    }

    private enum CodingKeys: String, CodingKey {
        case location, line, column, unitID, severity, check, message, source, target, remedy
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        location = DiagnosticLocation(
            path: try container.decodeIfPresent(String.self, forKey: .location),
            line: try container.decodeIfPresent(Int.self, forKey: .line) ?? 0,
            column: try container.decodeIfPresent(Int.self, forKey: .column) ?? 0,
            unitID: try container.decodeIfPresent(String.self, forKey: .unitID))
        severity = try container.decode(Severity.self, forKey: .severity)
        check = try container.decode(String.self, forKey: .check)
        message = try container.decode(String.self, forKey: .message)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        target = try container.decodeIfPresent(String.self, forKey: .target)
        remedy = try container.decodeIfPresent(Remedy.self, forKey: .remedy)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location.path ?? "", forKey: .location)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        try container.encodeIfPresent(location.unitID, forKey: .unitID)
        try container.encode(severity, forKey: .severity)
        try container.encode(check, forKey: .check)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(target, forKey: .target)
        try container.encodeIfPresent(remedy, forKey: .remedy)
    }
}

/// What the user can do about a diagnostic. The library names the action; the command layer
/// words it with its options (`use --force to replace them`).
public enum Remedy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Repeat the action, allowing it to replace or overwrite (`--force`).
    case force
    /// Build a draft instead (`--draft`).
    case draft
    /// Give the rate per word for the locale (`--rate`, or the project's costs).
    case rate
    /// Name the post (`--post`).
    case post
    /// Name the regional bureau (`--bureau`).
    case bureau
    /// Import the completed file first, or repeat the action allowing it to overwrite.
    case importOrForce
    /// Make a project (`tipl10n init`).
    case createProject
    /// Make a project (`tipl10n init`) or name a store (`--store`).
    case createProjectOrNameStore
    /// Name the target locales (`--lang`).
    case locales
}
