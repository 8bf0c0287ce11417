import Foundation

/// A translation to write: the input of ``TranslationStore/apply(_:record:)``.
///
/// The importer decides what changes (new, updated, forced); the store writes it and
/// records the previous values in the history.
public struct TranslationChange: Sendable, Equatable {
    /// The cable ID; must equal the import record's.
    public var cableID: String
    /// The unit's stable ID; must be registered (a foreign key enforces it).
    public var unitID: String
    /// BCP 47 tag; must equal the import record's.
    public var locale: String
    /// The target text with inline codes.
    public var target: InlineContent
    /// The workflow state.
    public var state: TranslationState
    /// The hash of the source the translator worked on (`sha256:…`).
    public var sourceHash: String
    /// True when that source differs from the unit's current source.
    public var isStale: Bool
    /// Why, recorded in the history: `import`, `import (forced over a reviewed or final translation)`, … (not empty).
    public var reason: String

    /// Creates a change.
    public init(
        cableID: String, unitID: String, locale: String, target: InlineContent, state: TranslationState,
        sourceHash: String, isStale: Bool, reason: String
    ) {
        self.cableID = cableID
        self.unitID = unitID
        self.locale = locale
        self.target = target
        self.state = state
        self.sourceHash = sourceHash
        self.isStale = isStale
        self.reason = reason
    }
}
