import Foundation
import Testing

@testable import TipL10nKit

@Suite struct CostWordCounterTests {
    @Test(arguments: [
        // (text, words, numbers): one example per clause of the rule (Docs/WordCount.md).
        ("Kosovo (TIER 2)", 3, 1),
        ("$158,593", 1, 1),
        ("$64,786 for the operation", 4, 1),
        ("anti-trafficking", 2, 0),
        ("Ambassador-at-Large", 3, 0),
        ("G/TIP", 2, 0),
        ("10:00 a.m. EDT", 4, 2),
        ("U.S. embassies", 2, 0),
        ("the Department's press room", 4, 0),
        ("12 years' imprisonment", 3, 1),
        ("June 16, 2009", 3, 2),
        ("2009-09-30", 3, 3),
        ("the 2008-2009 reporting period", 5, 2),
        ("1.5 million", 2, 1),
        ("www.state.gov/g/tip", 1, 0),
        ("see www.state.gov/g/tip.", 2, 0),
        ("https://www.state.gov/j/tip/rls/tiprpt/2009/ (the Report)", 3, 0),
        ("information submitted to tipreport@state.gov.", 4, 0),
        ("Q1:", 1, 0),
        ("-- penalties – that are — stringent", 4, 0),
        ("Kosovo\u{00A0}Serbs", 2, 0),
        ("snake_case", 1, 0),
        ("", 0, 0),
        ("-- ... --", 0, 0),
    ])
    func wordsAndNumbersFollowTheRule(text: String, words: Int, numbers: Int) {
        let count = WordCounter.count(text)
        #expect(count.words == words, "\(text): \(WordCounter.words(in: text))")
        #expect(count.numbers == numbers, "\(text)")
    }

