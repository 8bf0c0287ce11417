import Foundation

/// The current translation of one unit into one locale (table `translation`).
///
/// Written only by ``TranslationStore/apply(_:record:)``; every write also appends a
/// ``TranslationHistoryEntry``. Dates are UTC, millisecond precision.
public struct StoredTranslation: Sendable, Equatable {
    /// The cable ID, e.g. `09STATE61188`.
    public var cableID: String
    /// The unit's stable ID, e.g. `narrative.title`.
    public var unitID: String
    /// BCP 47 tag: `sq`, `sr-Latn`, …
    public var locale: String
    /// The target text with its inline codes (stored as JSON, see `Docs/Store.md`).
    public var target: InlineContent
    /// The workflow state.
    public var state: TranslationState
    /// The hash of the source the translation was made against (`sha256:…`).
    public var sourceHash: String
    /// True when ``sourceHash`` differs from the unit's current source hash: the English
    /// changed after the translation was made. Set on import and refreshed on registration.
    public var isStale: Bool
    /// When the translation was last written (the import's time).
    public var updatedAt: Date
    /// The file name of the import that wrote it, e.g. `09STATE61188.sq.xlf`.
    public var fileName: String
    /// Lower-case hex SHA-256 of that file's bytes (64 characters).
    public var fileSHA256: String

    /// Creates a stored translation.
    public init(
        cableID: String, unitID: String, locale: String, target: InlineContent, state: TranslationState,
        sourceHash: String, isStale: Bool, updatedAt: Date, fileName: String, fileSHA256: String
    ) {
        self.cableID = cableID
        self.unitID = unitID
        self.locale = locale
        self.target = target
        self.state = state
        self.sourceHash = sourceHash
        self.isStale = isStale
        self.updatedAt = updatedAt
        self.fileName = fileName
        self.fileSHA256 = fileSHA256
    }
}
