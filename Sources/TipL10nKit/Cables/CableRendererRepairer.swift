import Foundation
import TipL10nXML

/// Repairs what web pages, archives and word processors did to the body lines of a cable,
/// before the paragraphs are found, and records each change with its line.
///
/// Passes, on every body line, in this order:
///
/// 1. **HTML markup** left by a web rendering: tags of HTML's text elements (`a`, `p`, `br`,
///    `pre`, `code`, `span`, `div`, `b`, `i`, `em`, `strong`, `font`, `u`, `tt`) are removed,
///    their text kept: `<a id='par3' href='#par3'>¶</a>3.` → `¶3.`.
///    ``CableRepair/Kind/htmlMarkup``.
/// 2. **Character references**: `&amp;`, `&quot;`, `&#39;`, `&#x2019;`, `&nbsp;`… are decoded
///    by libxml2's HTML parser (HTML 4 names). A reference libxml2 does not know is left as
///    printed and flagged. ``CableRepair/Kind/htmlMarkup``.
/// 3. **Invisible characters**: a no-break space (U+00A0, U+2007, U+202F) or a thin space
///    (U+2009) becomes a space; a soft hyphen (U+00AD) inside a line and the zero-width
///    characters U+200B–U+200D, U+2060 and U+FEFF are removed. A soft hyphen at the end of a
///    line is left for ``CableArtifactRepairer`` (it joins the word).
///    ``CableRepair/Kind/invisibleCharacter``.
/// 4. **Lost punctuation**: a tab between a letter or digit and a letter, inside a line, stands
///    where punctuation was lost. Before a lower-case word it becomes `; ` (`United States<TAB>
///    some fall victim` → `United States; some fall victim`); before a capital it becomes one
///    space and is flagged for review (a sentence end may be lost). A run of two or more spaces
///    before a lower-case word becomes one space and is flagged with `;` as the likely reading
///    (a stray double space is as often a typing slip); before a capital it is only spacing.
///    Runs of spaces count only when they are rare in the cable (at most 1 in 20 gaps between
///    two words), so text spaced out throughout (OCR, justified text) is left alone.
///    ``CableRepair/Kind/lostPunctuation``.
struct CableRendererRepairer {
    private(set) var lines: [CableLine]
    private(set) var repairs: [CableRepair] = []
    private var entityCache: [String: String?] = [:]
    private let countsSpaceRuns: Bool

    private static var tagPattern: Regex<Substring> {
        /<\/?(?i:a|p|br|pre|code|span|div|b|i|em|strong|font|u|tt|blockquote)(?:\s[^<>]*)?\/?>/
    }
    private static var entityPattern: Regex<Substring> {
        /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/
    }

    init(lines: [CableLine]) {
        self.lines = lines
        var runs = 0
        var gaps = 0
        for line in lines {
            // Gaps of spaces between a letter or digit and a letter.
            var previous: Character?
            var spaces = 0
            for character in line.text {
                if character == " " {
                    spaces += 1
                    continue
                }
                if spaces > 0, character.isLetter, let previous, previous.isLetter || previous.isNumber {
                    gaps += 1
                    if spaces >= 2 { runs += 1 }
                }
                spaces = 0
                previous = character
            }
        }
        countsSpaceRuns = runs * 20 <= gaps
    }

    /// Runs every pass over every line.
    mutating func repairAll() {
        for index in lines.indices {
            var text = lines[index].text
            let number = lines[index].number
            removeMarkup(&text, line: number)
            decodeReferences(&text, line: number)
            replaceInvisibleCharacters(&text, line: number)
            restoreLostPunctuation(&text, line: number)
            lines[index].text = CableText.trimmingTrailingWhitespace(text)
        }
    }

    /// Newline character references (`&#x000A;`, `&#10;`, `&#xA;`) in a text file: the source of
    /// a web page's `<pre>` block copied as text. Returns the text with them read as line breaks,
    /// and how many there were.
    static func decodingNewlineReferences(_ text: String) -> (text: String, count: Int) {
        guard CableText.holdsBytes(of: "&#", in: text) else { return (text, 0) }
        var count = 0
        let decoded = text.replacing(lineFeedEntityPattern) { _ in
            count += 1
            return "\n"
        }
        return (decoded, count)
    }

