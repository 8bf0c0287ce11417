import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// The figure scanner's fast paths against its general code, on text generated from each
/// locale's own number words, months, currencies and time words (as written, in capitals and
/// capitalised) mixed with digits, separators, marks and words of other scripts: the word gate
/// (``NumberLexicon/mayOpenFigure(atWordStart:of:)``) and the split by scalar must change no
/// fact.
@Suite struct FigureScanFastPathTests {
    /// The project's profiles and CLDR-only ones of other scripts and conventions.
    static let tags = [
        "en", "sq", "sr-Latn", "sr-Cyrl", "ar", "es", "fr", "nl", "ru", "zh", "de", "tr", "el", "ja", "th", "hi",
        "fa", "uk", "pl", "it",
    ]

    static let commonPieces: [String] = [
        " ", " ", " ", "\u{00A0}", "\u{202F}", "\n", "\r\n", "1", "2", "16", "24", "2009", "158,593", "158.593", "1,5",
        "10:30", "12.00", "3-5", ":", ".", ",", ";", "'", "’", "-", "–", "/", "$", "US$", "%", "€", "(", ")", "a",
        "Kosovo", "të", "é", "e\u{0301}", "İ", "ΣΟΣ", "万", "年", "二十四", "١٨", "۱۸", "\u{200F}", "COVID-19",
        "www.state.gov", "tip@state.gov", "para", "Tier", "TIER", "o'clock", "d’", "x",
    ]

    static func vocabulary(_ numbers: NumberConventions) -> [String] {
        var words: [String] = []
        words += numbers.numberWords.keys.sorted() + numbers.ordinalWords.keys.sorted()
        words += numbers.scaleWords.keys.sorted() + numbers.standaloneScaleWords
        words += numbers.ordinalStems.keys.sorted().flatMap { stem in numbers.ordinalEndings.map { stem + $0 } }
        words += numbers.wordConnectors + numbers.weakWords.map { $0.replacingOccurrences(of: "*", with: "") }
        words += numbers.notFigurePhrases + numbers.percentSigns + numbers.months.flatMap { $0 }
        words += numbers.currencies.flatMap { $0.prefixes + $0.suffixes }
        words += numbers.monthYearJoiners + numbers.dayMonthJoiners + numbers.yearWordsBefore + numbers.yearWordsAfter
        words += numbers.rangeConnectors + numbers.referenceWords + numbers.tierWords + numbers.watchListWords
        words += numbers.time.before + numbers.time.after + numbers.time.am + numbers.time.pm
        words += numbers.time.noon + numbers.time.midnight + numbers.digitSuffixes
        let variants = words.flatMap { [$0, $0.uppercased(), $0.capitalized] }
        return Array(Set(variants)).sorted() + commonPieces
    }

