import Foundation

/// Splits body lines into numbered paragraphs, recovering damaged or missing numbers from the
/// structure that remains, and records what it recovered.
///
/// **Numbered cables** (three or more paragraph numbers readable in order, or one or two in a
/// short cable):
/// - A line starting `N.` or `¶N.` (N of one to four digits, then a space or the end of the
///   line) starts paragraph N when N is the next expected number, 1 first. Damaged marks are
///   read too, each recorded (``CableRepair/Kind/paragraphNumber``): a number glued to its text
///   (`1.This is…` → `1. This is…`), a space before the period (`2 . On June…`), a number alone
///   on its line with the text on the next, and a garbled mark at a paragraph boundary whose
///   characters read as the expected number (`l.` or `I.` for `1.`, `1,` for `1.`; flagged), and a
///   paragraph anchor `¶` at a paragraph boundary with no number after it (flagged).
/// - A mark one to three above the expected number starts that paragraph when it stands at a
///   paragraph boundary (after a blank line, the line before ending a sentence or a rule): the
///   numbers between are missing (flagged), their text stays in the paragraph before.
/// - A line that opens a paragraph of the rollout cable's template (``CableTemplate``:
///   `Begin Final Text of…`, `Post may wish to deliver…`, `Posts should make sure…`, `The
///   following is press guidance…`, `The Department appreciates…`) after a blank line starts
///   the expected paragraph even without a readable number (flagged).
/// - Text before the first mark (paragraph 1's number lost) is paragraph 1 (flagged).
/// - Any other numbered line continues the previous paragraph: the blank lines before it are
///   removed, its `¶` mark is dropped, the number stays as text (`…ranked as Tier 3. Thus, any…`)
///   and a ``CableRepair/Kind/rejoinedParagraph`` is recorded at its line.
///
/// **Cables without readable numbers** (none; or one or two while the narrative's or the press
/// guidance's opening has none, so that those are stray numbers such as `3. Thus`): paragraphs are the runs of lines
/// between blank lines, numbered by position, except that the narrative (from `Begin Final
/// Text of…` to its closing rule), the non-paper (`(begin non-paper)` … `(end non-paper)`, with
/// the paragraph that introduces it) and the press guidance (from its lead or first question
/// to the thanks) are one paragraph each, and a block that follows a block not ending a
/// sentence continues it. Each recovered paragraph is recorded; the first is a review flag.
struct CableParagraphSplitter {
    /// A paragraph before artifact repairs.
    struct Draft {
        var number: Int
        var line: Int
        var lines: [CableLine]
    }

    /// A paragraph mark at the start of a line.
    struct Mark: Equatable {
        enum Shape: Equatable {
            /// `8. Begin…`, `¶8. Begin…`, `8.` alone.
            case plain
            /// `1.This is…`: no space after the period.
            case glued
            /// `2 . On June…`: a space before the period.
            case spaced
        }

        var number: Int
        /// The line after the mark (without the mark and the spaces after it).
        var rest: String
        /// The mark as printed (`¶8.`, `1.`).
        var printed: String
        var shape: Shape
    }

    private(set) var paragraphs: [Draft] = []
    private(set) var repairs: [CableRepair] = []

    /// The number and the text after the mark when the line starts `N.` or `¶N.` (also glued to
    /// its text, `1.This`, or with a space before the period, `2 . On`).
    static func paragraphMark(in text: String) -> (number: Int, rest: String)? {
        mark(in: text).map { ($0.number, $0.rest) }
    }

    /// The paragraph mark a line starts with, in any of the shapes ``Mark/Shape`` lists.
    static func mark(in text: String) -> Mark? {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first, first == "¶" || first.isASCII && first.isNumber else { return nil }
        if let match = trimmed.prefixMatch(of: paragraphNumberPattern), let number = Int(match.2) {
            return Mark(
                number: number, rest: String(trimmed[match.range.upperBound...]),
                printed: CableText.trimmed(trimmed[match.range]), shape: .plain)
        }
        if let match = trimmed.prefixMatch(of: paragraphNumberBeforeCapitalPattern), let number = Int(match.2) {
            return Mark(
                number: number, rest: String(trimmed[match.range.upperBound...]),
                printed: String(trimmed[match.range]), shape: .glued)
        }
        if let match = trimmed.prefixMatch(of: paragraphNumberSpaceDotPattern), let number = Int(match.2) {
            return Mark(
                number: number, rest: String(trimmed[match.range.upperBound...]),
                printed: CableText.trimmed(trimmed[match.range]), shape: .spaced)
        }
        return nil
    }

