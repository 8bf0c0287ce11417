import Foundation

/// Finds the figures in a text, by one locale's conventions.
///
/// One extractor per locale: ``englishSource`` for the English source, ``init(profile:)``
/// for a target. Thread-safe and cheap to share; building one compiles the profile's word
/// tables, so reuse it (``FigureComparison`` caches one per profile).
///
/// The rules, with examples, are in `Docs/Numbers.md`. In short: digits are read by the
/// locale's grouping and decimal separators (sq/sr `158.593` = 158593, `1,5` = 1.5; a US
/// `158,593` in a sq/sr text gets a second reading with a style warning); number words by the
/// profile's tables (ICU's spell-out for Albanian); then, around a number: currencies, percent
/// signs, scale words, months, years, tiers and clock times; two numbers joined by a range
/// connector make a range. Not figures: digits inside URLs, e-mail addresses and identifiers
/// (`COVID-19`, `04/L-218`, `09STATE61188`), a number after a paragraph reference word
/// (`para 8`), list markers (`(1)`, `1)` and `1.` opening the text), and
/// ``NumberConventions/notFigurePhrases`` (`no one`).
public struct NumberExtractor: Sendable {
    let lexicon: NumberLexicon

    /// The locale the extractor reads, e.g. `sr-Latn` (`en` for the source).
    public var localeTag: String { lexicon.tag }

    /// An extractor for explicit conventions.
    /// - Parameters:
    ///   - localeTag: the BCP 47 tag, used in messages.
    ///   - icuLocale: the ICU locale for ``NumberConventions/SpellOutParser/icu``.
    public init(conventions: NumberConventions, localeTag: String, icuLocale: String) {
        lexicon = NumberLexicon(conventions: conventions, tag: localeTag, icuLocale: icuLocale)
    }

    /// An extractor for a target locale's profile.
    public init(profile: LocaleProfile) {
        self.init(conventions: profile.numbers, localeTag: profile.tag, icuLocale: profile.icuLocale)
    }

    /// The English source's extractor (``NumberConventions/englishSource``).
    public static let englishSource = NumberExtractor(conventions: .englishSource, localeTag: "en", icuLocale: "en")

    /// The figures in `text`, in order of position.
    ///
    /// Digits of every script (Arabic-Indic `١٨١`, Persian `۱۸۱`, Devanagari `१८१`, full-width
    /// `１８１`) are read as the same digits, and directional marks and isolates (U+200E,
    /// U+200F, U+061C, U+202A–U+202E, U+2066–U+2069) are ignored, so a right-to-left target
    /// reads like any other; ranges and texts of the facts are those of `text` as given.
    public func facts(in text: String) -> [NumberFact] {
        facts(in: text, fastPaths: true)
    }

    /// ``facts(in:)``, or (`fastPaths` false, for tests) the same without the word gate
    /// (``NumberLexicon/mayOpenFigure(atWordStart:of:)``) and with the text split by
    /// `Character` only: the general code the fast paths must agree with.
    func facts(in text: String, fastPaths: Bool) -> [NumberFact] {
        let folded = FoldedText(text)
        var scan = FigureScan(
            lexicon: lexicon, text: TextBuffer(folded.text, byScalarWherePossible: fastPaths), usesWordGate: fastPaths)
        let facts = scan.run()
        guard folded.isChanged else { return facts }
        return facts.map { folded.original($0) }
    }
}

/// A text with directional marks removed and every decimal digit made ASCII, and the way back
/// to the original's `Character` offsets.
struct FoldedText {
    let text: String
    /// The original's characters; empty when ``isChanged`` is false.
    let originalCharacters: [Character]
    /// For each `Character` of ``text``, its offset in the original; one more entry for the
    /// end. Empty when ``isChanged`` is false (the offsets are the same).
    let offsets: [Int]
    let isChanged: Bool

