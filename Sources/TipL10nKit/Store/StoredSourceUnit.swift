import Foundation

/// The current source of one exported translation unit, as registered in the store
/// (table `source_unit`).
///
/// Registered by ``TranslationStore/register(units:cableID:at:)`` on every export; a unit
/// whose source changed carries the new text and hash, a unit no longer exported is kept
/// with ``retiredAt`` set. Dates are UTC, millisecond precision.
public struct StoredSourceUnit: Sendable, Equatable {
    /// The cable ID, e.g. `09STATE61188`.
    public var cableID: String
    /// The unit's stable ID, e.g. `narrative.prosecution.p1.s2` (``TranslationUnit/id``).
    public var unitID: String
    /// `narrative`, `nonpaper` or `press`.
    public var part: SourcePart
    /// The section's ID, e.g. `narrative.prosecution`.
    public var sectionID: String
    /// The block within the section: `title`, `heading`, `p1`, `question`, …
    public var blockID: String
    /// What the block is.
    public var kind: SourceBlock.Kind
    /// 1-based segment number within the block.
    public var segment: Int
    /// The cable paragraph the unit comes from (8 narrative, 9 non-paper, 11 press guidance).
    public var cableParagraph: Int
    /// 1-based order of the unit among its part's units at the last registration.
    /// Units are listed by cable paragraph, then position.
    public var position: Int
    /// The English source text.
    public var sourceText: String
    /// `sha256:` and the lower-case hex SHA-256 of the NFC source (``TranslationUnit/hash(of:)``).
    public var sourceHash: String
    /// When the unit was first registered.
    public var registeredAt: Date
    /// When the source text last changed, or `nil` if it never changed since registration.
    public var sourceChangedAt: Date?
    /// When the unit stopped being exported, or `nil` while it is current.
    public var retiredAt: Date?

    /// Creates a stored source unit.
    public init(
        cableID: String, unitID: String, part: SourcePart, sectionID: String, blockID: String,
        kind: SourceBlock.Kind, segment: Int, cableParagraph: Int, position: Int, sourceText: String,
        sourceHash: String, registeredAt: Date, sourceChangedAt: Date? = nil, retiredAt: Date? = nil
    ) {
        self.cableID = cableID
        self.unitID = unitID
        self.part = part
        self.sectionID = sectionID
        self.blockID = blockID
        self.kind = kind
        self.segment = segment
        self.cableParagraph = cableParagraph
        self.position = position
        self.sourceText = sourceText
        self.sourceHash = sourceHash
        self.registeredAt = registeredAt
        self.sourceChangedAt = sourceChangedAt
        self.retiredAt = retiredAt
    }

    /// True while the unit is part of the current export (not retired).
    public var isCurrent: Bool { retiredAt == nil }
}
