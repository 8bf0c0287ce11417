import Foundation

/// What ``XLIFFReader/read(_:path:)`` found in a completed XLIFF file, whatever CAT tool wrote it.
///
/// Shape: the XLIFF version, then one ``XLIFFReadFile`` per `<file>` in document order, each
/// holding its translation units (XLIFF 1.x `<trans-unit>`s, or their `<mrk mtype="seg">`
/// segments; XLIFF 2.x `<segment>`s) in document order. Nothing here is trusted: notes,
/// suggestions and attribute values are kept verbatim for the caller to check.
/// Rules: `Docs/Import.md`; source: `Sources/TipL10nKit/XLIFF/XLIFFReader*.swift`.
public struct XLIFFReadDocument: Sendable, Equatable {
    /// The XLIFF version: `"1.2"`, `"2.0"`, `"2.1"`, `"1.1"` or `"1.0"`, from the root's
    /// `version` attribute, or from its namespace when the attribute is missing.
    public var version: String
    /// The `<file>` elements, in document order (files without units included).
    public var files: [XLIFFReadFile]
    /// Things the reader worked around without failing (text it could not place, suggestions
    /// it could not attach), in document order. Empty for a clean file.
    public var warnings: [XLIFFReadWarning]

    /// Creates a document.
    public init(version: String, files: [XLIFFReadFile], warnings: [XLIFFReadWarning] = []) {
        self.version = version
        self.files = files
        self.warnings = warnings
    }

    /// All units of all files, in document order.
    public var units: [XLIFFReadUnit] { files.flatMap(\.units) }

    /// True when XLIFF 2.x (`2.0` or `2.1`); false for 1.x.
    public var isVersion2: Bool { version.hasPrefix("2.") }
}

/// One `<file>` of an XLIFF document.
public struct XLIFFReadFile: Sendable, Equatable {
    /// XLIFF 1.x `original`; XLIFF 2.x `original` if present, else the `<file id>`.
    /// For tipl10n's own export this is the cable ID (`09STATE61188`).
    public var original: String?
    /// XLIFF 2.x `<file id>`; `nil` for 1.x.
    public var fileID: String?
    /// XLIFF 1.x `source-language` of the `<file>`; XLIFF 2.x `srcLang` of the root. BCP 47 as written.
    public var sourceLanguage: String?
    /// XLIFF 1.x `target-language` of the `<file>`; XLIFF 2.x `trgLang` of the root. BCP 47 as written.
    public var targetLanguage: String?
    /// The translation units, in document order.
    public var units: [XLIFFReadUnit]
    /// 1-based line of the `<file>` start tag.
    public var line: Int

    /// Creates a file.
    public init(
        original: String?, fileID: String? = nil, sourceLanguage: String?, targetLanguage: String?,
        units: [XLIFFReadUnit], line: Int
    ) {
        self.original = original
        self.fileID = fileID
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
        self.line = line
    }
}

/// A problem the reader worked around: reported, never thrown.
///
/// ``description`` reads `path:line: warning: message` (lower case, no trailing period; the
/// line is left out when unknown).
public struct XLIFFReadWarning: Sendable, Equatable, CustomStringConvertible {
    /// The file name given to ``XLIFFReader/read(_:path:)``.
    public var path: String
    /// 1-based line of the element concerned, or 0.
    public var line: Int
    /// Lower-case message without a trailing period.
    public var message: String

    /// Creates a warning.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { diagnostic.description }

    /// The warning as a diagnostic (check `xliff`).
    public var diagnostic: Diagnostic {
        Diagnostic(location: path, line: line, unitID: nil, severity: .warning, check: "xliff", message: message)
    }
}