    init(_ original: String) {
        guard Self.mayChange(original) else {
            // Nothing to fold (most text): the text as it is, and no way back needed.
            text = original
            originalCharacters = []
            offsets = []
            isChanged = false
            return
        }
        originalCharacters = Array(original)
        var characters: [Character] = []
        var offsets: [Int] = []
        var changed = false
        for (offset, character) in originalCharacters.enumerated() {
            let scalars = character.unicodeScalars
            if scalars.allSatisfy({ CLDRLocaleData.bidiMarks.contains($0) }) {
                changed = true
                continue
            }
            if scalars.count == 1, let scalar = scalars.first, !scalar.isASCII,
                scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue
            {
                characters.append(Character(Unicode.Scalar(UInt8(48 + Int(value)))))
                changed = true
            } else {
                characters.append(character)
            }
            offsets.append(offset)
        }
        offsets.append(originalCharacters.count)
        text = String(characters)
        self.offsets = offsets
        isChanged = changed
    }

    /// True when `text` holds a scalar folding may remove or replace: a bidi mark or a
    /// decimal digit outside ASCII. ASCII answers without a property look-up.
    private static func mayChange(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where !scalar.isASCII {
            if scalar.value < 0x530 {
                if foldedBelow0530[Int(scalar.value - 0x80)] { return true }
            } else if isFolded(scalar) {
                return true
            }
        }
        return false
    }

    private static func isFolded(_ scalar: Unicode.Scalar) -> Bool {
        CLDRLocaleData.bidiMarks.contains(scalar) || scalar.properties.numericType == .decimal
    }

    /// ``isFolded(_:)`` of U+0080…U+052F (Latin, Greek, Cyrillic), worked out once: these
    /// scalars are most of the non-ASCII text checked.
    private static let foldedBelow0530: [Bool] = (0x80..<0x530).map { Unicode.Scalar($0).map(isFolded) ?? false }

    /// The original offsets of a range of ``text``.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        let lower = offsets[min(max(0, range.lowerBound), offsets.count - 1)]
        let upperIndex = min(max(0, range.upperBound), offsets.count - 1)
        // The end is just after the last character of the range, not after marks that follow it.
        let upper = upperIndex > range.lowerBound ? offsets[upperIndex - 1] + 1 : lower
        return lower..<max(lower, upper)
    }

    func original(_ fact: NumberFact) -> NumberFact {
        var result = fact
        let range = originalRange(fact.range)
        result.range = range
        result.text = String(originalCharacters[range])
        let folded = Array(text)
        let factCharacters = folded[max(0, fact.range.lowerBound)..<min(folded.count, fact.range.upperBound)]
        if let start = String(factCharacters).range(of: fact.numberText) {
            let startOffset = String(factCharacters).distance(
                from: String(factCharacters).startIndex, to: start.lowerBound)
            let numberStart = fact.range.lowerBound + startOffset
            let numberRange = originalRange(numberStart..<(numberStart + fact.numberText.count))
            result.numberText = String(originalCharacters[numberRange])
        }
        result.bounds = fact.bounds.map { original($0) }
        return result
    }
}

/// A number read from digits or words, before its context (currency, month …) is known.
struct NumberAtom {
    var start: Int
    var end: Int
    /// The readings, the locale's own first.
    var values: [(value: Decimal, style: FigureReading.Style)]
    var isSpelledOut = false
    var isOrdinal = false
    var isWeak = false
    /// Digits only: no group or decimal separator.
    var isPlainDigits = false
    var digitCount = 0
    /// A Serbian ordinal dot was read (`2008.` before `godine`).
    var hasOrdinalDot = false
    /// Letters glued to the digits (`th`, `am`, `h`).
    var gluedSuffix: String?

    var primary: Decimal { values.first?.value ?? 0 }

    /// The value as a whole number, if it is one.
    var integerValue: Int? {
        guard let value = values.first?.value, value.isWhole, value >= 0, value < 1_000_000_000_000_000 else {
            return nil
        }
        return NSDecimalNumber(decimal: value).intValue
    }

    mutating func multiply(by scale: Int) {
        values = values.map { ($0.value * Decimal(scale), $0.style) }
    }
}

extension Decimal {
    /// True when the value has no fractional part.
    var isWhole: Bool {
        var value = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return rounded == self
    }
}

/// One pass over a text: exclusions first, then recognizers at each word or number start,
/// then ranges, paragraph references and list markers.
struct FigureScan {
    let lexicon: NumberLexicon
    let text: TextBuffer
    var excluded: [Bool]
    var facts: [NumberFact] = []

