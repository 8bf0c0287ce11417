import Foundation

/// Plain English text (not a cable) split into translation units, for `tipl10n segment --text`.
public enum PlainText {
    /// Paragraphs are separated by one or more blank lines (LF, CRLF or CR line ends). Each
    /// paragraph is segmented with its single line breaks kept, so the segmenter's rules see
    /// them (a line that starts with a list marker starts a segment, `Docs/Segmentation.md`
    /// rule 2; any other single break is a wrapped line); each segment is then one line, runs
    /// of white space collapsed to one space. Unit IDs are `p<n>.s<m>`, both 1-based; `part`
    /// is `narrative` and `cableParagraph` 0.
    public static func translationUnits(in text: String, segmenter: Segmenter) -> [TranslationUnit] {
        let paragraphs = paragraphs(in: text)
        var units: [TranslationUnit] = []
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            let segments = segmenter.segments(in: paragraph).map {
                $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            }
            for (segmentIndex, segment) in segments.enumerated() {
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

    /// The paragraphs of `text`: its lines between blank lines, each line's runs of white
    /// space collapsed to one space, joined with `\n`.
    public static func paragraphs(in text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        // "\r\n" is one Character in Swift: normalise line ends before splitting.
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0.isWhitespace })
            if words.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(words.joined(separator: " "))
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }
}