    /// The text after a paragraph anchor `¶` printed without its number (`¶ This is…`,
    /// `¶This is…`); `nil` when a number follows the `¶`, when a label does (`¶A.`, `¶Q1:`), or
    /// when the line has none.
    static func pilcrowWithoutNumber(in text: String) -> String? {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == "¶" else { return nil }
        let rest = trimmed.dropFirst().drop { $0 == " " }
        guard let first = rest.first, !first.isNumber else { return nil }
        // `¶A.`, `¶Q1:`, `¶B.` are labels (answers, questions, references), not paragraphs.
        if rest.prefixMatch(of: letterLabelPattern) != nil { return nil }
        return String(rest)
    }

    /// A garbled mark that reads as `expected`: one or two characters among digits and the
    /// letters OCR and old printers confuse with them (`l`, `I`, `|` for 1; `O` for 0), then
    /// `.`, `,`, `:` or `;` and a space (`l. This`, `1, This`, `I. This`).
    static func garbledMark(in text: String, expected: Int) -> Mark? {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard let match = trimmed.prefixMatch(of: misreadParagraphNumberPattern) else { return nil }
        let digits = String(
            match.2.map { character -> Character in
                switch character {
                case "I", "l", "|": "1"
                case "O": "0"
                default: character
                }
            })
        guard Int(digits) == expected, String(match.2) != digits || match.3 != "." else { return nil }
        return Mark(
            number: expected, rest: String(trimmed[match.range.upperBound...]),
            printed: CableText.trimmed(trimmed[match.range]), shape: .plain)
    }

    /// Splits `lines` (the body, paragraph 1 to the signature).
    init(lines: [CableLine]) {
        let readable = Self.readableMarkCount(lines)
        // A few readable numbers and a narrative or press guidance printed without one: the
        // numbers are stray (`3. Thus`, `16. The`), not the cable's numbering.
        let unmarkedAnchor = lines.contains { line in
            guard let found = CableTemplate.anchor(in: line.text),
                found.anchor == .narrative || found.anchor == .pressGuidance
            else { return false }
            return Self.mark(in: line.text) == nil
        }
        if readable >= 3 || readable >= 1 && !unmarkedAnchor {
            splitNumbered(lines)
        } else {
            splitUnnumbered(lines, readableMarks: readable)
        }
        for index in paragraphs.indices {
            while let last = paragraphs[index].lines.last, CableText.isBlank(last.text) {
                paragraphs[index].lines.removeLast()
            }
        }
    }

    /// How many lines start with the marks 1, 2, 3… in order (each the next after the last found).
    static func readableMarkCount(_ lines: [CableLine]) -> Int {
        var expected = 1
        var count = 0
        for line in lines {
            guard let mark = mark(in: line.text) else { continue }
            if mark.number == expected
                || (count > 0 || mark.number <= 4) && (expected + 1...expected + 3).contains(mark.number)
            {
                count += 1
                expected = mark.number + 1
            }
        }
        return count
    }

    // MARK: - Numbered cables