    /// Characters that may separate digit groups or decimals inside one number.
    /// Beyond the Latin ones: the Arabic decimal and thousands separators (U+066B, U+066C) and
    /// the Swiss apostrophes (U+2019, U+0027).
    static let separatorCandidates: Set<Character> = [
        ".", ",", " ", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{066B}", "\u{066C}", "\u{2019}", "'",
    ]

    /// Words that can open no figure are passed over after a set look-up
    /// (``NumberLexicon/mayOpenFigure(atWordStart:of:)``); false only in the tests that prove
    /// the gate changes nothing.
    let usesWordGate: Bool

    init(lexicon: NumberLexicon, text: TextBuffer, usesWordGate: Bool = true) {
        self.lexicon = lexicon
        self.text = text
        self.usesWordGate = usesWordGate
        excluded = Array(repeating: false, count: text.count)
    }

    mutating func run() -> [NumberFact] {
        markExclusions()
        var index = 0
        while index < text.count {
            if excluded[index] {
                index += 1
                continue
            }
            if usesWordGate && text.isWordStart(index) && !text.isUnspacedLetter(index)
                && !lexicon.mayOpenFigure(atWordStart: index, of: text)
            {
                index = advance(from: index)
                continue
            }
            if let end = skippable(at: index) {
                index = end
                continue
            }
            if let (fact, end) = recognize(at: index), end > index {
                facts.append(fact)
                index = end
                continue
            }
            index = advance(from: index)
        }
        let merged = mergeRanges(facts)
        return merged.filter { !isReference($0) && !isListMarker($0) }
    }

    private func advance(from index: Int) -> Int {
        if text.isUnspacedLetter(index) { return index + 1 }
        if text.isLetter(index) {
            // An elided article before a month (fr `d’août`, `l’avril`, it `nell’agosto`): the
            // month after the apostrophe is read on its own.
            let runEnd = text.spacedLetterRunEnd(from: index)
            let wordEnd = text.wordEnd(from: index)
            if runEnd + 1 < wordEnd && text.isApostrophe(runEnd) && lexicon.months.matches(in: text, at: runEnd + 1) {
                return runEnd + 1
            }
            return max(index + 1, wordEnd)
        }
        if text.isDigit(index) { return text.digitsEnd(from: index) }
        return index + 1
    }

    /// Phrases that hold no figure: ``NumberConventions/notFigurePhrases`` and a.m./p.m. words
    /// on their own (so sr `posle podne`, "afternoon", is not read as `podne`, noon).
    private func skippable(at index: Int) -> Int? {
        guard text.isWordStart(index) else { return nil }
        if let match = lexicon.notFigures.match(in: text, at: index) { return match.end }
        if let match = lexicon.amWords.match(in: text, at: index) ?? lexicon.pmWords.match(in: text, at: index) {
            return match.end
        }
        return nil
    }

    private func recognize(at index: Int) -> (NumberFact, Int)? {
        if text.isWordStart(index) {
            return monthFirstDate(at: index) ?? tier(at: index) ?? timeAfterWord(at: index) ?? noon(at: index)
                ?? currencyFirst(at: index) ?? numberFact(at: index)
        }
        if text.isDigit(index) && !text.isDigit(index - 1) {
            return patternDate(at: index) ?? numericDate(at: index) ?? dayFirstDate(at: index)
                ?? clockTime(at: index) ?? numberFact(at: index)
        }
        if !text.isSpace(index) && !text.isLetter(index) {
            return currencyFirst(at: index)
        }
        return nil
    }

    // MARK: - Numbers

