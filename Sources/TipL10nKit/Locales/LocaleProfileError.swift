import Foundation

/// A locale profile that cannot be found, read or understood.
///
/// Written once as `path:line:column: error: message` (1-based line and column, columns in
/// Unicode scalars as Yams counts them); without a position when the problem is not in a file
/// (`error: message`). Lower case, no trailing period.
public struct LocaleProfileError: DiagnosticError, Equatable {
    /// What went wrong.
    public enum Kind: String, Sendable, Equatable {
        /// No profile for the tag: not built in and not in the project's `locales/`.
        case unsupportedLocale
        /// The file exists but cannot be read as UTF-8 text.
        case unreadable
        /// YAML syntax error (Yams' scanner, parser or composer).
        case syntax
        /// No `version` key.
        case missingVersion
        /// A `version` this tipl10n does not read.
        case unsupportedVersion
        /// Valid YAML that is not a valid profile: missing key, wrong type, unknown key,
        /// twelve months expected, a tag that does not match the file name.
        case invalid
    }

    public var kind: Kind
    /// The file, as given (e.g. `locales/sq.yaml`, or `<built-in>/sq.yaml`).
    public var path: String?
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ kind: Kind, path: String?, line: Int? = nil, column: Int? = nil, message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: error: message`, or `error: message` without a file (check `locale`).
    public var diagnostic: Diagnostic {
        Diagnostic(
            location: path, line: path == nil ? 0 : line ?? 0, column: line == nil ? 0 : column ?? 0, unitID: nil,
            severity: .error, check: "locale", message: message)
    }
}
