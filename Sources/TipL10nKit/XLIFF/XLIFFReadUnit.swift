import Foundation

/// One translation unit read back from an XLIFF file: a source, perhaps a target, and what
/// the file says about the target's state.
///
/// IDs (`Docs/Import.md`):
/// - XLIFF 1.x: the `<trans-unit id>`; when the trans-unit has a `<seg-source>` with two or
///   more `<mrk mtype="seg">` segments, one unit per segment with ID `<trans-unit id>#<mid>`
///   (one segment: the trans-unit ID alone).
/// - XLIFF 2.x: one unit per `<segment>`: the segment `id` if present, else the `<unit id>`
///   when the unit has one segment, else `<unit id>#<n>` (n = 1-based segment index).
///
/// Everything that came from the file is untrusted: notes and suggestions are text to show,
/// never to interpret.
public struct XLIFFReadUnit: Sendable, Equatable {
    /// The unit ID (rules above). Not guaranteed unique: XLIFF 2.x segment IDs are unique only
    /// within their `<unit>`; see ``unitID`` and ``segmentID``.
    public var id: String
    /// The `<trans-unit id>` (1.x) or `<unit id>` (2.x) the unit came from.
    public var unitID: String
    /// The segment's `mid` (1.x `<mrk mtype="seg">`) or `<segment id>` (2.x), if any.
    public var segmentID: String?
    /// 1-based line: of the `<trans-unit>` (1.x, unsegmented or one segment), of the
    /// `<seg-source>` `<mrk>` (1.x, two or more segments), or of the `<segment>` (2.x).
    public var line: Int
    /// False when `translate="no"` on the unit or an enclosing `<group>` / `<file>`.
    public var isTranslatable: Bool
    /// The source text with inline codes as codes.
    public var source: InlineContent
    /// The translation; `nil` when `<target>` is absent, self-closed, empty or white space
    /// only, or holds only inline codes while the source has text (a CAT tool that copied the
    /// tags has not translated anything yet).
    public var target: InlineContent?
    /// `xml:lang` on `<target>`, if present.
    public var targetLanguage: String?
    /// The state mapped to tipl10n's four (``TranslationState`` and `Docs/Import.md`): the
    /// standard `state` if it is one XLIFF defines, else the tool's marker (Trados `conf`,
    /// memoQ `mq:status`), then raised to at least ``TranslationState/reviewed`` by
    /// `approved="yes"` (1.x). `nil` when nothing in the file says.
    public var state: TranslationState?
    /// The state as written: the standard `state` value (`needs-review-translation`,
    /// `reviewed`), or, without one, the tool marker (`sdl:conf=ApprovedTranslation`,
    /// `mq:status=ManuallyConfirmed`).
    public var rawState: String?
    /// The tool's own status marker as written (`sdl:conf=…`, `mq:status=…`), kept even
    /// when the standard `state` decided ``state``.
    public var toolState: String?
    /// XLIFF 1.2 `state-qualifier` on `<target>`, or XLIFF 2.x `subState` on `<segment>`.
    public var stateQualifier: String?
    /// The unit's notes (1.x `<note>` children of `<trans-unit>`, 2.x `<notes><note>`), verbatim:
    /// markup a note should not hold (`<script>`) comes back as literal text.
    public var notes: [String]
    /// Translation-memory and MT proposals (1.2 `<alt-trans>`, 2.x `<mtc:match>`): never the translation.
    public var suggestions: [XLIFFSuggestion]

    /// Creates a unit.
    public init(
        id: String, unitID: String? = nil, segmentID: String? = nil, line: Int, isTranslatable: Bool = true,
        source: InlineContent, target: InlineContent? = nil, targetLanguage: String? = nil,
        state: TranslationState? = nil, rawState: String? = nil, toolState: String? = nil,
        stateQualifier: String? = nil, notes: [String] = [], suggestions: [XLIFFSuggestion] = []
    ) {
        self.id = id
        self.unitID = unitID ?? id
        self.segmentID = segmentID
        self.line = line
        self.isTranslatable = isTranslatable
        self.source = source
        self.target = target
        self.targetLanguage = targetLanguage
        self.state = state
        self.rawState = rawState
        self.toolState = toolState
        self.stateQualifier = stateQualifier
        self.notes = notes
        self.suggestions = suggestions
    }
}

/// A translation proposal carried in the file: XLIFF 1.2 `<alt-trans>` or XLIFF 2.x
/// `<mtc:match>` (matches module, `urn:oasis:names:tc:xliff:matches:2.0`).
public struct XLIFFSuggestion: Sendable, Equatable {
    /// The proposal's source, when the file gives one.
    public var source: InlineContent?
    /// The proposed translation.
    public var target: InlineContent
    /// Where it came from (`origin`: a TM name, an MT engine), verbatim.
    public var origin: String?
    /// Match quality in percent (0–100 as written; `100`, `100%`, `100.00`, `100.00%` all
    /// read as 100): 1.2 `match-quality`, 2.x `matchQuality`. `nil` when absent or not a number.
    public var score: Double?

    /// Creates a suggestion.
    public init(source: InlineContent? = nil, target: InlineContent, origin: String? = nil, score: Double? = nil) {
        self.source = source
        self.target = target
        self.origin = origin
        self.score = score
    }
}
