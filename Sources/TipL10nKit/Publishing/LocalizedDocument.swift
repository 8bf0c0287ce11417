import Foundation

/// The localized text of one cable's published parts, ready to render: the narrative (title,
/// paragraphs, section headings), the press guidance (questions and answers) and the non-paper
/// (bullets), in source order.
///
/// Made by ``assemble(units:targets:locale:cableID:labels:)`` from the translation units and
/// their targets; a ``LocalizedPage`` puts it on a page (HTML, fragment, Markdown, text).
public struct LocalizedDocument: Sendable, Equatable {
    /// What a block is on the page.
    public enum BlockKind: String, Sendable {
        case title, heading, paragraph, bullet, question, answer
    }

    /// One sentence (translation unit) of a block.
    public struct Segment: Sendable, Equatable {
        /// The unit's ID, e.g. `narrative.intro.p1.s1`.
        public var unitID: String
        /// The target text; for a unit without a usable translation, its English source (or
        /// the locale profile's heading).
        public var text: String
        /// The BCP 47 tag of ``text`` when it is not in the document's language (`en` for the
        /// English source), else `nil`.
        public var language: String?
        /// True when the unit should have a translation and has none usable: the text stands in
        /// for it (a draft only).
        public var isUntranslated: Bool

        /// Creates a segment.
        public init(unitID: String, text: String, language: String? = nil, isUntranslated: Bool = false) {
            self.unitID = unitID
            self.text = text
            self.language = language
            self.isUntranslated = isUntranslated
        }
    }

    /// One block: a title, heading, paragraph or bullet, or a labelled question or answer.
    public struct Block: Sendable, Equatable {
        public var kind: BlockKind
        /// The section the block belongs to: `narrative.intro`, `narrative.prosecution`,
        /// `press.q1`, `nonpaper`.
        public var sectionID: String
        /// `Pyetje 1:`, `Përgjigje:` (from ``PublishingLabels``); `nil` for other blocks.
        public var label: PublishingLabels.Label?
        /// The block's segments, in source order.
        public var segments: [Segment]

        /// Creates a block.
        public init(
            kind: BlockKind, sectionID: String = "", label: PublishingLabels.Label? = nil, segments: [Segment]
        ) {
            self.kind = kind
            self.sectionID = sectionID
            self.label = label
            self.segments = segments
        }

        /// The segments' texts joined with a space.
        public var text: String { segments.map(\.text).joined(separator: " ") }

        /// The one language every segment is in when it is not the document's (`en` for a
        /// block shown in English), else `nil`.
        public var language: String? {
            guard let first = segments.first?.language, segments.allSatisfy({ $0.language == first }) else {
                return nil
            }
            return first
        }
    }

    /// The cable ID, e.g. `09STATE61188`.
    public var cableID: String
    /// The BCP 47 tag of the text, e.g. `sq`, `sr-Cyrl`, `en`.
    public var locale: String
    /// The narrative blocks, title first.
    public var narrative: [Block]
    /// The press guidance blocks: questions and answers (empty unless included).
    public var press: [Block]
    /// The non-paper's bullets (the host-government package only).
    public var nonPaper: [Block]

    /// Creates a document.
    public init(cableID: String, locale: String, narrative: [Block], press: [Block] = [], nonPaper: [Block] = []) {
        self.cableID = cableID
        self.locale = locale
        self.narrative = narrative
        self.press = press
        self.nonPaper = nonPaper
    }

    /// The title line (`Kosova (NIVELI 2)`), or the cable ID when the document has none.
    public var title: String {
        narrative.first { $0.kind == .title }?.text ?? cableID
    }

    /// Every block, in the order of the page: narrative, non-paper, press guidance.
    public var blocks: [Block] { narrative + nonPaper + press }

    /// Every segment, in the order of the page.
    public var segments: [Segment] { blocks.flatMap(\.segments) }

    /// Groups `units` into blocks (units of other parts than narrative, press and non-paper are
    /// left out).
    ///
    /// - Parameters:
    ///   - units: the translation units to publish, in source order.
    ///   - targets: unit ID → target text. A unit without one is shown in English, or, for a
    ///     section heading, with the heading from `labels` (the caller refuses such a document
    ///     unless it builds a draft).
    ///   - englishUnits: units published in English on purpose (a part the project does not
    ///     translate): their source, marked `en`, not untranslated.
    ///   - locale: the tag of the text.
    ///   - labels: the Q/A labels (numbered in order of the questions, `Pyetje 1:`, since the
    ///     source labels two questions `Q2`) and the headings that stand in for missing ones.
    public static func assemble(
        units: [TranslationUnit], targets: [String: String], englishUnits: Set<String> = [], locale: String,
        cableID: String, labels: PublishingLabels
    ) -> LocalizedDocument {
        var document = LocalizedDocument(cableID: cableID, locale: locale, narrative: [])
        var lastBlock: String?
        var questions = 0
        let english: String? = locale == "en" ? nil : "en"
        for unit in units where [.narrative, .press, .nonPaper].contains(unit.part) {
            let segment: Segment
            if englishUnits.contains(unit.id) {
                segment = Segment(unitID: unit.id, text: unit.source, language: english)
            } else if let target = targets[unit.id], !target.isEmpty {
                segment = Segment(unitID: unit.id, text: target)
            } else if unit.kind == .heading, let heading = labels.headings[sectionName(unit.sectionID)] {
                segment = Segment(
                    unitID: unit.id, text: heading.text, language: heading.language == locale ? nil : heading.language,
                    isUntranslated: true)
            } else {
                segment = Segment(unitID: unit.id, text: unit.source, language: english, isUntranslated: true)
            }
            let blockKey = "\(unit.sectionID).\(unit.blockID)"
            if blockKey == lastBlock {
                document.append(segment, part: unit.part)
                continue
            }
            lastBlock = blockKey
            var block = Block(kind: .paragraph, sectionID: unit.sectionID, segments: [segment])
            switch unit.kind {
            case .title: block.kind = .title
            case .heading: block.kind = .heading
            case .paragraph: block.kind = .paragraph
            case .bullet: block.kind = .bullet
            case .question:
                questions += 1
                block.kind = .question
                // A one-letter label is an abbreviation and takes the number closed up, as the
                // cable writes it (`Q1:`); a word is followed by a space (`Pyetje 1:`).
                let separator = labels.question.text.count == 1 ? "" : " "
                block.label = PublishingLabels.Label(
                    "\(labels.question.text)\(separator)\(questions):", language: labels.question.language)
            case .answer:
                block.kind = .answer
                block.label = PublishingLabels.Label("\(labels.answer.text):", language: labels.answer.language)
            }
            document.append(block, part: unit.part)
        }
        return document
    }

    /// `prosecution` for `narrative.prosecution`.
    static func sectionName(_ sectionID: String) -> String {
        String(sectionID.split(separator: ".").last ?? "")
    }

    private mutating func append(_ block: Block, part: SourcePart) {
        switch part {
        case .narrative: narrative.append(block)
        case .press: press.append(block)
        case .nonPaper: nonPaper.append(block)
        }
    }

    private mutating func append(_ segment: Segment, part: SourcePart) {
        switch part {
        case .narrative where !narrative.isEmpty: narrative[narrative.count - 1].segments.append(segment)
        case .press where !press.isEmpty: press[press.count - 1].segments.append(segment)
        case .nonPaper where !nonPaper.isEmpty: nonPaper[nonPaper.count - 1].segments.append(segment)
        default: break
        }
    }
}