    /// A number (digits or words) with what follows it: a scale word, a clock word, a percent
    /// sign, a currency.
    func numberFact(at index: Int) -> (NumberFact, Int)? {
        guard var atom = readNumber(at: index) else { return nil }
        var hasScale = false
        if !atom.isSpelledOut && atom.gluedSuffix == nil && !atom.hasOrdinalDot {
            let position = text.skipSpaces(from: atom.end)
            if let scale = lexicon.scales.match(in: text, at: position), scale.payload >= 1000 {
                atom.multiply(by: scale.payload)
                atom.end = scale.end
                hasScale = true
            }
        }
        let numberEnd = atom.end
        let next = text.skipSpaces(from: atom.end)
        let numberText = text.string(index..<numberEnd)

        if !hasScale, let hour = atom.integerValue, hour <= 24, !atom.hasOrdinalDot {
            var meridiem: Meridiem?
            var end = numberEnd
            var isTime = false
            if atom.gluedSuffix == "am" || atom.gluedSuffix == "pm" {
                meridiem = atom.gluedSuffix == "am" ? .am : .pm
                isTime = true
            }
            var position = next
            for _ in 0..<2 {
                guard let word = clockWord(at: position) else { break }
                isTime = true
                end = word.end
                meridiem = word.meridiem ?? meridiem
                position = text.skipSpaces(from: end)
            }
            if isTime {
                let fact = NumberFact(
                    kind: .time, text: text.string(index..<end), range: index..<end, numberText: numberText,
                    readings: timeReadings(hour: hour, minute: 0, meridiem: meridiem), isSpelledOut: atom.isSpelledOut)
                return (fact, end)
            }
        }
        if let percent = lexicon.percentSigns.match(in: text, at: next) {
            let fact = NumberFact(
                kind: .percentage, text: text.string(index..<percent.end), range: index..<percent.end,
                numberText: numberText,
                readings: atom.values.map { FigureReading(.percent($0.value), style: $0.style) },
                isSpelledOut: atom.isSpelledOut)
            return (fact, percent.end)
        }
        if let currency = lexicon.currencySuffixes.match(in: text, at: next)
            ?? (hasScale ? currencyAfterJoiner(at: next) : nil)
        {
            let fact = NumberFact(
                kind: .currencyAmount, text: text.string(index..<currency.end), range: index..<currency.end,
                numberText: numberText,
                readings: atom.values.map {
                    FigureReading(.money($0.value, currency: currency.payload), style: $0.style)
                },
                isSpelledOut: atom.isSpelledOut)
            return (fact, currency.end)
        }

        let kind = plainKind(of: atom, at: index, next: next)
        let fact = NumberFact(
            kind: kind, text: numberText, range: index..<numberEnd, numberText: numberText,
            readings: atom.values.map { FigureReading(.number($0.value), style: $0.style) },
            isSpelledOut: atom.isSpelledOut, isWeak: atom.isWeak)
        return (fact, numberEnd)
    }

    /// A currency after a short word that joins it to a scale word: es `2 millones de
    /// dólares`, fr `3 millions d’euros`, it `2 milioni di dollari` (one word of up to three
    /// letters, or such a word with an apostrophe).
    private func currencyAfterJoiner(at position: Int) -> (end: Int, payload: String)? {
        guard let (word, end) = text.word(at: position), word.count <= 3, !text.isUnspacedLetter(position) else {
            return nil
        }
        var after = end
        if after < text.count && (text[after] == "'" || text[after] == "’") {
            after += 1
        } else {
            after = text.skipSpaces(from: end)
            guard after > end else { return nil }
        }
        return lexicon.currencySuffixes.match(in: text, at: after)
    }

    private func plainKind(of atom: NumberAtom, at index: Int, next: Int) -> NumberFact.Kind {
        let integer = atom.integerValue
        let isYearShaped =
            atom.isPlainDigits && atom.digitCount == 4 && integer.map { (1000...2999).contains($0) } == true
        let yearBefore =
            previousWord(before: index, skippingDot: false).map { lexicon.yearWordsBefore.contains($0) } == true
        let yearAfter =
            (atom.hasOrdinalDot || isYearShaped) && lexicon.yearWordsAfter.matches(in: text, at: next)
        if isYearShaped || (integer != nil && atom.isPlainDigits && (yearBefore || yearAfter)) { return .year }
        if atom.isOrdinal || atom.hasOrdinalDot { return .ordinal }
        if !atom.primary.isWhole { return .decimal }
        return .cardinal
    }

