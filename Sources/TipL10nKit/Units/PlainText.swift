import Foundation

/// Plain English text (not a cable) split into translation units, for `tipl10n segment --text`.
public enum PlainText {
    /// Paragraphs are separated by one or more blank lines (LF, CRLF or CR line ends); the lines of a paragraph are
    /// joined with single spaces (runs of white space collapse). Each paragraph is segmented;
    /// unit IDs are `p<n>.s<m>`, both 1-based; `part` is `narrative` and `cableParagraph` 0.
    public static func translationUnits(in text: String, segmenter: Segmenter) -> [TranslationUnit] {
        let paragraphs = paragraphs(in: text)
        var units: [TranslationUnit] = []
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            for (segmentIndex, segment) in segmenter.segments(in: paragraph).enumerated() {
                units.append(
                    TranslationUnit(
                        id: "p\(paragraphIndex + 1).s\(segmentIndex + 1)", part: .narrative, sectionID: "text",
                        blockID: "p\(paragraphIndex + 1)", kind: .paragraph, segment: segmentIndex + 1, source: segment,
                        sourceHash: TranslationUnit.hash(of: segment), cableParagraph: 0, sourceLabel: nil,
                        reviewNotes: []))
            }
        }
        return units
    }

    /// The paragraphs of `text`, each joined to one line with single spaces.
    public static func paragraphs(in text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        // "\r\n" is one Character in Swift: normalise line ends before splitting.
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0.isWhitespace })
            if words.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(contentsOf: words)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }
}
