import Foundation

/// Repairs the telegraphic artifacts of one paragraph and records each change.
///
/// The paragraph is read as words, each remembering its line; the passes run in this order:
///
/// 1. **Hyphenation.** A line-final word ending in a letter and `-` (or a soft hyphen) is joined
///    to the first word of the next line; so is `traf- ficking` inside a line (lines joined by
///    a renderer; not before `and`, `or`, `to`, `nor`: `sex- and labor trafficking`). Whether
///    the hyphen stays is decided from the cable's own words (``CableVocabulary``): kept when
///    the cable prints the compound elsewhere (`anti-trafficking`); dropped when it prints the
///    joined word elsewhere (`traf-` / `ficking` → `trafficking`); kept when the first part is
///    a hyphenating prefix (`anti`, `non`, `co`, `self`…) or both parts are words; otherwise
///    kept and flagged. A soft hyphen always joins without a hyphen.
///    ``CableRepair/Kind/joinedHyphenation``.
/// 2. **Apostrophe, certain.** A letter, `,s` and a word boundary: `Kosovo,s` → `Kosovo's`,
///    `G/TIP,s` → `G/TIP's`; likewise the contractions `don,t`, `they,re`, `we,ve`, `it,ll`,
///    `I,m`, `she,d`. ``CableRepair/Kind/apostrophe``.
/// 3. **Apostrophe, periods of imprisonment.** `day(s)`, `week(s)`, `month(s)`, `year(s)`
///    followed by `,` and one of `imprisonment`, `prison`, `jail`, `incarceration`,
///    `detention`: the plural takes `s'`, the singular `'s` (`12 years, imprisonment` →
///    `12 years' imprisonment`). ``CableRepair/Kind/apostrophe``.
/// 4. **`)` for a dash.** A `)` standing alone between spaces with no `(` open before it in the
///    same block (run of lines between blank lines) becomes an en dash `–` (U+2013).
///    ``CableRepair/Kind/dash``.
/// 5. **`--` for a dash.** A `--` standing alone in running text becomes `–` too. A `--` that
///    starts a line is a bullet mark, not a dash, when the line starts a block or the line
///    before ends a sentence (`.`, `;`, `:`, `!`, `?`, optionally followed by a closing quote or
///    parenthesis). ``CableRepair/Kind/dash``.
/// 6. **Emphasis doubling.** `word/word` with the same word twice becomes the word
///    (`not/not` → `not`). ``CableRepair/Kind/emphasisDoubling``.
/// 6a. **Other dashes.** A `*` standing alone between words, or `*` or `--` between two words
///    with no spaces (`Report--from`, `victims*including`), becomes ` – `.
///    ``CableRepair/Kind/dash``.
/// 6b. **Doubled quotes.** `""` becomes `"` (`""three Ps""` → `"three Ps"`).
///    ``CableRepair/Kind/doubledQuotes``.
/// 6c. **Mangled curly quotes.** A word starting with `&` and a letter or digit opens a
///    quotation whose closing mark was printed `8` at the end of a later word of the same block
///    (after a letter or `,` `.` `?` `!`): `&There is No Excuse,8` → `“There is No Excuse,”`.
///    An `&` with no closing `8` within 60 words is flagged and left as printed.
///    ``CableRepair/Kind/mangledQuotes``.
/// 7. **Possible apostrophes, flagged only.** A plural (a word ending in `s`, not `ss`, `us`,
///    `is`) followed by `,` and a lower-case word in the same block is reported as
///    ``CableRepair/Kind/needsReview`` and left unchanged (`workers, home countries`,
///    `traffickers, profits`), unless
///    - the word after the comma is a stop word (``possessiveStopWords``: list and clause words
///      such as `including`, `and`, `or`, `but`, `which`, `who`, `however`, `such`,
///      `especially`, `whether`, `though`, `the`, `a`, `an`, pronouns, auxiliaries and sentence
///      adverbs such as `possibly`, `please`), or ends in `ed` (a verb: `donors, provided`) or
///      `ing` (a participle);
///    - the comma is part of an enumeration: one of the next three words ends with a comma that
///      is not followed by a sentence adverb (`groups, youth organizations,`;
///      `offenders, address trafficking-related corruption, and identify`), or the word before
///      the plural ends with a comma, or the word two before does and the word between is not
///      `and` / `or` (`organizations, published reports, research trips`);
///    - the comma closes an introductory clause: the sentence starts with a subordinating word
///      (``introductoryWords``: `While`, `Although`, `If`, `As`, …) and has no comma before
///      this one (`While there were no … among government officials, foreign trafficking
///      victims…`).
/// 8. **Words run together, flagged only.** A lower-case word of eight letters or more that the
///    cable prints nowhere else and that is no closed-class word, which splits into a word the
///    cable prints elsewhere (four letters or more, not a closed-class word) and a closed-class
///    word that lost punctuation most often runs into (``CableVocabulary/runTogetherEndings``:
///    `and`, `the`, `of`, `to`, `however`…): `traffickinghowever,` → likely `trafficking;
///    however,` (a `;` before a conjunctive adverb), `additionto` → likely `addition to`.
///    ``CableRepair/Kind/runTogetherWords``, text left as printed.
///
/// Errors in the Department's own text (`United National Interim…`) are kept.
struct CableArtifactRepairer {
    /// Words after a comma that make the comma a list or clause comma, not an apostrophe.
    static let possessiveStopWords: Set<String> = [
        "a", "also", "although", "an", "and", "as", "at", "both", "but", "by", "especially", "etc", "even", "for",
        "from", "however", "i.e.", "e.g.", "if", "in", "including", "into", "is", "it", "its", "many", "most",
        "neither", "nor", "not", "notably", "of", "on", "or", "particularly", "so", "some", "such", "that", "the",
        "their", "then", "these", "they", "this", "those", "though", "thus", "to", "was", "were", "when", "where",
        "whether", "which", "while", "who", "whom", "whose", "with", "without", "yet", "are", "have", "has", "had",
        "will", "would", "may", "can", "could", "should", "be", "he", "she", "we", "you", "i", "there", "here",
        "please", "possibly", "probably", "reportedly", "allegedly", "apparently", "usually", "often", "mostly",
        "mainly", "primarily", "generally", "typically", "likely", "perhaps", "therefore", "moreover",
        "furthermore", "instead", "too",
    ]