    private mutating func splitNumbered(_ lines: [CableLine]) {
        var lastNonBlank: CableLine?
        var previousIsBlank = true
        for line in lines {
            defer {
                previousIsBlank = CableText.isBlank(line.text)
                if !previousIsBlank { lastNonBlank = line }
            }
            let expected = (paragraphs.last?.number ?? 0) + 1
            let atBoundary = previousIsBlank && (lastNonBlank.map { Self.endsParagraph($0.text) } ?? true)
            let isBlank = CableText.isBlank(line.text)

            if let mark = Self.mark(in: line.text) {
                if mark.number == expected {
                    start(mark, at: line)
                    continue
                }
                if (expected + 1...expected + 3).contains(mark.number) && (atBoundary || paragraphs.isEmpty) {
                    recordMissing(from: expected, to: mark.number - 1, at: line, mark: mark)
                    start(mark, at: line)
                    continue
                }
                if !paragraphs.isEmpty {
                    rejoin(line, mark: mark, expected: expected)
                    continue
                }
            }
            if !isBlank, previousIsBlank || paragraphs.isEmpty, let found = CableTemplate.anchor(in: line.text),
                hasText(paragraphs.last)
            {
                startRecovered(at: line, number: expected, anchor: found)
                continue
            }
            if !isBlank, atBoundary || paragraphs.isEmpty, let rest = Self.pilcrowWithoutNumber(in: line.text) {
                appendParagraph(number: expected, line: line, text: rest)
                record(
                    line.number, original: "¶", replacement: "¶",
                    message: "a paragraph anchor `¶` with no number: read as paragraph \(expected)",
                    paragraph: expected,
                    isReviewFlag: true)
                continue
            }
            if !isBlank, atBoundary || paragraphs.isEmpty,
                let garbled = Self.garbledMark(in: line.text, expected: expected)
            {
                recordGarbled(garbled, at: line)
                appendParagraph(number: expected, line: line, text: garbled.rest)
                continue
            }
            if paragraphs.isEmpty {
                guard !isBlank else { continue }
                startRecovered(at: line, number: 1, anchor: nil)
                continue
            }
            paragraphs[paragraphs.count - 1].lines.append(line)
        }
    }

    /// Whether a paragraph has any text yet (a mark alone on its line does not).
    private func hasText(_ draft: Draft?) -> Bool {
        guard let draft else { return true }
        return draft.lines.contains { !CableText.isBlank($0.text) }
    }

    private mutating func appendParagraph(number: Int, line: CableLine, text: String) {
        paragraphs.append(Draft(number: number, line: line.number, lines: [CableLine(number: line.number, text: text)]))
    }

    private mutating func start(_ mark: Mark, at line: CableLine) {
        appendParagraph(number: mark.number, line: line, text: mark.rest)
        switch mark.shape {
        case .glued:
            let head = CableText.head(mark.rest, words: 2)
            record(
                line.number, original: mark.printed + head, replacement: mark.printed + " " + head,
                message:
                    "`\(mark.printed + head)` → `\(mark.printed) \(head)` (paragraph number glued to its text)",
                paragraph: mark.number)
        case .spaced:
            let number = "\(mark.number)."
            record(
                line.number, original: mark.printed, replacement: number,
                message: "`\(mark.printed)` read as paragraph number `\(number)`", paragraph: mark.number)
        case .plain:
            if CableText.isBlank(mark.rest) {
                record(
                    line.number, original: mark.printed, replacement: mark.printed,
                    message:
                        "paragraph number `\(mark.printed)` printed alone on its line: its text starts on the next line",
                    paragraph: mark.number)
            }
        }
    }

    private mutating func startRecovered(
        at line: CableLine, number: Int, anchor found: (anchor: CableTemplate.Anchor, prefix: String)?
    ) {
        var text = line.text
        let head = CableText.head(CableText.trimmed(line.text), words: 4)
        let message: String
        if let found {
            let printed = found.prefix.isEmpty ? "no number" : "`\(found.prefix)`"
            if !found.prefix.isEmpty, let range = text.range(of: found.prefix) {
                text.removeSubrange(text.startIndex..<range.upperBound)
            }
            message =
                "`\(head)…` opens \(Self.describe(found.anchor)) of the rollout cable, printed with \(printed): read as paragraph \(number)"
        } else {
            message =
                "`\(head)…` follows the header without a paragraph number: read as paragraph \(number)"
        }
        appendParagraph(number: number, line: line, text: text)
        record(
            line.number, original: head, replacement: head, message: message, paragraph: number, isReviewFlag: true)
    }

