import Foundation

/// The localized narrative and press guidance of one cable, ready to render: title, headings,
/// paragraphs, questions and answers in source order.
///
/// Made by ``assemble(units:targets:locale:questionLabel:answerLabel:)`` from the translation
/// units of the narrative and the press guidance (the non-paper is for the host government,
/// not the web page) and their targets; rendered by ``LocalizedDocument/markdown``,
/// ``LocalizedDocument/plainText`` and `LocalizedDocument+HTML`.
public struct LocalizedDocument: Sendable, Equatable {
    /// What a block is on the page.
    public enum BlockKind: String, Sendable {
        case title, heading, paragraph, question, answer
    }

    /// One sentence (translation unit) of a block.
    public struct Segment: Sendable, Equatable {
        /// The unit's ID, e.g. `narrative.intro.p1.s1`.
        public var unitID: String
        /// The target text, or the English source for an untranslated unit in a draft.
        public var text: String
        /// True when ``text`` is the English source because there is no usable translation.
        public var isUntranslated: Bool

        /// Creates a segment.
        public init(unitID: String, text: String, isUntranslated: Bool = false) {
            self.unitID = unitID
            self.text = text
            self.isUntranslated = isUntranslated
        }
    }

    /// One block: a title, heading or paragraph, or a labelled question or answer.
    public struct Block: Sendable, Equatable {
        public var kind: BlockKind
        /// `Pyetje 1:`, `Përgjigje:` (from the locale profile); `nil` for narrative blocks.
        public var label: String?
        /// The block's segments, in source order.
        public var segments: [Segment]

        /// Creates a block.
        public init(kind: BlockKind, label: String? = nil, segments: [Segment]) {
            self.kind = kind
            self.label = label
            self.segments = segments
        }

        /// The segments' texts joined with a space.
        public var text: String { segments.map(\.text).joined(separator: " ") }
    }

    /// The cable ID, e.g. `09STATE61188`.
    public var cableID: String
    /// The BCP 47 tag of the text, e.g. `sq`, `sr-Cyrl`, `en`.
    public var locale: String
    /// The narrative blocks, title first.
    public var narrative: [Block]
    /// The press guidance blocks: questions and answers.
    public var press: [Block]

    /// Creates a document.
    public init(cableID: String, locale: String, narrative: [Block], press: [Block]) {
        self.cableID = cableID
        self.locale = locale
        self.narrative = narrative
        self.press = press
    }

    /// The title line (`Kosova (NIVELI 2)`), or the cable ID when the document has none.
    public var title: String {
        narrative.first { $0.kind == .title }?.text ?? cableID
    }

    /// Every segment, in order.
    public var segments: [Segment] { (narrative + press).flatMap(\.segments) }

    /// Groups `units` (narrative and press; other parts are left out) into blocks.
    ///
    /// - Parameters:
    ///   - units: the cable's translation units in source order.
    ///   - targets: unit ID → target text; a unit without one shows its English source and
    ///     is marked untranslated (the caller refuses such a document unless it builds a draft).
    ///   - locale: the tag of the text.
    ///   - questionLabel: e.g. `Pyetje`; numbered in order of the questions (`Pyetje 1:`).
    ///   - answerLabel: e.g. `Përgjigje`; printed with a colon.
    public static func assemble(
        units: [TranslationUnit], targets: [String: String], locale: String, cableID: String, questionLabel: String,
        answerLabel: String
    ) -> LocalizedDocument {
        var narrative: [Block] = []
        var press: [Block] = []
        var lastBlock: String?
        var questions = 0
        for unit in units where unit.part == .narrative || unit.part == .press {
            let segment: Segment
            if let target = targets[unit.id], !target.isEmpty {
                segment = Segment(unitID: unit.id, text: target)
            } else {
                segment = Segment(unitID: unit.id, text: unit.source, isUntranslated: true)
            }
            let blockKey = "\(unit.sectionID).\(unit.blockID)"
            if blockKey == lastBlock {
                if unit.part == .narrative {
                    narrative[narrative.count - 1].segments.append(segment)
                } else {
                    press[press.count - 1].segments.append(segment)
                }
                continue
            }
            lastBlock = blockKey
            switch unit.kind {
            case .title: narrative.append(Block(kind: .title, segments: [segment]))
            case .heading: narrative.append(Block(kind: .heading, segments: [segment]))
            case .paragraph, .bullet:
                let block = Block(kind: .paragraph, segments: [segment])
                if unit.part == .narrative { narrative.append(block) } else { press.append(block) }
            case .question:
                questions += 1
                press.append(Block(kind: .question, label: "\(questionLabel) \(questions):", segments: [segment]))
            case .answer:
                press.append(Block(kind: .answer, label: "\(answerLabel):", segments: [segment]))
            }
        }
        return LocalizedDocument(cableID: cableID, locale: locale, narrative: narrative, press: press)
    }
}