    /// Sentence adverbs that may follow a comma without making a list.
    static let sentenceAdverbs: Set<String> = [
        "however", "therefore", "thus", "though", "moreover", "furthermore", "nevertheless", "instead", "too",
    ]

    /// First words of a sentence that open an introductory clause ended by a comma.
    static let introductoryWords: Set<String> = [
        "after", "although", "as", "because", "before", "despite", "during", "if", "since", "though", "unless",
        "until", "when", "whereas", "while",
    ]

    /// Words after `years,` that make the comma an apostrophe of a period of imprisonment.
    static let imprisonmentWords: Set<String> = ["imprisonment", "prison", "jail", "incarceration", "detention"]

    private struct Word {
        var text: String
        var lineIndex: Int
    }

    let paragraph: Int
    private let vocabulary: CableVocabulary
    private let original: [CableLine]
    private var words: [Word] = []
    /// The paragraph's lines after ``repairAll()``.
    private(set) var lines: [CableLine]
    /// The repairs in reading order (line, then word).
    var repairs: [CableRepair] {
        recorded.enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.element.word, lhs.offset) < (rhs.element.line, rhs.element.word, rhs.offset)
        }.map(\.element.repair)
    }
    private var recorded: [(line: Int, word: Int, repair: CableRepair)] = []
    /// Block number of each line; blank and separator lines end a block.
    private let blockOfLine: [Int]

    init(paragraph: Int, lines: [CableLine], vocabulary: CableVocabulary = CableVocabulary(lines: [])) {
        self.paragraph = paragraph
        self.vocabulary = vocabulary
        original = lines
        self.lines = lines
        var blocks: [Int] = []
        var block = 0
        for line in lines {
            if CableText.isBlank(line.text) || CableText.isSeparator(line.text) {
                block += 1
                blocks.append(block)
                block += 1
            } else {
                blocks.append(block)
            }
        }
        blockOfLine = blocks
        for (index, line) in lines.enumerated() {
            for word in CableText.words(line.text) { words.append(Word(text: word, lineIndex: index)) }
        }
    }

    /// Runs every pass and renders ``lines``.
    mutating func repairAll() {
        joinHyphenation()
        repairApostrophes()
        repairPeriodsOfImprisonment()
        repairParenthesisDashes()
        repairDoubleHyphenDashes()
        repairEmphasisDoubling()
        repairOtherDashes()
        repairDoubledQuotes()
        repairMangledQuotes()
        flagPossibleApostrophes()
        flagRunTogetherWords()
        render()
    }

    // MARK: - Passes

    private mutating func joinHyphenation() {
        var index = 0
        while index + 1 < words.count {
            let word = words[index]
            let next = words[index + 1]
            let isSoft = word.text.hasSuffix("\u{00AD}")
            let acrossLines = next.lineIndex == word.lineIndex + 1
            let insideLine = next.lineIndex == word.lineIndex && !isSoft
            let suspended: Set<String> = ["and", "or", "to", "nor", "but", "through", "versus"]
            if (acrossLines || insideLine) && (word.text.hasSuffix("-") || isSoft) && !word.text.hasSuffix("--"),
                word.text.dropLast().last?.isLetter == true, next.text.first?.isLetter == true,
                acrossLines || next.text.first?.isLowercase == true,
                !suspended.contains(Self.stripped(next.text).lowercased())
            {
                let stem = String(word.text.dropLast())
                let decision = isSoft ? .dropHyphen : hyphenDecision(stem: stem, rest: next.text)
                let joined = decision == .dropHyphen ? stem + next.text : stem + "-" + next.text
                let separator = acrossLines ? "\n" : " "
                let printed = (isSoft ? stem + "\u{00AD}" : word.text) + separator + next.text
                let shownBreak = acrossLines ? "a line break" : "a space (lines joined by a renderer)"
                let reason: String
                switch decision {
                case .keepHyphen(let why):
                    reason = "word hyphenated across \(shownBreak); the hyphen is kept: \(why)"
                case .dropHyphen:
                    reason =
                        isSoft
                        ? "a soft hyphen broke the word at the line end"
                        : "the hyphen only broke the word across \(shownBreak): the cable prints `\(Self.core(joined))` elsewhere"
                case .unsure:
                    reason =
                        "word hyphenated across \(shownBreak); the hyphen is kept, but it may only have broken the word (`\(Self.core(stem + next.text))`): please review"
                }
                record(
                    .joinedHyphenation, word: index, original: printed, replacement: joined,
                    message: "`\(word.text)` + `\(next.text)` → `\(joined)` (\(reason))",
                    isReviewFlag: decision == .unsure)
                words[index].text = joined
                words.remove(at: index + 1)
                continue
            }
            index += 1
        }
    }

    private enum HyphenDecision: Equatable {
        case keepHyphen(String)
        case dropHyphen
        case unsure
    }

    /// Whether the hyphen between `stem` and `rest` belongs to the word (see rule 1).
    private func hyphenDecision(stem: String, rest: String) -> HyphenDecision {
        let first = Self.core(stem).lowercased()
        let second = Self.core(rest).lowercased()
        guard !first.isEmpty, !second.isEmpty else { return .keepHyphen("not a word break") }
        if vocabulary.compoundCount(first + "-" + second) > 0 {
            return .keepHyphen("the cable prints `\(first)-\(second)` elsewhere")
        }
        // The word itself was counted as its two parts; a joined spelling printed elsewhere decides.
        if vocabulary.count(first + second) > 0 { return .dropHyphen }
        if CableVocabulary.hyphenatedPrefixes.contains(first) {
            return .keepHyphen("`\(first)-` is a prefix that takes a hyphen")
        }
        if vocabulary.isWord(first, besides: 1), vocabulary.isWord(second, besides: 1) {
            return .keepHyphen("`\(first)` and `\(second)` are both words")
        }
        return .unsure
    }

    /// The word without surrounding punctuation and quotes.
    static func core(_ word: String) -> String { CableVocabulary.core(word) }

    private mutating func repairApostrophes() {
        for index in words.indices where Self.hasCommaBeforeLetter(words[index].text) {
            while let match = words[index].text.firstMatch(
                of: commaForApostrophePattern)
            {
                // A contraction needs its stem: `don,t`, `they,re`, `I,m`; `,s` follows any word.
                if match.2 != "s" {
                    let stem = String(match.1).lowercased()
                    let valid: [Substring: Set<String>] = [
                        "t": [
                            "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "won", "wouldn", "can", "couldn",
                            "shouldn", "hasn", "haven", "hadn", "mustn", "needn", "ain",
                        ],
                        "re": ["they", "we", "you", "who", "there", "what"],
                        "ve": ["they", "we", "you", "i", "who", "could", "would", "should", "might", "must"],
                        "ll": ["they", "we", "you", "i", "he", "she", "it", "that", "there", "who"],
                        "d": ["they", "we", "you", "i", "he", "she", "it", "who", "there"],
                        "m": ["i"],
                    ]
                    guard valid[match.2]?.contains(stem) == true else { break }
                }
                let printed = String(match.0)
                let fixed = String(match.1) + "'" + String(match.2)
                record(
                    .apostrophe, word: index, original: printed, replacement: fixed,
                    message: "`\(printed)` → `\(fixed)` (telegraphic comma for an apostrophe)")
                words[index].text.replaceSubrange(match.range, with: fixed)
            }
        }
    }

    private mutating func repairPeriodsOfImprisonment() {
        let periods: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years"]
        for index in words.indices where index + 1 < words.count && words[index].text.hasSuffix(",") {
            guard periods.contains(String(words[index].text.dropLast()).lowercased()),
                let match = words[index].text.wholeMatch(of: timeWordCommaPattern)
            else { continue }
            let next = Self.stripped(words[index + 1].text).lowercased()
            guard Self.imprisonmentWords.contains(next) else { continue }
            let noun = String(match.1) + String(match.2)
            let fixedNoun = match.2.isEmpty ? noun + "'s" : noun + "'"
            let before = index > 0 ? words[index - 1].text + " " : ""
            let after = " " + words[index + 1].text
            record(
                .apostrophe, word: index, original: before + words[index].text + after,
                replacement: before + fixedNoun + after,
                message:
                    "`\(before + words[index].text + after)` → `\(before + fixedNoun + after)` (telegraphic comma for the apostrophe of a period of imprisonment)"
            )
            words[index].text = fixedNoun
        }
    }

    private mutating func repairParenthesisDashes() {
        var open = 0
        var block = -1
        for index in words.indices {
            let lineBlock = blockOfLine[words[index].lineIndex]
            if lineBlock != block {
                block = lineBlock
                open = 0
            }
            let text = words[index].text
            if text == ")" && open <= 0 {
                replaceWithDash(at: index, reason: "telegraphic `)` for a dash; no `(` is open before it")
                continue
            }
            open += text.filter { $0 == "(" }.count - text.filter { $0 == ")" }.count
        }
    }

    private mutating func repairDoubleHyphenDashes() {
        for index in words.indices where words[index].text == "--" && !isBulletMark(at: index) {
            replaceWithDash(at: index, reason: "double hyphen for a dash in running text")
        }
    }

    private mutating func repairEmphasisDoubling() {
        for index in words.indices where words[index].text.utf8.contains(UInt8(ascii: "/")) {
            guard let match = words[index].text.wholeMatch(of: doubledSlashWordPattern), match.1 == match.2
            else { continue }
            let printed = words[index].text
            let fixed = String(match.1) + String(match.3)
            record(
                .emphasisDoubling, word: index, original: printed, replacement: fixed,
                message: "`\(printed)` → `\(fixed)` (word doubled for emphasis)")
            words[index].text = fixed
        }
    }

    private mutating func repairOtherDashes() {
        for index in words.indices {
            let text = words[index].text
            if text == "*" {
                // `* Kosovo (TIER 2) *` is a box around the title, not two dashes.
                let line = CableText.trimmed(original[words[index].lineIndex].text)
                let isBoxed = line.count > 2 && line.hasPrefix("*") && line.hasSuffix("*")
                if !isBoxed { replaceWithDash(at: index, reason: "telegraphic `*` for a dash") }
                continue
            }
            guard CableText.holdsBytes(of: "--", in: text) || text.utf8.contains(UInt8(ascii: "*")),
                !CableNarrativeLayout.isInlineRule(text)
            else { continue }
            guard let match = text.wholeMatch(of: dashArtifactPattern)
            else { continue }
            let fixed = String(match.1) + " \u{2013} " + String(match.3)
            let reason = match.2 == "*" ? "telegraphic `*` for a dash" : "double hyphen for a dash"
            record(
                .dash, word: index, original: text, replacement: fixed, message: "`\(text)` → `\(fixed)` (\(reason))")
            words[index].text = fixed
        }
    }

    private mutating func repairDoubledQuotes() {
        for index in words.indices
        where CableText.holdsBytes(of: "\"\"", in: words[index].text) && words[index].text.contains("\"\"") {
            let printed = words[index].text
            var fixed = printed
            while fixed.contains("\"\"") { fixed = fixed.replacingOccurrences(of: "\"\"", with: "\"") }
            record(
                .doubledQuotes, word: index, original: printed, replacement: fixed,
                message: "`\(printed)` → `\(fixed)` (quotation marks doubled by a renderer)")
            words[index].text = fixed
        }
    }

    private mutating func repairMangledQuotes() {
        var index = 0
        while index < words.count {
            let text = words[index].text
            // `&amp;`-like words are character references (see ``CableRendererRepairer``), not quotes.
            guard text.hasPrefix("&"), text.wholeMatch(of: entityReferencePattern) == nil,
                let second = text.dropFirst().first, second.isLetter || second.isNumber
            else {
                index += 1
                continue
            }
            let block = blockOfLine[words[index].lineIndex]
            var closing: Int?
            var ahead = index
            while ahead < words.count && ahead < index + 60 && blockOfLine[words[ahead].lineIndex] == block {
                if ahead > index && words[ahead].text.hasPrefix("&") { break }
                if Self.mangledClosing(words[ahead].text) != nil, ahead > index || text.count > 2 {
                    closing = ahead
                    break
                }
                ahead += 1
            }
            guard let closing, let closed = Self.mangledClosing(words[closing].text) else {
                let shown = CableText.head(words[index...].map(\.text).joined(separator: " "), words: 4)
                record(
                    .mangledQuotes, word: index, original: text, replacement: text,
                    message:
                        "`\(shown)…`: `&` may stand for an opening quotation mark (an old encoding), but no closing `8` follows; left as printed: please review",
                    isReviewFlag: true)
                index += 1
                continue
            }
            let printed = words[index...closing].map(\.text).joined(separator: " ")
            words[index].text = "\u{201C}" + text.dropFirst()
            words[closing].text = closing == index ? "\u{201C}" + closed.dropFirst() : closed
            let fixed = words[index...closing].map(\.text).joined(separator: " ")
            record(
                .mangledQuotes, word: index, original: printed, replacement: fixed,
                message: "`\(printed)` → `\(fixed)` (curly quotation marks printed `&` and `8` by an old encoding)")
            index = closing + 1
        }
    }

    /// The word with its closing `8` made `”` when it ends a mangled quotation: `Excuse,8` →
    /// `Excuse,”`, `Ps8.` → `Ps”.`; `nil` otherwise (`G8`, `2008`, `F-18` keep their digit unless a
    /// quotation is open, which the caller checks).
    static func mangledClosing(_ word: String) -> String? {
        guard let match = word.wholeMatch(of: eightForApostrophePattern) else { return nil }
        return String(match.1) + "\u{201D}" + String(match.2)
    }

    private mutating func flagPossibleApostrophes() {
        for index in words.indices where index + 1 < words.count && words[index].text.hasSuffix("s,") {
            guard let match = words[index].text.wholeMatch(of: pluralCommaPattern) else { continue }
            let plural = String(match.1)
            let lower = plural.lowercased()
            guard !lower.hasSuffix("ss"), !lower.hasSuffix("us"), !lower.hasSuffix("is") else { continue }
            let next = words[index + 1]
            guard blockOfLine[next.lineIndex] == blockOfLine[words[index].lineIndex] else { continue }
            let nextWord = Self.stripped(next.text)
            guard let first = nextWord.first, first.isLowercase, first.isLetter,
                !Self.possessiveStopWords.contains(nextWord),
                !(nextWord.hasSuffix("ed") && nextWord.count > 4), !nextWord.hasSuffix("ing"),
                !isInEnumeration(at: index), !closesIntroductoryClause(at: index)
            else { continue }
            // As printed (an opening quote kept), so that the text can be found in the block.
            let nextPrinted = Self.strippingTrailingPunctuation(next.text)
            let printed = plural + ", " + nextPrinted
            record(
                .needsReview, word: index, original: printed, replacement: printed,
                message:
                    "`\(printed)` may stand for `\(plural)' \(nextPrinted)` (telegraphic comma for an apostrophe after a plural); left as printed: please review"
            )
        }
    }

    private mutating func flagRunTogetherWords() {
        for index in words.indices {
            let printed = words[index].text
            let core = Self.core(printed)
            guard core.count >= 8, core.allSatisfy(\.isLetter), core.dropFirst().allSatisfy(\.isLowercase) else {
                continue
            }
            let lower = core.lowercased()
            guard !vocabulary.isWord(lower, besides: 1) else { continue }
            var best: (left: String, right: String)?
            for split in 4..<(lower.count - 1) {
                let left = String(lower.prefix(split))
                let right = String(lower.dropFirst(split))
                guard CableVocabulary.runTogetherEndings.contains(right), vocabulary.count(left) > 0,
                    !CableVocabulary.closedClass.contains(left)
                else { continue }
                if best == nil || left.count > (best?.left.count ?? 0) { best = (left, right) }
            }
            guard let best else { continue }
            let leftPrinted = String(core.prefix(best.left.count))
            let punctuation = CableVocabulary.conjunctiveAdverbs.contains(best.right) ? ";" : ""
            let reading = printed.replacingOccurrences(of: core, with: leftPrinted + punctuation + " " + best.right)
            record(
                .runTogetherWords, word: index, original: printed, replacement: printed,
                message:
                    "`\(printed)` may be `\(reading)` (words run together where a space or punctuation was lost: `\(leftPrinted)` is a word of this cable and `\(best.right)` a word that often follows lost punctuation); left as printed: please review"
            )
        }
    }

    // MARK: - Helpers

    /// Whether a comma inside the word is followed by a letter (`Kosovo,s`, `don,t`): a cheap
    /// test before the regular expressions.
    static func hasCommaBeforeLetter(_ word: String) -> Bool {
        var sawComma = false
        for character in word {
            if sawComma && character.isLetter { return true }
            sawComma = character == ","
        }
        return false
    }

    /// The comma after word `index` is a list comma (see rule 7).
    private func isInEnumeration(at index: Int) -> Bool {
        for ahead in (index + 1)...(index + 3) where ahead < words.count && words[ahead].text.hasSuffix(",") {
            let following = ahead + 1 < words.count ? Self.stripped(words[ahead + 1].text).lowercased() : ""
            if !Self.sentenceAdverbs.contains(following) { return true }
        }
        if index >= 1 && words[index - 1].text.hasSuffix(",") { return true }
        if index >= 2 && words[index - 2].text.hasSuffix(",") {
            let between = Self.stripped(words[index - 1].text).lowercased()
            if between != "and" && between != "or" { return true }
        }
        return false
    }

    /// The comma after word `index` ends an introductory clause (see rule 7).
    private func closesIntroductoryClause(at index: Int) -> Bool {
        var start = index
        while start > 0 {
            let previous = words[start - 1].text
            if Self.endsSentence(previous) { break }
            if previous.hasSuffix(",") { return false }
            start -= 1
        }
        return Self.introductoryWords.contains(Self.stripped(words[start].text).lowercased())
    }

    private mutating func replaceWithDash(at index: Int, reason: String) {
        let before = index > 0 ? words[index - 1].text + " " : ""
        let after = index + 1 < words.count ? " " + words[index + 1].text : ""
        let printed = before + words[index].text + after
        let fixed = before + "\u{2013}" + after
        record(
            .dash, word: index, original: printed, replacement: fixed,
            message: "`\(printed)` → `\(fixed)` (\(reason))")
        words[index].text = "\u{2013}"
    }

    /// A `--` first on its line, where the line starts a block or follows a sentence end.
    private func isBulletMark(at index: Int) -> Bool {
        let lineIndex = words[index].lineIndex
        guard index == 0 || words[index - 1].lineIndex != lineIndex else { return false }
        guard lineIndex > 0 else { return true }
        let previous = original[lineIndex - 1].text
        if CableText.isBlank(previous) || CableText.isSeparator(previous) { return true }
        return Self.endsSentence(previous)
    }

    /// `true` when the text ends in `.`, `;`, `:`, `!` or `?`, optionally followed by closing
    /// quotes or parentheses.
    static func endsSentence(_ text: String) -> Bool {
        let closing: Set<Character> = ["\"", "'", ")", "\u{201D}", "\u{2019}"]
        let core = CableText.trimmed(text).reversed().drop { closing.contains($0) }
        guard let last = core.first else { return false }
        return ".;:!?".contains(last)
    }

    /// The word without trailing punctuation, closing quotes and parentheses.
    static func strippingTrailingPunctuation(_ word: String) -> String {
        let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "\"", "'", "\u{201D}", "\u{2019}", "]"]
        var text = Substring(word)
        while let last = text.last, trailing.contains(last) { text = text.dropLast() }
        return String(text)
    }

    /// The word without surrounding quotes, parentheses and trailing punctuation.
    static func stripped(_ word: String) -> String {
        let leading: Set<Character> = ["(", "\"", "'", "\u{201C}", "\u{2018}", "["]
        let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "\"", "'", "\u{201D}", "\u{2019}", "]"]
        var text = Substring(word)
        while let first = text.first, leading.contains(first) { text = text.dropFirst() }
        while let last = text.last, trailing.contains(last) { text = text.dropLast() }
        return String(text)
    }

    private mutating func record(
        _ kind: CableRepair.Kind, word index: Int, original: String, replacement: String, message: String,
        isReviewFlag: Bool? = nil
    ) {
        let line = self.original[words[index].lineIndex].number
        let repair = CableRepair(
            kind: kind, line: line, original: original, replacement: replacement, message: message,
            paragraph: paragraph, isReviewFlag: isReviewFlag)
        recorded.append((line, index, repair))
    }

    /// Rebuilds the lines from the words; a printed line whose words all moved to the line
    /// before (hyphenation) disappears.
    private mutating func render() {
        var texts = Array(repeating: [String](), count: original.count)
        for word in words { texts[word.lineIndex].append(word.text) }
        lines = original.indices.compactMap { index in
            if texts[index].isEmpty {
                return CableText.isBlank(original[index].text)
                    ? CableLine(number: original[index].number, text: "") : nil
            }
            return CableLine(number: original[index].number, text: texts[index].joined(separator: " "))
        }
    }
}

// Regex literals evaluated once per process: a literal inside a function is parsed again
// every time the function runs (`Docs/Performance.md`).
nonisolated(unsafe) private let commaForApostrophePattern =
    /([\p{L}\p{N}\/.\-]*\p{L}),(s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])/
nonisolated(unsafe) private let timeWordCommaPattern = /((?i:day|week|month|year))(s?),/
nonisolated(unsafe) private let doubledSlashWordPattern = /(\p{L}+)\/(\p{L}+)([.,;:!?]*)/
nonisolated(unsafe) private let dashArtifactPattern = /([^\s*\-]*[\p{L}\p{N}.,;:)"”’])(--|\*)([\p{L}\p{N}"“(][^\s*]*)/
nonisolated(unsafe) private let entityReferencePattern = /&#?[A-Za-z0-9]+;[^A-Za-z0-9]*/
nonisolated(unsafe) private let eightForApostrophePattern = /(.*[\p{L},.?!])8([.,;:?!)]*)/
nonisolated(unsafe) private let pluralCommaPattern = /(\p{L}[\p{L}\-]*s),/