    private static func describe(_ anchor: CableTemplate.Anchor) -> String {
        switch anchor {
        case .narrative: "the country narrative (paragraph 8 in 2009)"
        case .nonPaperIntro: "the non-paper paragraph (paragraph 9 in 2009)"
        case .webPage: "the web page paragraph (paragraph 10 in 2009)"
        case .pressGuidance: "the press guidance (paragraph 11 in 2009)"
        case .thanks: "the closing thanks (paragraph 12 in 2009)"
        }
    }

    private mutating func recordMissing(from first: Int, to last: Int, at line: CableLine, mark: Mark) {
        let missing = first == last ? "paragraph \(first)" : "paragraphs \(first)–\(last)"
        let before = paragraphs.last.map { "; any text of \(missing) is kept in paragraph \($0.number)" } ?? ""
        record(
            line.number, original: mark.printed, replacement: mark.printed,
            message: "no \(missing): the numbering goes on with `\(mark.printed)`\(before)", paragraph: mark.number,
            isReviewFlag: true)
    }

    private mutating func recordGarbled(_ mark: Mark, at line: CableLine) {
        record(
            line.number, original: mark.printed, replacement: "\(mark.number).",
            message: "`\(mark.printed)` read as paragraph number `\(mark.number).` (a garbled mark)",
            paragraph: mark.number, isReviewFlag: true)
    }

    private mutating func rejoin(_ line: CableLine, mark: Mark, expected: Int) {
        let index = paragraphs.count - 1
        var lines = paragraphs[index].lines
        var removedBlankLines = 0
        while let last = lines.last, CableText.isBlank(last.text), lines.count > 1 {
            lines.removeLast()
            removedBlankLines += 1
        }
        var text = String(CableText.droppingParagraphMark(line.text).drop { $0 == " " })
        if mark.shape == .glued, let dot = text.firstIndex(of: ".") {
            text.insert(" ", at: text.index(after: dot))
        }
        let previous = lines.last.map { CableText.tail($0.text, words: 3) } ?? ""
        let head = CableText.head(text, words: 3)
        let printedHead = CableText.head(CableText.trimmed(line.text), words: 3)
        lines.append(CableLine(number: line.number, text: text))
        paragraphs[index].lines = lines
        let breaks = String(repeating: "\n", count: removedBlankLines + 1)
        repairs.append(
            CableRepair(
                kind: .rejoinedParagraph, line: line.number, original: previous + breaks + printedHead,
                replacement: previous + " " + head,
                message:
                    "`\(mark.number).` is not paragraph \(expected), the next expected number: kept as text of paragraph \(paragraphs[index].number) (`…\(previous) \(head)…`)",
                paragraph: paragraphs[index].number))
    }

    // MARK: - Cables without readable numbers

