import Foundation

/// A cable read for costing: its translation units of the parts asked for, its post and its
/// funding paragraph. The cost commands' one call into the cable reader.
public struct CostSource: Sendable {
    /// The parsed cable.
    public var cable: Cable
    /// Its translatable content.
    public var document: SourceDocument
    /// The parts counted, in document order.
    public var parts: [SourcePart]
    /// The units of those parts, in document order.
    public var units: [TranslationUnit]
    /// The cable's path, for messages.
    public var path: String

    /// Reads, extracts and segments a cable.
    ///
    /// - Parameters:
    ///   - data: the cable bytes (any layout ``CableParser`` reads).
    ///   - path: the cable's path; ``DefaultCable/fileName`` for the built-in one.
    ///   - segmenter: the sentence segmenter.
    ///   - parts: the parts to count; narrative and press by default (what a post publishes).
    /// - Throws: ``CableError`` for input that is not a rollout cable.
    public static func read(
        _ data: Data, path: String, segmenter: Segmenter, parts: Set<SourcePart> = [.narrative, .press]
    ) throws -> CostSource {
        let cable = try CableParser.parse(data, path: path)
        let document = try SourceDocument.extract(from: cable, path: path)
        let units = document.translationUnits(segmenter: segmenter, parts: parts, repairs: cable.repairs)
        return CostSource(
            cable: cable, document: document,
            parts: [SourcePart.narrative, .nonPaper, .press].filter(parts.contains), units: units, path: path)
    }

    /// The cable ID: `09STATE61188`.
    public var cableID: String { cable.header.cableID }

    /// The requesting post (``RequestingPost/resolve(header:country:path:post:bureau:)``).
    public func post(named post: String? = nil, bureau: RegionalBureau? = nil) throws -> RequestingPost {
        try RequestingPost.resolve(
            header: cable.header, country: document.country, path: path, post: post, bureau: bureau)
    }

    /// The cable's paragraph on translation funding (paragraph 10), if any.
    public var fundingParagraph: FundingParagraph? { FundingParagraph.find(in: cable) }

    /// The draft of a cost request for `estimate`'s lines.
    ///
    /// - Parameters:
    ///   - justification: replaces the standard justification
    ///     (``CostRequestDraft/standardJustification(cableID:country:paragraph:)``) when given.
    ///   - note: added after the justification and recorded with the first event.
    public func draft(
        estimate: CostEstimate, post: RequestingPost, officer: String, justification: String? = nil,
        note: String? = nil, at date: Date
    ) -> CostRequestDraft {
        let paragraph = fundingParagraph
        var text =
            justification
            ?? CostRequestDraft.standardJustification(cableID: cableID, country: post.country, paragraph: paragraph)
        if let note, !note.isEmpty { text += " " + note }
        return CostRequestDraft(
            post: post, cableID: cableID, cableSubject: cable.header.subject, cableDTG: cable.header.dtg,
            fundingParagraph: paragraph, parts: parts, wordCountRule: estimate.rule, lines: estimate.lines,
            justification: text, officer: officer, note: note ?? "", createdAt: date)
    }
}
