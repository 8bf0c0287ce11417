import Foundation

/// `english`: English words left in the target — a clause or a phrase not translated.
///
/// What counts as English is learnt from the English being translated, not from a word list:
/// ``EnglishLexicon`` holds every word of the unit's own source that is not a proper name. A
/// word is a name when it is capitalised in the middle of a sentence and never written in
/// lower case (`Kosovo`, `Roma`, `Thaçi`); an acronym (two or more capitals: `OSCE`, `TIP`) is
/// never English here.
///
/// Only the unit's own source: English left in a target is the source a CAT tool copied into
/// it or a clause the translator did not get to, and a finding that depends on the unit alone
/// is the same whether the file is read whole or streamed one unit at a time, and stays
/// accepted on the ignore list until that unit's text changes.
///
/// In the target, a word is English when it is in the lexicon and is not an acronym, one of
/// the profile's ``LocaleProfile/allowedForeignTokens`` or a word of a do-not-translate term of
/// the glossary (an entry whose target forms include the English term itself: `UNMIK`, `IOM`).
/// Names, acronyms, figures, punctuation and those terms may sit inside an English run; any
/// other word ends it. A run of **three or more** English words is reported, quoted from its
/// first to its last English word: words English shares with the target language
/// (`a`, `to`, `in`, `is`, `me`) rarely stand three in a row. Severity: warning:
/// `English left in the target: "did not adequately investigate and prosecute"`.
///
/// Not run for an English target locale, nor on a target identical to its source (`identical`
/// reports that). URLs and e-mail addresses are not words.
public struct EnglishCheck: PairTextsCheck {
    public let id = "english"
    public let needsProfile = false

