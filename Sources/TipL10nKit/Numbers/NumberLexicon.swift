import Foundation

/// ``NumberConventions`` compiled for scanning: lower-cased tables and phrase sets.
final class NumberLexicon: Sendable {
    struct MonthForm: Sendable {
        /// 1…12.
        let month: Int
        /// The form's index in its month list (its case), for messages and mutations.
        let formIndex: Int
        /// The table writes the form capitalised (English): the text must too.
        let requiresCapital: Bool
        /// Short or abbreviated forms (`May`, `maj`, `Jan.`) count only next to a day or year.
        let needsNumber: Bool
    }

    let tag: String
    let icuLocale: String
    let conventions: NumberConventions
    let groupSeparators: Set<Character>
    let styleGroupSeparators: Set<Character>
    let decimalSeparators: Set<Character>
    /// The locale accepts US grouping and a US decimal point with a style warning.
    let acceptsUSStyle: Bool
    let ordinalDot: Bool
    let spellOutParser: NumberConventions.SpellOutParser
    let cardinals: [String: Int]
    let ordinals: [String: Int]
    let scales: PhraseSet<Int>
    let standaloneScales: [String: Int]
    let connectors: PhraseSet<Bool>
    let weakExact: Set<String>
    let weakPrefixes: [String]
    let notFigures: PhraseSet<Bool>
    let currencyPrefixes: PhraseSet<String>
    let currencySuffixes: PhraseSet<String>
    let percentSigns: PhraseSet<Bool>
    let months: PhraseSet<MonthForm>
    let monthYearJoiners: PhraseSet<Bool>
    let dayMonthJoiners: PhraseSet<Bool>
    let yearWordsBefore: Set<String>
    let yearWordsAfter: PhraseSet<Bool>
    let rangeConnectors: Set<String>
    let referenceWords: Set<String>
    let tierWords: Set<String>
    let watchListWords: [String]
    let timeWordsBefore: Set<String>
    let timeWordsAfter: PhraseSet<Bool>
    let amWords: PhraseSet<Bool>
    let pmWords: PhraseSet<Bool>
    let noonWords: PhraseSet<Int>
    let digitSuffixes: Set<String>
    /// Number words as phrases, for scripts without spaces (zh `二十四`); empty otherwise.
    let unspacedNumbers: PhraseSet<Int>
    /// Parsed ``NumberConventions/numericDatePatterns``.
    let numericDatePatterns: [[DatePatternPiece]]