    @Test func theDocumentedExampleCountsElevenWords() {
        let text = "On June 16, 2009, at 10:00 a.m. EDT, see www.state.gov/g/tip."
        #expect(
            WordCounter.words(in: text) == [
                "On", "June", "16", "2009", "at", "10", "00", "a.m", "EDT", "see", "www.state.gov/g/tip",
            ])
        #expect(WordCounter.count(text) == WordCount(words: 11, numbers: 4, characters: 52, punctuation: 6))
    }

    @Test func charactersArePunctuationAndWordCharactersWithoutWhiteSpace() {
        // K-o-s-o-v-o T-I-E-R 2: 11 word characters; ( and ): 2 punctuation.
        #expect(WordCounter.count("Kosovo (TIER 2)") == WordCount(words: 3, numbers: 1, characters: 13, punctuation: 2))
        // "$158,593.": $ and the final . are punctuation; the comma joins the digits.
        #expect(WordCounter.count("$158,593.") == WordCount(words: 1, numbers: 1, characters: 9, punctuation: 2))
    }

    @Test func decomposedTextCountsLikeComposedText() {
        let composed = "Priština’s shelter"
        let decomposed = "Pris\u{030C}tina’s shelter"
        #expect(WordCounter.count(decomposed) == WordCounter.count(composed))
        #expect(WordCounter.count(composed).words == 2)
        #expect(WordCounter.count(composed).characters == 17)
    }

    @Test func inlineCodesAreCountedApartAndStandaloneCodesSeparateWords() {
        let content = InlineContent(pieces: [
            .code(InlineCode(element: "g", position: .opening, id: "1")),
            .text("Kos"),
            .code(InlineCode(element: "g", position: .closing, id: "1")),
            .text("ovo end."),
            .code(InlineCode(element: "x", id: "2")),
            .text("Next"),
        ])
        #expect(
            WordCounter.count(content)
                == WordCount(words: 3, numbers: 0, characters: 14, punctuation: 1, inlineCodes: 3))
    }

    @Test func handCountedUnitsOfTheKosovoCable() throws {
        let units = try Self.kosovoUnits()
        func count(_ id: String) -> WordCount? {
            units.first { $0.id == id }.map { WordCounter.count($0.source) }
        }
        // "To help remedy … the two NGO-run shelters, the government, in cooperation with international
        // donors, provided critical funding totaling $158,593." — 24 words, 1 number.
        #expect(count("narrative.protection.p1.s2")?.words == 24)
        #expect(count("narrative.protection.p1.s2")?.numbers == 1)
        // "… two to 12 years' imprisonment – penalties …": 36 words, 1 number.
        #expect(count("narrative.prosecution.p1.s1")?.words == 36)
        #expect(count("narrative.prosecution.p1.s1")?.numbers == 1)
        // "… February 2008 and was, thus, ranked for the 2008-2009 reporting period.": 16 words, 3 numbers.
        #expect(count("press.q1.answer.s3")?.words == 16)
        #expect(count("press.q1.answer.s3")?.numbers == 3)
        // "… from U.S. embassies, … submitted to tipreport@state.gov.": 31 words.
        #expect(count("press.q4.answer.s1")?.words == 31)
        #expect(count("narrative.title") == WordCount(words: 3, numbers: 1, characters: 13, punctuation: 2))
    }

    /// A second, simpler counter for the rule: addresses become one token; hyphens, dashes,
    /// slashes and colons become spaces; a white-space token with a letter or digit is a word.
    static func simpleCount(_ text: String) -> (words: Int, numbers: Int) {
        var text = text.replacingOccurrences(of: #"\S+@\S+"#, with: "X", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(https?://|www\.)\S+"#, with: "X", options: .regularExpression)
        for separator in ["-", "\u{2013}", "\u{2014}", "/", ":"] {
            text = text.replacingOccurrences(of: separator, with: " ")
        }
        let tokens = text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }
        let numbers = tokens.filter { token in
            let core = token.drop { !$0.isNumber && !$0.isLetter }.reversed().drop { !$0.isNumber && !$0.isLetter }
            return core.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
        }
        return (tokens.count, numbers.count)
    }

    static func kosovoUnits(parts: Set<SourcePart> = [.narrative, .press]) throws -> [TranslationUnit] {
        try CostSource.read(DefaultCable.data, path: DefaultCable.fileName, segmenter: .defaultEnglish(), parts: parts)
            .units
    }

    @Test func theKosovoNarrativeAndPressCountAsASecondCounterSays() throws {
        let units = try Self.kosovoUnits()
        #expect(units.count == 47)
        for unit in units {
            let simple = Self.simpleCount(unit.source)
            let count = WordCounter.count(unit.source)
            #expect(count.words == simple.words, "\(unit.id): \(unit.source)")
            #expect(count.numbers == simple.numbers, "\(unit.id): \(unit.source)")
        }
        let narrative = units.filter { $0.part == .narrative }.map { WordCounter.count($0.source).words }
        let press = units.filter { $0.part == .press }.map { WordCounter.count($0.source).words }
        #expect(narrative.reduce(0, +) == 745)
        #expect(press.reduce(0, +) == 286)
        #expect(units.map { Self.simpleCount($0.source).words }.reduce(0, +) == 1_031)
    }

    @Test func theKosovoJobSplitsIntoNewWordsAndTheRepeatedPressAnswer() throws {
        let units = try Self.kosovoUnits()
        let job = JobWordCount.analyze(units, locale: "sq", memory: TranslationMemory(entries: []))
        #expect(job.words(.new) == 968)
        #expect(job.words(.exact) == 0)
        #expect(job.words(.repetition) == 63)
        #expect(job.total.words == 1_031)
        // Press answer 2 repeats three sentences of the narrative's introduction word for word.
        #expect(
            job.units.filter { $0.category == .repetition }.map { "\($0.unitID)=\($0.repeats ?? "")" } == [
                "press.q2.answer.s1=narrative.intro.p2.s1", "press.q2.answer.s2=narrative.intro.p2.s2",
                "press.q2.answer.s3=narrative.intro.p2.s3",
            ])
        #expect(job.weightedWords(RateTable.defaultWeights) == Decimal(string: "986.9"))
    }

    static func entry(_ source: String, _ target: String, state: TranslationState = .translated) -> MemoryEntry {
        MemoryEntry(
            sourceText: source, sourceHash: TranslationUnit.hash(of: source), locale: "sq",
            target: InlineContent(text: target), state: state, origin: "09STATE60550/\(source.count)",
            updatedAt: StoreFixtures.importDate)
    }

    @Test func aMemoryMatchOfTheSameSourceIsExactOnlyForItsFirstOccurrence() {
        let units = [
            StoreFixtures.unit("narrative.intro.p1.s1", "Kosovo is a source country."),
            StoreFixtures.unit("narrative.intro.p1.s2", "Victims are women."),
            StoreFixtures.unit("press.q1.answer.s1", "Kosovo is a source country.", part: .press, paragraph: 11),
        ]
        let memory = TranslationMemory(entries: [Self.entry("Kosovo is a source country.", "Kosova është vend burim.")])
        let job = JobWordCount.analyze(units, locale: "sq", memory: memory)
        #expect(job.units.map(\.category) == [.exact, .new, .repetition])
        #expect(job.words(.exact) == 5)
        #expect(job.words(.new) == 3)
        #expect(job.words(.repetition) == 5)
        #expect(job.units[2].repeats == "narrative.intro.p1.s1")
    }

    /// Scores by ``WordSimilarity``: one word of 20 changed is 95 %, one of 10 is 90 %, one of 5 is
    /// 80 %, one of 4 is 75 %, two of 5 is 60 % (below the threshold: new).
    @Test func fuzzyMatchesFallInTheirBands() {
        func words(_ count: Int, changing changed: Int = 0) -> String {
            (1...count).map { $0 <= changed ? "other\($0)" : "word\($0)" }.joined(separator: " ") + "."
        }
        let memory = TranslationMemory(entries: [20, 10, 5, 4, 7].map { Self.entry(words($0), "fjalë") })
        let units = [
            StoreFixtures.unit("narrative.intro.p1.s1", words(20, changing: 1)),
            StoreFixtures.unit("narrative.intro.p1.s2", words(10, changing: 1)),
            StoreFixtures.unit("narrative.intro.p1.s3", words(5, changing: 1)),
            StoreFixtures.unit("narrative.intro.p1.s4", words(4, changing: 1)),
            StoreFixtures.unit("narrative.intro.p1.s5", words(5, changing: 2)),
        ]
        let job = JobWordCount.analyze(units, locale: "sq", memory: memory)
        #expect(job.units.map(\.category) == [.fuzzy95, .fuzzy85, .fuzzy75, .fuzzy75, .new])
        #expect(job.words(.fuzzy95) == 20)
        #expect(job.words(.fuzzy85) == 10)
        #expect(job.words(.fuzzy75) == 9)
        #expect(job.words(.new) == 5)
        // A threshold of 85 leaves the 75-84 % matches new.
        let strict = JobWordCount.analyze(units, locale: "sq", memory: memory, fuzzyThreshold: 85)
        #expect(strict.units.map(\.category) == [.fuzzy95, .fuzzy85, .new, .new, .new])
        // 20 × 0.6 + 10 × 0.7 + 9 × 0.8 + 5 × 1 = 31.2 weighted words.
        #expect(job.weightedWords(RateTable.defaultWeights) == Decimal(string: "31.2"))
        #expect(MatchCategory.band(ofFuzzyScore: 99) == .fuzzy95)
        #expect(MatchCategory.band(ofFuzzyScore: 94) == .fuzzy85)
        #expect(MatchCategory.band(ofFuzzyScore: 84) == .fuzzy75)
        #expect(MatchCategory.band(ofFuzzyScore: 74) == .new)
    }
}