    /// The shortest run reported.
    public static let minimumRun = 3

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        findings(in: pair, texts: PairTexts(pair))
    }

    func findings(in pair: TranslationPair, texts: PairTexts) -> [CheckFinding] {
        guard let translated = texts.target else { return [] }
        if let profile = pair.profile, profile.tag == "en" || profile.tag.hasPrefix("en-") { return [] }
        let source = texts.source
        guard VerificationText.trimmed(translated) != VerificationText.trimmed(source) else { return [] }
        let neutral = Self.neutralWords.value(
            for: NeutralKey(tokens: pair.profile?.allowedForeignTokens ?? [], glossary: pair.profile?.glossary ?? [])
        ) { key in
            var neutral = Set(key.tokens.map { $0.lowercased() })
            for entry in key.glossary where entry.isDoNotTranslate {
                for word in VerificationText.words(in: entry.source) { neutral.insert(word.lowercased()) }
            }
            return neutral
        }
        guard
            Self.mayHoldRun(
                maskedTarget: texts.maskedNFCTarget, maskedSource: texts.maskedNFCSource, neutral: neutral,
                minimum: Self.minimumRun)
        else { return [] }
        let lexicon = EnglishLexicon(sources: [source])
        let runs = lexicon.englishRuns(in: translated, neutral: neutral, minimum: Self.minimumRun)
        guard !runs.isEmpty else { return [] }
        let quoted = runs.map { VerificationText.quoted($0, limit: 120) }.joined(separator: ", ")
        return [CheckFinding(.warning, "English left in the target: \(quoted)", target: runs.joined(separator: " … "))]
    }

    /// False when `target` cannot hold a run of `minimum` English words: fewer than `minimum`
    /// of its words (not acronyms, not `neutral`) are written, in any case, in `source`. The
    /// lexicon's words are words of the source, so no run is missed; most targets share a
    /// word or two with their source (names, `a`, `me`), and are done with here, without
    /// building the lexicon.
    static func mayHoldRun(in target: String, source: String, neutral: Set<String>, minimum: Int) -> Bool {
        mayHoldRun(
            maskedTarget: VerificationText.maskingLinks(in: VerificationText.nfc(target)),
            maskedSource: VerificationText.maskingLinks(in: VerificationText.nfc(source)), neutral: neutral,
            minimum: minimum)
    }

    /// ``mayHoldRun(in:source:neutral:minimum:)`` on texts already in NFC with their links masked.
    ///
    /// May answer true where no run is possible (then the lexicon decides), never false where
    /// one is. A word of ASCII letters is compared by a 64-bit hash of its lower-case bytes, made
    /// without a string (two equal words have equal hashes; a collision only lets a target
    /// through); a neutral word is confirmed as a string before it is left out. Any other word
    /// is lower-cased as a string and compared as one, except that a key whose scalars are ASCII
    /// or the three that are canonically equivalent to ASCII (U+037E, U+1FEF, U+212A) is
    /// compared by the hash of that ASCII, since strings compare by canonical equivalence.
    static func mayHoldRun(maskedTarget: String, maskedSource: String, neutral: Set<String>, minimum: Int) -> Bool {
        var hashedKeys: [UInt64] = []
        var stringKeys: [String] = []
        var lengths: UInt64 = 0  // bit n: an ASCII key of n bytes; bit 63: of 63 bytes or more
        let neutralLengths = Self.asciiLengths(of: neutral)
        for word in VerificationText.words(in: maskedTarget) where !EnglishLexicon.isAcronym(word) {
            if let hash = Self.asciiKeyHash(word) {
                let length = word.utf8.count
                // A neutral word is left out only once it is confirmed as a string.
                if neutralLengths & (1 << min(63, length)) != 0 && neutral.contains(word.lowercased()) { continue }
                hashedKeys.append(hash)
                lengths |= 1 << min(63, length)
                continue
            }
            let key = word.lowercased()
            if neutral.contains(key) { continue }
            if let hash = Self.asciiEquivalentHash(key) {
                hashedKeys.append(hash)
                lengths = ~0
            } else {
                stringKeys.append(key)
            }
        }
        guard hashedKeys.count + stringKeys.count >= minimum else { return false }
        // The hashed keys sorted, each marked once a source word has its hash: no set is built
        // for the few dozen words of a unit.
        hashedKeys.sort()
        var matched = [Bool](repeating: false, count: hashedKeys.count)
        func mark(_ hash: UInt64) {
            var low = 0
            var high = hashedKeys.count
            while low < high {
                let middle = (low + high) / 2
                if hashedKeys[middle] < hash { low = middle + 1 } else { high = middle }
            }
            while low < hashedKeys.count && hashedKeys[low] == hash && !matched[low] {
                matched[low] = true
                low += 1
            }
        }
        var sourceStrings: Set<String> = []
        for (word, _) in EnglishLexicon.wordsWithPosition(in: maskedSource) {
            if let hash = Self.asciiKeyHash(word) {
                // An ASCII word keeps its length in lower case: one no ASCII key has is passed over.
                if lengths & (1 << min(63, word.utf8.count)) != 0 { mark(hash) }
                continue
            }
            let key = word.lowercased()
            if let hash = Self.asciiEquivalentHash(key) {
                mark(hash)
            } else if !stringKeys.isEmpty {
                sourceStrings.insert(key)
            }
        }
        var count = matched.count { $0 }
        for key in stringKeys where sourceStrings.contains(key) { count += 1 }
        return count >= minimum
    }

    /// FNV-1a (64 bits) of `word`'s bytes in ASCII lower case; `nil` when a byte is not ASCII.
    @inline(__always)
    private static func asciiKeyHash(_ word: Substring) -> UInt64? {
        var hash = fnvOffsetBasis
        for byte in word.utf8 {
            guard byte < 0x80 else { return nil }
            hash = fnv(hash, VerificationText.asciiLowercased(byte))
        }
        return hash
    }

    private static let fnvOffsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325

    /// One FNV-1a step: `byte` into `hash`.
    @inline(__always)
    private static func fnv(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    /// The hash of ``asciiKeyHash(_:)`` for the ASCII string `key` is canonically equivalent
    /// to, when there is one: every scalar ASCII, or U+037E (`;`), U+1FEF (`` ` ``) or U+212A
    /// (`K`), the only scalars whose canonical decomposition is ASCII. `key` is already lower
    /// case: its bytes are hashed as they are.
    private static func asciiEquivalentHash(_ key: String) -> UInt64? {
        var hash = fnvOffsetBasis
        for scalar in key.unicodeScalars {
            let byte: UInt8
            switch scalar.value {
            case 0..<0x80: byte = UInt8(scalar.value)
            case 0x37E: byte = UInt8(ascii: ";")
            case 0x1FEF: byte = UInt8(ascii: "`")
            case 0x212A: byte = UInt8(ascii: "K")
            default: return nil
            }
            hash = fnv(hash, byte)
        }
        return hash
    }

    /// Bit n set when `words` holds a word of n UTF-8 bytes (bit 63: 63 or more); every bit
    /// for a word that is not ASCII.
    private static func asciiLengths(of words: Set<String>) -> UInt64 {
        var lengths: UInt64 = 0
        for word in words { lengths |= word.utf8.allSatisfy { $0 < 0x80 } ? 1 << min(63, word.utf8.count) : ~0 }
        return lengths
    }

    /// What makes a word neutral: the profile's allowed tokens and its glossary.
    private struct NeutralKey: Equatable, Sendable {
        var tokens: [String]
        var glossary: [LocaleProfile.GlossaryEntry]
    }

    /// The neutral words (lower case) of each profile, worked out once, not per unit.
    private static let neutralWords = DerivedValueCache<NeutralKey, Set<String>>()
}

/// The English words of a set of source texts, and the proper names among them.
///
/// Built by ``init(sources:)``: each word (a run of letters; an apostrophe or hyphen ends it)
/// is read in context. A word written in lower case is English. A capitalised word is a name
/// when it is capitalised in the middle of a sentence and never written in lower case; a
/// capitalised word seen only at the start of a sentence (after `.`, `!`, `?` or `:`, or
/// first in its text) is English (`Why`, `Most`). Acronyms (two or more letters, all capitals)
/// are neither. Words are compared lower-cased, in Unicode NFC.
public struct EnglishLexicon: Sendable, Equatable {
    /// English words, lower case.
    public var words: Set<String>
    /// Proper names, lower case.
    public var names: Set<String>