    init(conventions: NumberConventions, tag: String, icuLocale: String) {
        self.tag = tag
        self.icuLocale = icuLocale
        self.conventions = conventions
        func characters(_ strings: [String]) -> Set<Character> { Set(strings.compactMap(\.first)) }
        func lower(_ strings: [String]) -> [String] { strings.map { $0.lowercased() } }
        func flags(_ strings: [String]) -> PhraseSet<Bool> { PhraseSet(strings.map { ($0, true) }) }
        func lastWords(_ strings: [String]) -> Set<String> {
            Set(strings.compactMap { $0.lowercased().split(separator: " ").last.map(String.init) })
        }

        groupSeparators = characters(conventions.groupSeparators)
        styleGroupSeparators = characters(conventions.styleWarningGroupSeparators)
        decimalSeparators = characters(conventions.decimalSeparators)
        acceptsUSStyle = !conventions.styleWarningGroupSeparators.isEmpty
        ordinalDot = conventions.ordinalDot
        spellOutParser = conventions.spellOutParser
        cardinals = Dictionary(conventions.numberWords.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
        var ordinals = Dictionary(conventions.ordinalWords.map { ($0.key.lowercased(), $0.value) }) { first, _ in
            first
        }
        for (stem, value) in conventions.ordinalStems {
            for ending in conventions.ordinalEndings {
                let word = (stem + ending).lowercased()
                if ordinals[word] == nil && cardinals[word] == nil { ordinals[word] = value }
            }
        }
        self.ordinals = ordinals
        scales = PhraseSet(conventions.scaleWords.map { ($0.key, $0.value) })
        standaloneScales = Dictionary(
            conventions.standaloneScaleWords.compactMap { word -> (String, Int)? in
                let lowered = word.lowercased()
                guard let value = conventions.scaleWords.first(where: { $0.key.lowercased() == lowered })?.value
                else { return nil }
                return (lowered, value)
            }
        ) { first, _ in first }
        connectors = flags(conventions.wordConnectors)
        let weak = lower(conventions.weakWords)
        weakExact = Set(weak.filter { !$0.hasSuffix("*") })
        weakPrefixes = weak.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) }
        notFigures = flags(conventions.notFigurePhrases)
        currencyPrefixes = PhraseSet(
            conventions.currencies.flatMap { currency in currency.prefixes.map { ($0, currency.code) } })
        currencySuffixes = PhraseSet(
            conventions.currencies.flatMap { currency in currency.suffixes.map { ($0, currency.code) } })
        percentSigns = flags(conventions.percentSigns)
        var monthForms: [(String, MonthForm)] = []
        for (index, forms) in conventions.months.enumerated() {
            for (formIndex, form) in forms.enumerated() {
                let requiresCapital = form.first?.isUppercase ?? false
                let needsNumber = form.filter(\.isLetter).count <= 3 || form.hasSuffix(".")
                monthForms.append(
                    (
                        form,
                        MonthForm(
                            month: index + 1, formIndex: formIndex, requiresCapital: requiresCapital,
                            needsNumber: needsNumber)
                    ))
            }
        }
        months = PhraseSet(monthForms)
        monthYearJoiners = flags(conventions.monthYearJoiners)
        dayMonthJoiners = flags(conventions.dayMonthJoiners)
        yearWordsBefore = lastWords(conventions.yearWordsBefore)
        yearWordsAfter = flags(conventions.yearWordsAfter)
        rangeConnectors = Set(
            conventions.rangeConnectors.map {
                $0.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            })
        referenceWords = Set(lower(conventions.referenceWords))
        tierWords = Set(lower(conventions.tierWords))
        watchListWords = lower(conventions.watchListWords)
        timeWordsBefore = lastWords(conventions.time.before)
        timeWordsAfter = flags(conventions.time.after)
        amWords = flags(conventions.time.am)
        pmWords = flags(conventions.time.pm)
        noonWords = PhraseSet(conventions.time.noon.map { ($0, 12 * 60) } + conventions.time.midnight.map { ($0, 0) })
        digitSuffixes = Set(lower(conventions.digitSuffixes))
        scaleWordKeys = Set(conventions.scaleWords.keys.map { $0.lowercased() })
        unspacedNumbers =
            conventions.isUnspaced ? PhraseSet(conventions.numberWords.map { ($0.key, $0.value) }) : PhraseSet([])
        numericDatePatterns = conventions.numericDatePatterns.map(DatePatternPiece.pieces(of:)).sorted {
            $0.count > $1.count
        }
        wordStartPhraseKeys = notFigures.wordStartKeys.union(amWords.wordStartKeys).union(pmWords.wordStartKeys)
            .union(noonWords.wordStartKeys).union(months.wordStartKeys).union(currencyPrefixes.wordStartKeys)
        wordStartWords = tierWords.union(timeWordsBefore).union(ordinals.keys).union(cardinals.keys)
            .union(standaloneScales.keys)
        wordStartFilter = UTF8KeyFilter(wordStartPhraseKeys.union(wordStartWords))
    }

    /// The keys (``PhraseSet/wordStartKeys``) of every phrase the scanner tries at the start of
    /// a word: the phrases it skips (``notFigures``, a.m. and p.m. words), months, noon and
    /// midnight, currencies written before the amount.
    private let wordStartPhraseKeys: Set<String>
    /// Every word the scanner looks up whole at the start of a word: number, ordinal and
    /// standalone scale words, tier words, hour words before a time.
    private let wordStartWords: Set<String>

    /// False when nothing the scanner reads at the start of a word can begin at the word of a
    /// spaced script at `index` of `text`: no phrase's key is the word's run of letters, the
    /// word is in none of the tables, and (``NumberConventions/SpellOutParser/icuForms``) ICU
    /// reads no number in it. Then the word holds no figure and the scanner goes past it with
    /// one or two set look-ups instead of trying each recognizer in turn.
    func mayOpenFigure(atWordStart index: Int, of text: TextBuffer) -> Bool {
        let runEnd = text.spacedLetterRunEnd(from: index)
        let wordEnd = text.wordEnd(from: index)
        // Most words are in no table: the filter says so from the bytes, before any string.
        if spellOutParser != .icuForms && wordStartFilter.surelyLacks(text.loweredUTF8(index..<runEnd))
            && (wordEnd == runEnd || wordStartFilter.surelyLacks(text.loweredUTF8(index..<wordEnd)))
        {
            return false
        }
        let key = text.loweredString(index..<runEnd)
        if wordStartPhraseKeys.contains(key) { return true }
        let word = wordEnd == runEnd ? key : text.loweredString(index..<wordEnd)
        if wordStartWords.contains(word) { return true }
        return spellOutParser == .icuForms && cardinal(word) != nil
    }

    /// ``wordStartPhraseKeys`` and ``wordStartWords`` by their UTF-8.
    private let wordStartFilter: UTF8KeyFilter

    /// The value of a cardinal number word: the tables, then (``NumberConventions/SpellOutParser/icuForms``)
    /// ICU's parser for agreement forms the tables lack.
    func cardinal(_ word: String) -> Int? {
        if let value = cardinals[word] { return value }
        guard spellOutParser == .icuForms, word.count >= 2,
            word.utf8.allSatisfy(VerificationText.isASCIILetter) || word.allSatisfy(\.isLetter),
            scales.entries.isEmpty || !scaleWordKeys.contains(word)
        else { return nil }
        return ICUSpellOut.agreementValue(of: word, icuLocale: icuLocale)
    }

    /// The scale words (`million`), lower-cased: never read as agreement forms.
    private let scaleWordKeys: Set<String>

    /// True when a single number or ordinal word is weak (`një`, `drugi`).
    func isWeak(_ word: String) -> Bool {
        if spellOutParser == .icuForms && cardinals[word] == nil && cardinal(word) == 1 { return true }
        return weakExact.contains(word) || weakPrefixes.contains { word.hasPrefix($0) }
    }
}

