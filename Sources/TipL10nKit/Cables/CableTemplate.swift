import Foundation

/// The fixed structure every TIP Report rollout cable shares, which the reader leans on when
/// paragraph numbers are damaged or missing.
///
/// In 2009 every post received the same template (about 175 cables): paragraph 8 opens with
/// `Begin Final Text of <country>'s country narrative…`, paragraph 9 with `Post may wish to
/// deliver the following points…` and holds the non-paper between `(begin non-paper)` and
/// `(end non-paper)`, paragraph 10 with `Posts should make sure that the relevant country
/// narrative…`, paragraph 11 with `The following is press guidance…` and its `Q1:` / `A:`
/// pairs, paragraph 12 with `The Department appreciates…`, then the signature. Only the
/// narrative and the press answers differ from post to post. See `Docs/Cables.md`
/// ("Recovering paragraphs").
enum CableTemplate {
    /// A paragraph opening the reader recognises.
    enum Anchor: String, Sendable {
        /// `Begin Final Text of Kosovo's country narrative…` (paragraph 8 in 2009).
        case narrative
        /// `Post may wish to deliver the following points…` (paragraph 9).
        case nonPaperIntro
        /// `Posts should make sure that the relevant country narrative…` (paragraph 10).
        case webPage
        /// `The following is press guidance…` (paragraph 11).
        case pressGuidance
        /// `The Department appreciates…` (paragraph 12).
        case thanks
    }

    /// Openings, lower case with single spaces, in the order of the template.
    /// Short enough to fit the first line of a paragraph wrapped at 60 columns after its mark.
    static let openings: [(anchor: Anchor, phrases: [String])] = [
        (.narrative, ["begin final text"]),
        (.nonPaperIntro, ["post may wish to deliver", "posts may wish to deliver"]),
        (.webPage, ["posts should make sure that the", "post should make sure that the"]),
        (.pressGuidance, ["the following is press guidance", "following is press guidance"]),
        (.thanks, ["the department appreciates", "department appreciates"]),
    ]

    /// The anchor a line opens, and what is printed before the opening words (nothing, a
    /// paragraph mark, or up to six characters of an unreadable one such as `B.` or `IQ.`).
    static func anchor(in text: String) -> (anchor: Anchor, prefix: String)? {
        // A cheap test first: every opening holds one of these words.
        let words = ["begin", "deliver", "make sure", "press guidance", "appreciates"]
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard words.contains(where: { CableText.containsASCIIIgnoringCase($0, in: text) }) else { return nil }
        } else {
            let lowered = text.lowercased()
            guard words.contains(where: lowered.contains) else { return nil }
        }
        var collapsed = CableText.collapsingSpaces(text)
        // A portion marking after the number is not part of the opening: `8. (U) Begin Final…`.
        if collapsed.prefix(12).contains("("),
            let marking = collapsed.firstMatch(of: #/^(\S{0,6} ?)\((?:U|SBU|C|S|LOU|FOUO|UNCLASSIFIED)\) /#)
        {
            collapsed = String(marking.1) + collapsed[marking.range.upperBound...]
        }
        let lower = collapsed.lowercased()
        for (anchor, phrases) in openings {
            for phrase in phrases {
                guard let range = lower.range(of: phrase) else { continue }
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                guard offset <= 7 else { continue }
                let prefix = String(collapsed.prefix(offset))
                // What stands before must not be a word of its own (`See the following is…`).
                guard prefix.isEmpty || isMarkLike(prefix) else { continue }
                return (anchor, CableText.trimmed(prefix))
            }
        }
        return nil
    }

    /// Whether `text` (a few characters before an opening) can be a paragraph mark, readable
    /// or not: digits, `¶`, punctuation, and at most two letters (`IQ.`, `T2 .`, `l.`).
    static func isMarkLike(_ text: String) -> Bool {
        let trimmed = CableText.trimmed(text)
        guard !trimmed.isEmpty else { return true }
        let letters = trimmed.filter(\.isLetter).count
        guard letters <= 2 else { return false }
        return trimmed.allSatisfy { $0.isLetter || $0.isNumber || "¶.,:;)( ".contains($0) }
            && (trimmed.contains { !$0.isLetter } || trimmed.count <= 2)
    }

    /// `(begin non-paper)`, in any case and spacing.
    static func isNonPaperBegin(_ text: String) -> Bool {
        CableText.collapsingSpaces(text).lowercased() == "(begin non-paper)"
    }

    /// `(end non-paper)`, in any case and spacing.
    static func isNonPaperEnd(_ text: String) -> Bool {
        CableText.collapsingSpaces(text).lowercased() == "(end non-paper)"
    }
}
