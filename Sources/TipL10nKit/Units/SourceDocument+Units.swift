import Foundation

extension SourceDocument {
    /// Splits the document into translation units, in source order.
    ///
    /// Titles and headings become one unit each; paragraphs, bullets, questions and answers
    /// are split into sentences by `segmenter` (SRX 2.0) and become one unit per segment. IDs
    /// follow ``TranslationUnit`` (structure-derived, stable across runs).
    ///
    /// - Parameters:
    ///   - segmenter: the sentence segmenter (default English rules or the user's `--srx`).
    ///   - parts: which parts to include (`narrative`, `press`, `nonpaper`).
    ///   - repairs: the cable's repairs; a review flag (``CableRepair/isReviewFlag``) about the
    ///     text (``CableRepair/concernsText``) of the unit's cable paragraph whose text (``CableRepair/replacement``, the text as it now
    ///     stands) occurs in the unit adds a review note to it (once per distinct message).
    /// - Returns: units in document order; empty if `parts` selects nothing present.
    public func translationUnits(
        segmenter: Segmenter, parts: Set<SourcePart>, repairs: [CableRepair] = []
    ) -> [TranslationUnit] {
        let reviewRepairs = repairs.filter { $0.isReviewFlag && $0.concernsText }
        var units: [TranslationUnit] = []
        for section in sections where parts.contains(section.part) {
            for block in section.blocks {
                let pieces: [String]
                switch block.kind {
                case .title, .heading:
                    pieces = [block.text]
                case .paragraph, .bullet, .question, .answer:
                    pieces = segmenter.segments(in: block.text)
                }
                for (index, text) in pieces.enumerated() {
                    let segmented = block.kind != .title && block.kind != .heading
                    let id = "\(section.id).\(block.id)" + (segmented ? ".s\(index + 1)" : "")
                    var notes: [String] = []
                    for repair in reviewRepairs
                    where repair.paragraph == block.cableParagraph && text.contains(repair.replacement)
                        && !notes.contains(repair.message)
                    {
                        notes.append(repair.message)
                    }
                    units.append(
                        TranslationUnit(
                            id: id, part: section.part, sectionID: section.id, blockID: block.id, kind: block.kind,
                            segment: index + 1, source: text, sourceHash: TranslationUnit.hash(of: text),
                            cableParagraph: block.cableParagraph, sourceLabel: block.sourceLabel, reviewNotes: notes))
                }
            }
        }
        return units
    }
}