    private mutating func splitUnnumbered(_ lines: [CableLine], readableMarks: Int) {
        enum Region { case none, narrative, nonPaper, press }
        var region = Region.none
        var narrativeClosed = false
        var previousIsBlank = true
        var lastNonBlank: CableLine?
        var current: [CableLine] = []
        var currentStart: CableLine?

        func flush() {
            guard let first = currentStart else { return }
            let number = paragraphs.count + 1
            paragraphs.append(Draft(number: number, line: first.number, lines: current))
            current = []
            currentStart = nil
        }

        for (index, line) in lines.enumerated() {
            defer {
                previousIsBlank = CableText.isBlank(line.text)
                if !previousIsBlank { lastNonBlank = line }
            }
            let isBlank = CableText.isBlank(line.text)
            if isBlank {
                if currentStart != nil { current.append(line) }
                continue
            }
            let anchor = CableTemplate.anchor(in: line.text)?.anchor
            let blockStart = previousIsBlank || currentStart == nil
            var startsParagraph = false
            if currentStart == nil {
                startsParagraph = true
            } else if blockStart {
                switch region {
                case .narrative:
                    if let anchor, anchor != .narrative {
                        startsParagraph = true
                    } else if narrativeClosed && CableNarrativeLayout.heading(line.text) == nil
                        && CableNarrativeLayout.runInHeading(line.text) == nil
                    {
                        startsParagraph = true
                    }
                case .nonPaper:
                    startsParagraph = anchor != nil && anchor != .nonPaperIntro
                case .press:
                    startsParagraph = anchor == .thanks
                case .none:
                    if CableTemplate.isNonPaperBegin(line.text) {
                        startsParagraph = false
                    } else if anchor != nil {
                        startsParagraph = true
                    } else if let last = lastNonBlank, !Self.endsParagraph(last.text) {
                        startsParagraph = false
                    } else {
                        startsParagraph = true
                    }
                }
            }
            if startsParagraph {
                flush()
                currentStart = line
                narrativeClosed = false
                switch anchor {
                case .narrative: region = .narrative
                case .pressGuidance: region = .press
                default:
                    region = SourceDocument.questionLabel(line.text) != nil ? .press : .none
                }
                let number = paragraphs.count + 1
                let head = CableText.head(CableText.trimmed(line.text), words: 4)
                let source = anchor.map { "its opening (\(Self.describe($0)))" } ?? "the blank lines around it"
                let lead =
                    paragraphs.isEmpty
                    ? "the cable has \(readableMarks == 0 ? "no" : "only \(readableMarks)") readable paragraph "
                        + "number\(readableMarks == 1 ? "" : "s"), so paragraphs are numbered by position; "
                    : ""
                record(
                    line.number, original: head, replacement: head,
                    message:
                        "\(lead)`\(head)…` has no readable paragraph number: read as paragraph \(number) from \(source)",
                    paragraph: number, isReviewFlag: paragraphs.isEmpty)
            }
            if CableTemplate.isNonPaperBegin(line.text) { region = .nonPaper }
            if region == .nonPaper, CableTemplate.isNonPaperEnd(line.text) { region = .none }
            if region == .none, SourceDocument.questionLabel(line.text) != nil { region = .press }
            if region == .narrative, CableNarrativeLayout.isRule(line.text), index > 0 {
                let previous = lastNonBlank?.text ?? ""
                let next = lines[(index + 1)...].first { !CableText.isBlank($0.text) }?.text ?? ""
                if CableNarrativeLayout.title(previous) == nil, CableNarrativeLayout.heading(previous) == nil,
                    CableNarrativeLayout.title(next) == nil, CableNarrativeLayout.heading(next) == nil,
                    CableNarrativeLayout.runInHeading(next) == nil, !previous.lowercased().contains("begin final text")
                {
                    narrativeClosed = true
                }
            }
            current.append(line)
        }
        flush()
    }

    // MARK: - Helpers

    /// Whether a line can end a paragraph: it ends with `.`, `?`, `!`, `:` or `;` (closing
    /// quotes and brackets allowed after them), with `)` (as `(end non-paper)` does) or is a rule.
    static func endsParagraph(_ text: String) -> Bool {
        let trimmed = CableText.trimmed(text)
        if CableNarrativeLayout.isRule(trimmed) { return true }
        let closing: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", "]"]
        let core = trimmed.reversed().drop { closing.contains($0) }
        guard let last = core.first else { return false }
        return ".?!:;)".contains(last)
    }

    private mutating func record(
        _ line: Int, original: String, replacement: String, message: String, paragraph: Int,
        isReviewFlag: Bool = false
    ) {
        repairs.append(
            CableRepair(
                kind: .paragraphNumber, line: line, original: original, replacement: replacement, message: message,
                paragraph: paragraph, isReviewFlag: isReviewFlag))
    }
}

// Regex literals evaluated once per process: a literal inside a function is parsed again
// every time the function runs (`Docs/Performance.md`).
nonisolated(unsafe) private let paragraphNumberPattern = /(¶ ?)?(\d{1,4})\.(?:[ \t]+|$)/
nonisolated(unsafe) private let paragraphNumberBeforeCapitalPattern = /(¶ ?)?(\d{1,4})\.(?=[\p{Lu}"“(])/
nonisolated(unsafe) private let paragraphNumberSpaceDotPattern = /(¶ ?)?(\d{1,4}) \.(?:[ \t]+|$)/
nonisolated(unsafe) private let letterLabelPattern = /[A-Za-z]\d{0,3} ?[.:)]/
nonisolated(unsafe) private let misreadParagraphNumberPattern = /(¶ ?)?([0-9IlO|]{1,2}) ?([.,:;]) +/