/// One field or literal of a numeric CLDR date pattern (`y年M月d日`).
enum DatePatternPiece: Sendable, Equatable {
    case year, month, day
    case literal(String)

    /// The pieces of a pattern; quotes removed, white space kept as one space.
    static func pieces(of pattern: String) -> [DatePatternPiece] {
        var pieces: [DatePatternPiece] = []
        var literal = ""
        var quoted = false
        func flush() {
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
        }
        var previousField: Character?
        for character in pattern {
            if character == "'" {
                quoted.toggle()
                previousField = nil
                continue
            }
            if !quoted, character.isASCII, character.isLetter {
                if character == previousField { continue }
                flush()
                switch character {
                case "y": pieces.append(.year)
                case "M", "L": pieces.append(.month)
                case "d": pieces.append(.day)
                default: literal.append(character)
                }
                previousField = character
                continue
            }
            previousField = nil
            literal.append(character.isWhitespace ? " " : character)
        }
        flush()
        return pieces
    }
}

/// A set of strings asked by UTF-8 bytes without making a `String` (most words asked are in
/// no table): ``surelyLacks(_:)`` is true only when no key equals the bytes as a `String`.
/// Open addressing over 64-bit FNV-1a hashes of the keys in NFC.
struct UTF8KeyFilter: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    init(_ keys: some Sequence<String>) {
        let hashes = Set(
            keys.flatMap { [Self.hash($0.utf8), Self.hash($0.precomposedStringWithCanonicalMapping.utf8)] })
        var size = 16
        while size < hashes.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for hash in hashes {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = hash
        }
        self.slots = slots
        mask = size - 1
    }

    /// True when `bytes` are surely no key. Strings are equal when canonically equivalent,
    /// which is byte equality of their NFC forms; the keys are hashed in NFC, so the answer is
    /// sure for bytes that are NFC as they are: scalars below U+0300 and Cyrillic U+0400–U+04FF
    /// (``VerificationText/nfc(_:)``), that is every byte below 0xCC or a lead byte 0xD0–0xD3.
    /// For other bytes (a combining mark, Greek, CJK) false: ask the strings.
    func surelyLacks(_ bytes: ArraySlice<UInt8>) -> Bool {
        var hash: UInt64 = Self.offsetBasis
        for byte in bytes {
            guard byte < 0xCC || (byte >= 0xD0 && byte <= 0xD3) else { return false }
            hash = (hash ^ UInt64(byte)) &* Self.prime
        }
        if hash == 0 { hash = 1 }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if slots[slot] == hash { return false }
            slot = (slot + 1) & mask
        }
        return true
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a, never 0 (0 marks an empty slot).
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash == 0 ? 1 : hash
    }
}