    /// Digits or number words at `index`.
    func readNumber(at index: Int) -> NumberAtom? {
        guard index < text.count, !excluded[index] else { return nil }
        if text.isDigit(index) { return readDigits(at: index) }
        if text.isWordStart(index) { return readWords(at: index) }
        return nil
    }

    /// The word before `index` (lower case), skipping spaces and, optionally, one dot (`para.`).
    func previousWord(before index: Int, skippingDot: Bool) -> String? {
        var position = text.skipSpacesBackward(from: index - 1)
        if skippingDot && position >= 0 && text[position] == "." {
            position = text.skipSpacesBackward(from: position - 1)
        }
        guard position >= 0 else { return nil }
        if text[position] == "§" {
            var start = position
            while start > 0 && text[start - 1] == "§" { start -= 1 }
            return text.string(start..<(position + 1))
        }
        guard text.isLetter(position) else { return nil }
        var start = position
        while start > 0 && text.isLetter(start - 1) { start -= 1 }
        return text.loweredString(start..<(position + 1))
    }

    // MARK: - Ranges, references, list markers

    private func mergeRanges(_ facts: [NumberFact]) -> [NumberFact] {
        var result: [NumberFact] = []
        var index = 0
        while index < facts.count {
            let low = facts[index]
            if index + 1 < facts.count {
                let high = facts[index + 1]
                if low.value.family == .number && high.value.family == .number
                    && isRangeConnector(low.range.upperBound..<high.range.lowerBound)
                {
                    result.append(range(low, high))
                    index += 2
                    continue
                }
            }
            result.append(low)
            index += 1
        }
        return result
    }

    private func isRangeConnector(_ between: Range<Int>) -> Bool {
        guard between.lowerBound < between.upperBound else { return false }
        // Lower case, white space collapsed to one space and trimmed at both ends.
        return lexicon.rangeConnectors.contains(text.loweredCollapsingSpaces(between))
    }

    private func range(_ low: NumberFact, _ high: NumberFact) -> NumberFact {
        var highReadings = high.readings
        // 2008-09: the second year in two digits.
        if low.kind == .year, high.numberText.count == 2, high.numberText.allSatisfy(\.isASCIIDigit),
            case .number(let lowYear) = low.value, case .number(let short) = high.value
        {
            let century = NSDecimalNumber(decimal: lowYear).intValue / 100 * 100
            let full = Decimal(century) + short
            highReadings.insert(FigureReading(.number(full < lowYear ? full + 100 : full)), at: 0)
        }
        var readings: [FigureReading] = []
        for first in low.readings {
            for second in highReadings {
                let style: FigureReading.Style = first.needsStyleWarning ? first.style : second.style
                let reading = FigureReading(.range(first.value, second.value), style: style)
                if !readings.contains(reading) { readings.append(reading) }
            }
        }
        let span = low.range.lowerBound..<high.range.upperBound
        return NumberFact(
            kind: .range, text: text.string(span), range: span, readings: readings,
            isSpelledOut: low.isSpelledOut && high.isSpelledOut, bounds: [low, high])
    }

    /// A number right after a paragraph reference word (`para 8`, `paras 2-5`, `stav 3`).
    private func isReference(_ fact: NumberFact) -> Bool {
        guard let word = previousWord(before: fact.range.lowerBound, skippingDot: true) else { return false }
        return lexicon.referenceWords.contains(word)
    }

    /// `(1)`, `1)` after a space or at the start, `1.` / `1)` opening the text.
    private func isListMarker(_ fact: NumberFact) -> Bool {
        guard fact.kind == .cardinal || fact.kind == .ordinal, !fact.isSpelledOut, fact.numberText.count <= 2,
            fact.numberText.allSatisfy(\.isASCIIDigit)
        else { return false }
        let start = fact.range.lowerBound
        let end = fact.range.upperBound
        let next: Character? = end < text.count ? text[end] : nil
        if start > 0 && text[start - 1] == "(" && next == ")" { return true }
        if next == ")" && (start == 0 || text.isSpace(start - 1)) { return true }
        let opensText = text.skipSpaces(from: 0) == start
        if opensText && (next == "." || next == ")") && (end + 1 >= text.count || text.isSpace(end + 1)) {
            return true
        }
        return false
    }
}
