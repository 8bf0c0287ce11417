import Foundation

/// A completed XLIFF file that is well-formed XML but cannot be read as XLIFF.
///
/// Malformed XML and a DOCTYPE are not reported with this type: ``XLIFFReader`` rethrows the
/// `XMLError` from `XMLTree` unchanged. Lines and columns are 1-based; `0` means unknown and
/// is left out of ``description``, which reads `path:line:column: error: message`
/// (lower case, no trailing period), e.g.
/// `done.xlf:1: error: not an XLIFF file: the root element is <html>, expected <xliff>`.
public struct XLIFFError: DiagnosticError, Equatable {
    /// What went wrong, in categories a caller can act on.
    public enum Kind: String, Sendable, Equatable {
        /// The root element is not `<xliff>`, or nothing says which XLIFF it is.
        case notXLIFF
        /// An XLIFF version tipl10n does not read (`3.0`, `2.2`), or a version that contradicts the namespace.
        case unsupportedVersion
        /// A required element or attribute is missing (a `<trans-unit>` without `id`, a
        /// `<unit>` without `<segment>`, a unit without `<source>`).
        case invalidStructure
    }

    public var kind: Kind
    /// The file name given to ``XLIFFReader/read(_:path:)``.
    public var path: String
    /// 1-based line, or 0 when unknown.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    /// Lower-case message without a trailing period.
    public var message: String

    /// Creates an error.
    public init(kind: Kind, path: String, line: Int = 0, column: Int = 0, message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: error: message` as a diagnostic (check `xliff`).
    public var diagnostic: Diagnostic {
        Diagnostic(
            location: path, line: line, column: column, unitID: nil, severity: .error, check: "xliff", message: message)
    }
}
