import Foundation

/// `clauses`: the target has fewer sentences than the source, or about half its clauses or
/// fewer — a sentence or a run of list items left out.
///
/// Counted on the text without inline codes, URLs and e-mail addresses, the same way in
/// source and target:
///
/// - a **sentence** ends at `.`, `!`, `?` or `…` followed by white space and a capital letter,
///   a digit or an opening quote or bracket, or at the end of the text; not after a single
///   letter (`J. Smith`, `z. Thaçi`), a word with a dot inside (`U.S.`, `p.sh.`), or an English
///   title (`Mr.`, `Dr.`, `No.` …). `。`, `！`, `？`, `؟` and `।` always end one. A text with
///   letters after its last end counts one more.
/// - a **clause** break is `,`, `;` or `:` followed by white space or the end (so `158,593`
///   and `1,2` are not), a dash (`–`, `—`, or ` - `) between spaces, or a full-width or Arabic
///   comma, semicolon or colon (`，` `、` `；` `：` `،` `؛`). Parentheses do not count (translators
///   add them to spell out acronyms). Clauses are breaks + 1.
///
/// Reported (warning) when the source has two or more sentences and the target fewer:
/// `target has 1 sentence where the source has 3`; or when the source has four clauses or
/// more and the target at most half as many: `target has 2 clauses where the source has 6`
/// (with three, a translator who drops a parenthetical's two commas would be flagged).
/// The reference translations merge or split clauses freely but never halve them
/// (`Docs/Verification.md`).
public struct ClauseCheck: PairTextsCheck {
    public let id = "clauses"
    public let needsProfile = false

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        findings(in: pair, texts: PairTexts(pair))
    }

    func findings(in pair: TranslationPair, texts: PairTexts) -> [CheckFinding] {
        guard pair.target != nil else { return [] }
        let source = texts.maskedSource
        let translated = texts.maskedTarget
        guard translated.unicodeScalars.contains(where: VerificationText.isLetterOrNumber) else { return [] }
        var findings: [CheckFinding] = []
        // The target is counted only where the source's count can make a finding.
        let sourceSentences = Self.sentenceCount(in: source)
        if sourceSentences >= 2, case let targetSentences = Self.sentenceCount(in: translated),
            targetSentences < sourceSentences
        {
            findings.append(
                CheckFinding(
                    .warning,
                    "target has \(Self.count(targetSentences, "sentence")) where the source has \(sourceSentences)"))
            return findings
        }
        let sourceClauses = Self.clauseBreaks(in: source) + 1
        if sourceClauses >= Self.minimumClauses, case let targetClauses = Self.clauseBreaks(in: translated) + 1,
            targetClauses * 2 <= sourceClauses
        {
            findings.append(
                CheckFinding(
                    .warning, "target has \(Self.count(targetClauses, "clause")) where the source has \(sourceClauses)")
            )
        }
        return findings
    }

    /// The fewest clauses a source must have for its clauses to be counted: a parenthetical
    /// pair of commas is often dropped in translation (3 clauses → 1), a list is not.
    public static let minimumClauses = 4

    /// Sentence ends of scripts written without spaces: each ends a sentence.
    private static let unspacedSentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "؟", "।"]
    /// Sentence ends that need a following space and capital (``endsSentence``).
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    /// What may follow a sentence end before the space.
    private static let closingAfterEnd: Set<Unicode.Scalar> = [".", "!", "?", "…", "\"", "”", "’", "'", "»", ")"]
    /// What may open the sentence after an end.
    private static let openingAfterEnd: Set<Unicode.Scalar> = ["\"", "“", "«", "„", "‘", "'", "(", "["]

    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// English titles written with a dot before a name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "nos", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "jr", "sr",
        "prof", "amb", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "art", "para", "paras",
    ]

    /// The number of sentences in `text` (rules above); 0 for a text without letters or digits.
    static func sentenceCount(in text: String) -> Int {
        // By scalar: every mark these rules look at is one scalar.
        let scalars = Array(text.unicodeScalars)
        var count = 0
        var contentSinceEnd = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isASCII {
                if !contentSinceEnd && VerificationText.isLetterOrNumber(scalar) { contentSinceEnd = true }
                if contentSinceEnd && (scalar == "." || scalar == "!" || scalar == "?")
                    && endsSentence(scalars, at: index)
                {
                    count += 1
                    contentSinceEnd = false
                }
            } else if Self.unspacedSentenceEnds.contains(scalar) {
                if contentSinceEnd { count += 1 }
                contentSinceEnd = false
            } else {
                if !contentSinceEnd && VerificationText.isLetterOrNumber(scalar) { contentSinceEnd = true }
                if contentSinceEnd && Self.sentenceEnds.contains(scalar) && endsSentence(scalars, at: index) {
                    count += 1
                    contentSinceEnd = false
                }
            }
            index += 1
        }
        return count + (contentSinceEnd ? 1 : 0)
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var next = index + 1
        while next < scalars.count, Self.closingAfterEnd.contains(scalars[next]) { next += 1 }
        if next == scalars.count { return true }
        guard isWhitespace(scalars[next]) else { return false }
        while next < scalars.count, isWhitespace(scalars[next]) { next += 1 }
        guard next < scalars.count else { return true }
        let following = scalars[next]
        guard
            following.properties.isUppercase || following.properties.numericType != nil
                || Self.openingAfterEnd.contains(following)
        else { return false }
        guard scalars[index] == "." else { return true }
        // The word before the dot: a single letter, a word with a dot inside, or a title is an abbreviation.
        var start = index
        while start > 0, !isWhitespace(scalars[start - 1]) { start -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<index])
        let word = String(view).trimmingCharacters(in: CharacterSet(charactersIn: "(\"“'‘«"))
        let letters = word.filter(\.isLetter)
        if letters.count == 1 && word.count == 1 { return false }
        if word.contains(".") { return false }
        return !titles.contains(word.lowercased())
    }

    /// The number of clause breaks in `text` (rules above).
    static func clauseBreaks(in text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var count = 0
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case ",", ";", ":", "–", "—", "-", "，", "、", "；", "：", "،", "؛": break
            default: continue
            }
            let isLast = index == scalars.count - 1
            let followedBySpace = !isLast && isWhitespace(scalars[index + 1])
            let precededBySpace = index > 0 && isWhitespace(scalars[index - 1])
            switch scalar {
            case ",", ";", ":":
                if followedBySpace && index > 0 { count += 1 }
            case "–", "—":
                if precededBySpace || followedBySpace { count += 1 }
            case "-":
                if precededBySpace && followedBySpace { count += 1 }
            default:
                if !isLast { count += 1 }
            }
        }
        return count
    }
}