    // MARK: - Passes

    private mutating func removeMarkup(_ text: inout String, line: Int) {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return }
        let tags = text.matches(of: Self.tagPattern).map { String($0.output) }
        guard !tags.isEmpty else { return }
        let original = text
        text = text.replacing(Self.tagPattern, with: "")
        let shown = tags.prefix(3).map { "`\($0)`" }.joined(separator: ", ") + (tags.count > 3 ? ", …" : "")
        record(
            .htmlMarkup, line: line, original: original, replacement: text,
            message: "HTML markup from a web rendering removed: \(shown)")
    }

    private mutating func decodeReferences(_ text: inout String, line: Int) {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return }
        var decodedAny: [(String, String)] = []
        var unknown: [String] = []
        text = text.replacing(Self.entityPattern) { match in
            let reference = String(match.output)
            guard let decoded = decode(reference) else {
                unknown.append(reference)
                return reference
            }
            if !decodedAny.contains(where: { $0.0 == reference }) { decodedAny.append((reference, decoded)) }
            return decoded
        }
        for (reference, decoded) in decodedAny {
            let shown = decoded == "\u{00A0}" ? "a no-break space" : "`\(decoded)`"
            record(
                .htmlMarkup, line: line, original: reference, replacement: decoded,
                message: "`\(reference)` → \(shown) (HTML character reference from a web rendering)")
        }
        for reference in Array(Set(unknown)).sorted() {
            record(
                .htmlMarkup, line: line, original: reference, replacement: reference,
                message:
                    "`\(reference)` looks like an HTML character reference but is not one libxml2 knows; left as printed: please review",
                isReviewFlag: true)
        }
    }

    /// The text a character reference stands for, through libxml2's HTML parser; `nil` when
    /// libxml2 leaves it as printed. Control characters become a space.
    private mutating func decode(_ reference: String) -> String? {
        if let cached = entityCache[reference] { return cached }
        var result: String?
        if let root = try? HTMLDocument.parse(Data("<p>\(reference)</p>".utf8), path: "<reference>"),
            let paragraph = root.descendants(named: "p").first
        {
            let text = paragraph.textContent
            if text != reference && !text.isEmpty {
                result = String(
                    text.unicodeScalars.map { scalar in
                        scalar.properties.generalCategory == .control ? " " : Character(scalar)
                    })
            }
        }
        entityCache[reference] = result
        return result
    }

    private mutating func replaceInvisibleCharacters(_ text: inout String, line: Int) {
        let spaces: Set<Unicode.Scalar> = ["\u{00A0}", "\u{2007}", "\u{202F}", "\u{2009}"]
        let removed: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]
        // Every one of them is outside ASCII.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return }
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { spaces.contains($0) || removed.contains($0) || $0 == "\u{00AD}" })
        else { return }
        var output = String.UnicodeScalarView()
        var spaceCount = 0
        var removedCount = 0
        var softHyphens = 0
        for (index, scalar) in scalars.enumerated() {
            if spaces.contains(scalar) {
                output.append(" ")
                spaceCount += 1
            } else if removed.contains(scalar) {
                removedCount += 1
            } else if scalar == "\u{00AD}" {
                // At the end of the line it marks a word broken there: the artifact repairer joins it.
                let isLast = scalars[(index + 1)...].allSatisfy { $0.properties.isWhitespace }
                if isLast {
                    output.append(scalar)
                } else {
                    softHyphens += 1
                }
            } else {
                output.append(scalar)
            }
        }
        let original = text
        text = String(output)
        var parts: [String] = []
        if spaceCount > 0 {
            parts.append(
                Self.counted(spaceCount, "no-break space") + " replaced by " + (spaceCount == 1 ? "a space" : "spaces"))
        }
        if softHyphens > 0 { parts.append(Self.counted(softHyphens, "soft hyphen") + " removed") }
        if removedCount > 0 { parts.append(Self.counted(removedCount, "zero-width character") + " removed") }
        guard !parts.isEmpty else { return }
        record(
            .invisibleCharacter, line: line, original: original, replacement: text,
            message: parts.joined(separator: ", ") + " (invisible characters from a renderer)")
    }

    private mutating func restoreLostPunctuation(_ text: inout String, line: Int) {
        guard text.utf8.contains(UInt8(ascii: "\t")) || (countsSpaceRuns && CableText.holdsBytes(of: "  ", in: text))
        else { return }
        let pattern = countsSpaceRuns ? lostPunctuationGapPattern : lostPunctuationTabPattern
        let gaps = text.matches(of: pattern).map { $0.output.1 }
        guard !gaps.isEmpty else { return }
        var updated = ""
        var position = text.startIndex
        for gap in gaps {
            // The whole words on either side, for the record.
            var wordStart = gap.startIndex
            while wordStart > text.startIndex, !text[text.index(before: wordStart)].isWhitespace {
                wordStart = text.index(before: wordStart)
            }
            var wordEnd = gap.endIndex
            while wordEnd < text.endIndex, !text[wordEnd].isWhitespace { wordEnd = text.index(after: wordEnd) }
            let left = String(text[wordStart..<gap.startIndex])
            let right = String(text[gap.endIndex..<wordEnd])
            let isLower = right.first?.isLowercase == true
            let isTab = gap.contains("\t")
            // A run of spaces before a capital is spacing, not damage: the words are reflowed anyway.
            if !isTab && !isLower { continue }
            updated += text[position..<gap.startIndex] + (isTab && isLower ? "; " : " ")
            position = gap.endIndex
            let name = isTab ? "a tab" : "a run of \(gap.count) spaces"
            let shown = "\(left)\(isTab ? "<TAB>" : "<SPACES>")\(right)"
            if isTab && isLower {
                record(
                    .lostPunctuation, line: line, original: shown, replacement: "\(left); \(right)",
                    message: "`\(left)` \(name) `\(right)` → `\(left); \(right)` (a semicolon lost by a renderer)")
            } else if isTab {
                record(
                    .lostPunctuation, line: line, original: shown, replacement: "\(left) \(right)",
                    message:
                        "\(name) between `\(left)` and `\(right)` replaced by a space: punctuation may have been lost there; please review",
                    isReviewFlag: true)
            } else {
                // A stray double space is as likely a typing slip as a lost semicolon: flag, do not guess.
                record(
                    .lostPunctuation, line: line, original: shown, replacement: "\(left) \(right)",
                    message:
                        "\(name) between `\(left)` and `\(right)` replaced by one space: a semicolon may have been lost there (`\(left); \(right)`); please review",
                    isReviewFlag: true)
            }
        }
        updated += text[position...]
        text = updated
    }

    /// `1 soft hyphen`, `2 soft hyphens`.
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private mutating func record(
        _ kind: CableRepair.Kind, line: Int, original: String, replacement: String, message: String,
        isReviewFlag: Bool = false
    ) {
        repairs.append(
            CableRepair(
                kind: kind, line: line, original: original, replacement: replacement, message: message,
                paragraph: nil, isReviewFlag: isReviewFlag))
    }
}

// Regex literals evaluated once per process: a literal inside a function is parsed again
// every time the function runs (`Docs/Performance.md`).
nonisolated(unsafe) private let lineFeedEntityPattern = /&#(?:[xX]0{0,4}[aA]|0{0,3}10);/

/// A gap of tabs, or of two spaces or more, between a letter or digit and a letter: where a
/// renderer lost punctuation. Built once: a regex literal inside a function is parsed every time
/// it runs.
nonisolated(unsafe) private let lostPunctuationGapPattern = /[\p{L}\p{N}](\t[\t ]*| {2,})\p{L}/
/// ``lostPunctuationGapPattern`` for tabs only.
nonisolated(unsafe) private let lostPunctuationTabPattern = /[\p{L}\p{N}](\t[\t ]*)\p{L}/
