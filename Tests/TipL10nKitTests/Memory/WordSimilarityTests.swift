import Foundation
import Testing

@testable import TipL10nKit

@Suite struct WordSimilarityTests {
    @Test func wordsAreLowerCasedRunsOfLettersAndDigits() {
        #expect(
            WordSimilarity.words(in: "Kosovo (TIER 2): two-to-12 years' imprisonment, $158,593.")
                == ["kosovo", "tier", "2", "two", "to", "12", "years", "imprisonment", "158", "593"])
        #expect(WordSimilarity.words(in: "Ç’ka bëri Qeveria?") == ["ç", "ka", "bëri", "qeveria"])
        #expect(WordSimilarity.words(in: " – … ") == [])
    }

    @Test func distanceCountsWordEdits() {
        #expect(WordSimilarity.distance(["a", "b", "c"], ["a", "b", "c"]) == 0)
        #expect(WordSimilarity.distance(["a", "b", "c"], ["a", "x", "c"]) == 1)
        #expect(WordSimilarity.distance(["a", "b", "c"], ["a", "c"]) == 1)
        #expect(WordSimilarity.distance([], ["a", "b"]) == 2)
        #expect(WordSimilarity.distance(["a", "b", "c", "d"], ["b", "a", "d", "c"]) == 3)
    }

    @Test func percentageIsOneMinusDistanceOverTheLongerTextRoundedDown() {
        let old = "Most foreign victims are young women from Eastern Europe subjected to forced prostitution."
        let new = "Most foreign victims are young women from Eastern Europe who are subjected to forced prostitution."
        // 13 and 15 words, 2 inserted: 1 - 2/15 = 0.867.
        #expect(WordSimilarity.percentage(old, new) == 86)
        #expect(WordSimilarity.percentage("Prosecution", "PROSECUTION.") == 100)
        // 4 words, 1 substituted: 75 exactly.
        #expect(WordSimilarity.percentage("one two three four", "one two three five") == 75)
        // 3 words, 1 substituted: 66.67 rounds down to 66.
        #expect(WordSimilarity.percentage("one two three", "one two four") == 66)
        #expect(WordSimilarity.percentage("", "") == 100)
        #expect(WordSimilarity.percentage("", "word") == 0)
    }

    @Test func memoryPrefersExactThenTheBestFuzzyAboveTheThreshold() {
        let date = Date(timeIntervalSince1970: 0)
        func entry(
            _ source: String, _ target: String, _ origin: String, _ state: TranslationState = .translated
        )
            -> MemoryEntry
        {
            MemoryEntry(
                sourceText: source, sourceHash: TranslationUnit.hash(of: source), locale: "sq",
                target: InlineContent(text: target), state: state, origin: origin, updatedAt: date)
        }
        let memory = TranslationMemory(entries: [
            entry("one two three four", "një dy tre katër", "C/a"),
            entry("one two three four", "NJË DY TRE KATËR", "C/b", .reviewed),
            entry("one two three five six", "një dy tre pesë gjashtë", "C/c"),
        ])
        let exact = memory.match(
            source: "one two three four", sourceHash: TranslationUnit.hash(of: "one two three four"))
        #expect(exact?.kind == .exact)
        #expect(exact?.score == 100)
        #expect(exact?.entry.origin == "C/b")
        // Same words, other punctuation: the best fuzzy score, capped at 99.
        let fuzzy = memory.match(source: "One, two, three, four!", sourceHash: TranslationUnit.hash(of: "x"))
        #expect(fuzzy?.kind == .fuzzy)
        #expect(fuzzy?.score == 99)
        #expect(fuzzy?.entry.origin == "C/b")
        let below = memory.match(source: "one two seven eight", sourceHash: "sha256:0", threshold: 75)
        #expect(below == nil)
        let lowered = memory.match(source: "one two seven eight", sourceHash: "sha256:0", threshold: 50)
        #expect(lowered?.score == 50)
        #expect(lowered?.entry.origin == "C/b")
    }
}
