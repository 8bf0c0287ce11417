import Foundation

/// One change to a translation, as recorded in the append-only `translation_history` table.
///
/// The `previous…` fields are the values before the change, all `nil` when the change
/// created the translation; the others are the values written. Rows are never updated or
/// deleted (SQLite triggers abort such statements). Dates are UTC, millisecond precision.
public struct TranslationHistoryEntry: Sendable, Equatable {
    /// The cable ID, e.g. `09STATE61188`.
    public var cableID: String
    /// The unit's stable ID.
    public var unitID: String
    /// BCP 47 tag.
    public var locale: String
    /// The target before the change, or `nil` for a new translation.
    public var previousTarget: InlineContent?
    /// The state before the change, or `nil` for a new translation.
    public var previousState: TranslationState?
    /// The source hash before the change, or `nil` for a new translation.
    public var previousSourceHash: String?
    /// The staleness before the change, or `nil` for a new translation.
    public var previousIsStale: Bool?
    /// The target written.
    public var target: InlineContent
    /// The state written.
    public var state: TranslationState
    /// The source hash written (`sha256:…`).
    public var sourceHash: String
    /// The staleness written.
    public var isStale: Bool
    /// The file name of the import.
    public var fileName: String
    /// Lower-case hex SHA-256 of the imported file.
    public var fileSHA256: String
    /// When the change was applied (the import's time).
    public var changedAt: Date
    /// Why: `import`, `import (forced over a reviewed or final translation)`, …
    public var reason: String

    /// Creates a history entry.
    public init(
        cableID: String, unitID: String, locale: String, previousTarget: InlineContent?,
        previousState: TranslationState?, previousSourceHash: String?, previousIsStale: Bool?,
        target: InlineContent, state: TranslationState, sourceHash: String, isStale: Bool, fileName: String,
        fileSHA256: String, changedAt: Date, reason: String
    ) {
        self.cableID = cableID
        self.unitID = unitID
        self.locale = locale
        self.previousTarget = previousTarget
        self.previousState = previousState
        self.previousSourceHash = previousSourceHash
        self.previousIsStale = previousIsStale
        self.target = target
        self.state = state
        self.sourceHash = sourceHash
        self.isStale = isStale
        self.fileName = fileName
        self.fileSHA256 = fileSHA256
        self.changedAt = changedAt
        self.reason = reason
    }

    /// True when the change created the translation.
    public var isCreation: Bool { previousState == nil }
}