    static func text(_ pieces: [String], _ generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 1...12, using: &generator)
        return (0..<count).map { _ in
            let piece = pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            // Mostly spaced like words, sometimes glued to the piece before.
            return Int.random(in: 0..<4, using: &generator) == 0 ? piece : piece + " "
        }.joined()
    }

    @Test(arguments: tags) func theFastPathsFindTheSameFacts(tag: String) throws {
        let extractor: NumberExtractor
        let numbers: NumberConventions
        if tag == "en" {
            extractor = .englishSource
            numbers = .englishSource
        } else {
            let profile = try LocaleProfile.load(tag: tag, projectFolder: TestPaths.repositoryRoot)
            extractor = NumberExtractor(profile: profile)
            numbers = profile.numbers
        }
        let pieces = Self.vocabulary(numbers)
        var generator = SeededGenerator(state: UInt64(tag.utf8.reduce(7) { $0 &* 31 &+ Int($1) }.magnitude))
        var factCount = 0
        for _ in 0..<2_000 {
            let text = Self.text(pieces, &generator)
            let general = extractor.facts(in: text, fastPaths: false)
            factCount += general.count
            #expect(extractor.facts(in: text, fastPaths: true) == general, "\(tag): \(text.debugDescription)")
        }
        // The texts hold figures, so the comparison is of something.
        #expect(factCount > 1_000, "\(tag): \(factCount) facts")
    }

    @Test func aBufferByScalarIsTheBufferByCharacter() {
        var generator = SeededGenerator(state: 61)
        for _ in 0..<5_000 {
            let text = Self.text(Self.commonPieces + ["ß", "Ǆ", "ǅ", "Ж", "Ω", "‐", "\u{2028}", "\t"], &generator)
            let fast = TextBuffer(text)
            let general = TextBuffer(text, byScalarWherePossible: false)
            #expect(fast.characters == general.characters, "\(text.debugDescription)")
            #expect(fast.lowered == general.lowered, "\(text.debugDescription)")
            #expect(
                (0..<fast.count).map { fast.characterClass($0).rawValue }
                    == (0..<general.count).map { general.characterClass($0).rawValue }, "\(text.debugDescription)")
            #expect(fast.string(0..<fast.count) == text, "\(text.debugDescription)")
            #expect(fast.loweredString(0..<fast.count) == general.loweredString(0..<general.count))
        }
    }

    @Test func everyScalarOfTheTableIsTheCharacterItStandsFor() {
        // Each scalar from U+0080 to U+052F that is a character of its own, between letters.
        let scalars = (0x80..<0x530).compactMap(Unicode.Scalar.init).filter(VerificationText.isStandalone)
        let text = scalars.map { "a\($0)Z " }.joined()
        let fast = TextBuffer(text)
        let general = TextBuffer(text, byScalarWherePossible: false)
        #expect(fast.count == scalars.count * 4)
        #expect(fast.characters == general.characters)
        #expect(fast.lowered == general.lowered)
        #expect(
            (0..<fast.count).map { fast.characterClass($0) } == (0..<general.count).map { general.characterClass($0) })
        #expect(fast.loweredString(0..<fast.count) == general.loweredString(0..<general.count))
    }

    @Test func theKeyFilterIsSureOnlyOfWhatNoKeyEquals() {
        let filter = UTF8KeyFilter(["qershor", "ne\u{0301}", "μαΐου", "јун"])
        func lacks(_ text: String) -> Bool { filter.surelyLacks(ArraySlice(text.utf8)) }
        #expect(!lacks("qershor"))
        #expect(lacks("qershori"))
        #expect(lacks("kosova"))
        // A key written decomposed equals its precomposed form, which has no byte above 0xCB.
        #expect(!lacks("né"))
        // Bytes of a combining mark or of Greek are never surely lacking: the strings decide.
        #expect(!lacks("ne\u{0301}x"))
        #expect(!lacks("μαΐου"))
        #expect(!lacks("αβγ"))
        // Cyrillic is NFC as written.
        #expect(!lacks("јун"))
        #expect(lacks("јуна"))
        #expect(!lacks("и\u{0306}"))
    }

    @Test func theGateLetsThroughEveryPhraseItsKeysName() throws {
        let profile = try LocaleProfile.load(tag: "sq", projectFolder: TestPaths.repositoryRoot)
        let lexicon = NumberExtractor(profile: profile).lexicon
        // A month, a number word, a tier word, a word of no table, an apostrophe-joined word.
        let text = TextBuffer("Qershor njëzet Niveli kosova o'clock")
        #expect(lexicon.mayOpenFigure(atWordStart: 0, of: text))
        #expect(lexicon.mayOpenFigure(atWordStart: 8, of: text))
        #expect(lexicon.mayOpenFigure(atWordStart: 15, of: text))
        #expect(!lexicon.mayOpenFigure(atWordStart: 22, of: text))
        #expect(!lexicon.mayOpenFigure(atWordStart: 29, of: text))
        #expect(
            PhraseSet([("o'clock", true), ("US$", true), ("Jan.", true), ("$", true)]).wordStartKeys == [
                "o", "us", "jan",
            ])
    }
}
