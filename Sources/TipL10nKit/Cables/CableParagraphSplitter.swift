import Foundation

/// Splits body lines into numbered paragraphs.
///
/// Rule: a line starting `N.` or `¶N.` (N of one to four digits, then a space or the end of the
/// line) starts paragraph N only when N is the next expected number, 1 first. Any other
/// numbered line continues the previous paragraph: the blank lines before it are removed, its
/// `¶` mark is dropped, the number stays as text (`…ranked as Tier 3. Thus, any…`) and a
/// ``CableRepair/Kind/rejoinedParagraph`` is recorded at its line.
struct CableParagraphSplitter {
    /// A paragraph before artifact repairs.
    struct Draft {
        var number: Int
        var line: Int
        var lines: [CableLine]
    }

    private(set) var paragraphs: [Draft] = []
    private(set) var repairs: [CableRepair] = []

    /// The number and the text after the mark when the line starts `N.` or `¶N.`.
    static func paragraphMark(in text: String) -> (number: Int, rest: String)? {
        let trimmed = text.drop { $0 == " " }
        guard let first = trimmed.first, first == "¶" || first.isASCII && first.isNumber else { return nil }
        guard let match = trimmed.prefixMatch(of: /¶?(\d{1,4})\.(?:\s+|$)/), let number = Int(match.1) else {
            return nil
        }
        return (number, String(trimmed[match.range.upperBound...]))
    }

    mutating func add(_ line: CableLine) {
        let expected = (paragraphs.last?.number ?? 0) + 1
        if let mark = Self.paragraphMark(in: line.text) {
            if mark.number == expected {
                paragraphs.append(
                    Draft(
                        number: mark.number, line: line.number, lines: [CableLine(number: line.number, text: mark.rest)]
                    )
                )
                return
            }
            if !paragraphs.isEmpty {
                rejoin(line, number: mark.number, expected: expected)
                return
            }
        }
        guard !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].lines.append(line)
    }

    private mutating func rejoin(_ line: CableLine, number: Int, expected: Int) {
        let index = paragraphs.count - 1
        var lines = paragraphs[index].lines
        var removedBlankLines = 0
        while let last = lines.last, CableText.isBlank(last.text), lines.count > 1 {
            lines.removeLast()
            removedBlankLines += 1
        }
        let text = CableText.droppingParagraphMark(line.text).drop { $0 == " " }
        let previous = lines.last.map { CableText.tail($0.text, words: 3) } ?? ""
        let head = CableText.head(String(text), words: 3)
        let printedHead = CableText.head(CableText.trimmed(line.text), words: 3)
        lines.append(CableLine(number: line.number, text: String(text)))
        paragraphs[index].lines = lines
        let breaks = String(repeating: "\n", count: removedBlankLines + 1)
        repairs.append(
            CableRepair(
                kind: .rejoinedParagraph, line: line.number, original: previous + breaks + printedHead,
                replacement: previous + " " + head,
                message:
                    "`\(number).` is not paragraph \(expected), the next expected number: kept as text of paragraph \(paragraphs[index].number) (`…\(previous) \(head)…`)",
                paragraph: paragraphs[index].number))
    }

    /// Removes trailing blank lines from every paragraph.
    var finishedParagraphs: [Draft] {
        paragraphs.map { draft in
            var draft = draft
            while let last = draft.lines.last, CableText.isBlank(last.text) { draft.lines.removeLast() }
            return draft
        }
    }
}
