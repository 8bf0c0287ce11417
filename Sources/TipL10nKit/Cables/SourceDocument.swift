import Foundation

/// The three translatable parts of a rollout cable.
public enum SourcePart: String, Sendable {
    /// The TIP Report country narrative (cable paragraph 8 in 2009).
    case narrative
    /// The `--` bullet points between `(begin non-paper)` and `(end non-paper)` (paragraph 9).
    case nonPaper = "nonpaper"
    /// The press guidance questions and answers (paragraph 11).
    case press
}

/// One translatable block: a title, heading, paragraph, bullet, question or answer.
///
/// Its text is reflowed to single spaces with the cable's repairs applied; structural labels
/// (`Q1:`, `A:`, `¶A.`, `-- `) are not part of the text and are kept in ``sourceLabel``.
public struct SourceBlock: Sendable, Equatable {
    /// What the block is.
    public enum Kind: String, Sendable {
        case title, heading, paragraph, bullet, question, answer
    }

    /// What the block is.
    public var kind: Kind
    /// The block's ID relative to its section, an XML NMTOKEN: `title`, `heading`, `p1`, `p2`…,
    /// `b1`…, `question`, `answer` (a question or an answer printed over several paragraphs is
    /// one block).
    public var id: String
    /// The text, label stripped: `Kosovo (TIER 2)`, `Why was Kosovo ranked on the 2009 TIP Report?`.
    public var text: String
    /// The cable paragraph the block comes from (8, 9 or 11 in the 2009 cables).
    public var cableParagraph: Int
    /// The structural label as printed (`Q2:`, `A:`, `Q1.`, `¶A.`, `--`); `nil` for titles,
    /// headings and narrative paragraphs.
    public var sourceLabel: String?
    /// 1-based line in ``Cable/text`` where the block starts.
    public var line: Int

    /// Creates a block.
    public init(kind: Kind, id: String, text: String, cableParagraph: Int, sourceLabel: String? = nil, line: Int = 0) {
        self.kind = kind
        self.id = id
        self.text = text
        self.cableParagraph = cableParagraph
        self.sourceLabel = sourceLabel
        self.line = line
    }
}

/// A section of the source document; its ID prefixes the translation-unit IDs of its blocks.
///
/// Section IDs are XML NMTOKENs and stable across runs: `narrative`, `narrative.intro`,
/// `narrative.recommendations`, `narrative.prosecution`, `narrative.protection`,
/// `narrative.prevention`, `nonpaper`, `press.q1`, `press.q2`, ….
public struct SourceSection: Sendable, Equatable {
    /// The part of the cable the section belongs to.
    public var part: SourcePart
    /// The section ID.
    public var id: String
    /// The blocks in printed order.
    public var blocks: [SourceBlock]

    /// Creates a section.
    public init(part: SourcePart, id: String, blocks: [SourceBlock]) {
        self.part = part
        self.id = id
        self.blocks = blocks
    }
}

/// The translatable content of a rollout cable: narrative, non-paper and press guidance, in
/// sections of blocks.
///
/// Made by ``extract(from:path:)``; the rules are in `Docs/Cables.md`.
public struct SourceDocument: Sendable {
    /// The cable ID, e.g. `09STATE61188`.
    public var cableID: String
    /// The country as the title line prints it: `Kosovo`.
    public var country: String
    /// The tier from the title line in title case: `TIER 2` → `Tier 2`,
    /// `TIER 2 WATCH LIST` → `Tier 2 Watch List`, `SPECIAL CASE` → `Special Case`.
    public var tier: String
    /// The title line as printed: `Kosovo (TIER 2)`.
    public var titleLine: String
    /// The sections in printed order: narrative sections, then `nonpaper`, then `press.q1`….
    public var sections: [SourceSection]
    /// What ``extract(from:path:)`` found wrong but worked around (a cable that may be cut off,
    /// a missing heading, text outside a question and answer pair), sorted by line, warnings
    /// without a line last. Empty for the 2009 Kosovo, Suriname and Iceland cables.
    public var warnings: [SourceWarning]

    /// Creates a source document.
    public init(
        cableID: String, country: String, tier: String, titleLine: String, sections: [SourceSection],
        warnings: [SourceWarning] = []
    ) {
        self.cableID = cableID
        self.country = country
        self.tier = tier
        self.titleLine = titleLine
        self.sections = sections
        self.warnings = warnings
    }

    /// The section with this ID, or `nil`.
    public func section(_ id: String) -> SourceSection? {
        sections.first { $0.id == id }
    }

    /// All blocks of all sections, in order.
    public var blocks: [SourceBlock] {
        sections.flatMap(\.blocks)
    }
}