    /// Learns the lexicon from English source texts.
    public init(sources: [String]) {
        var lower: Set<String> = []
        var initialOnly: Set<String> = []
        var capitalised: Set<String> = []
        for text in Set(sources) {
            let masked = VerificationText.maskingLinks(in: VerificationText.nfc(text))
            for (word, isInitial) in Self.wordsWithPosition(in: masked) {
                let key = word.lowercased()
                if Self.isAcronym(word) { continue }
                if word.first?.isUppercase == true {
                    if isInitial { initialOnly.insert(key) } else { capitalised.insert(key) }
                } else {
                    lower.insert(key)
                }
            }
        }
        names = capitalised.subtracting(lower)
        words = lower.union(initialOnly.subtracting(capitalised))
    }

    /// True for two or more letters, all capitals (`OSCE`, `NGOs` is not).
    static func isAcronym(_ word: some StringProtocol) -> Bool {
        // Most words have a lower-case ASCII letter first or second: no property look-up.
        for byte in word.utf8.prefix(2) where byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return false }
        return word.allSatisfy { !$0.isLowercase } && word.count >= 2
    }

    /// Words with whether each starts a sentence.
    static func wordsWithPosition(in text: String) -> [(word: Substring, isInitial: Bool)] {
        scalarWordsWithPosition(in: text) ?? characterWordsWithPosition(in: text)
    }

    /// ``wordsWithPosition(in:)`` by scalar, for text whose every scalar is a character of
    /// its own (``VerificationText/isStandalone(_:)``); `nil` for other text.
    private static func scalarWordsWithPosition(in text: String) -> [(word: Substring, isInitial: Bool)]? {
        var result: [(Substring, Bool)] = []
        var isInitial = true
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard VerificationText.isStandalone(scalar) else { return nil }
            if VerificationText.isLetter(scalar) {
                if start == nil { start = index }
            } else {
                if let begin = start {
                    result.append((text[begin..<index], isInitial))
                    isInitial = false
                    start = nil
                }
                switch scalar {
                case ".", "!", "?", ":", ";", "•": isInitial = true
                // CR LF is one character, which is not `\n`.
                case "\n" where index == scalars.startIndex || scalars[scalars.index(before: index)] != "\r":
                    isInitial = true
                case "0"..."9": isInitial = false
                default: if !scalar.isASCII && scalar.properties.numericType != nil { isInitial = false }
                }
            }
            index = scalars.index(after: index)
        }
        if let begin = start { result.append((text[begin...], isInitial)) }
        return result
    }

    private static func characterWordsWithPosition(in text: String) -> [(word: Substring, isInitial: Bool)] {
        var result: [(Substring, Bool)] = []
        var isInitial = true
        var start: String.Index?
        var index = text.startIndex
        func close(at end: String.Index) {
            guard let begin = start else { return }
            result.append((text[begin..<end], isInitial))
            isInitial = false
            start = nil
        }
        while index < text.endIndex {
            let character = text[index]
            if VerificationText.isLetter(character) {
                if start == nil { start = index }
            } else {
                close(at: index)
                if ".!?:;•".contains(character) || character == "\n" { isInitial = true }
                if character.isNumber { isInitial = false }
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        return result
    }

    /// Runs of at least `minimum` English words in `text`, each from its first to its last
    /// English word as written. Words in `neutral` (lower case), names and acronyms may stand
    /// inside a run; any other word ends it.
    public func englishRuns(in text: String, neutral: Set<String>, minimum: Int) -> [String] {
        let masked = VerificationText.maskingLinks(in: VerificationText.nfc(text))
        var runs: [String] = []
        var first: Substring?
        var last: Substring?
        var count = 0
        func flush() {
            if count >= minimum, let first, let last {
                runs.append(String(masked[first.startIndex..<last.endIndex]))
            }
            first = nil
            last = nil
            count = 0
        }
        for word in VerificationText.words(in: masked) {
            let key = word.lowercased()
            if Self.isAcronym(word) || neutral.contains(key) || names.contains(key) { continue }
            if words.contains(key) {
                if first == nil { first = word }
                last = word
                count += 1
            } else {
                flush()
            }
        }
        flush()
        return runs
    }
}

extension LocaleProfile.GlossaryEntry {
    /// True when the term stays in English: one of its target forms is the English term itself
    /// (`UNMIK` → `UNMIK`, `IOM` → `…, IOM`), compared case-insensitively.
    public var isDoNotTranslate: Bool {
        let term = source.lowercased()
        return targets.contains { $0.lowercased() == term }
    }
}
