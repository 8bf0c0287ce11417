import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// The hand-written fast paths of the checks against the general code they replace, on
/// generated text: the same links as the link regex, the same words and letter counts by
/// scalar as by `Character`, the same clause counts.
@Suite struct FastPathEquivalenceTests {
    /// Pieces that make links, near-links and the characters around them likely.
    static let pieces: [String] = [
        "http://", "HTTPS://", "ftp://", "www.", "WwW.", "@", ".", ".", "..", "a", "b", "Kosovo", "com", "c1", "-", "_",
        "%", "+", " ", " ", "\u{00A0}", "\n", "\r\n", "<", ">", "\"", ")", "”", "é", "e\u{0301}", "ë", "ж", "1", "20",
        ":", "/", ",", "org", "x", "؟", "。", "–", "—",
    ]

    static func text(_ generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 1...14, using: &generator)
        return (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
    }

    @Test func theLinkScannerFindsWhatTheLinkPatternFinds() throws {
        let pattern = try Regex(VerificationText.linkPatternSource)
        var generator = SeededGenerator(state: 15)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            let expected = text.matches(of: pattern).map(\.range)
            #expect(LinkScanner(text).matches() == expected, "\(text.debugDescription)")
        }
    }

    @Test func theTextsSharedByAPairsChecksAreWhatEachCheckWorkedOut() {
        var generator = SeededGenerator(state: 41)
        var masked = 0
        var normalized = 0
        for _ in 0..<10_000 {
            let source = Self.text(&generator)
            let target = Self.text(&generator)
            let pair = TranslationPair(
                location: "t.xlf", line: 1, unitID: "u", source: InlineContent(text: source),
                target: InlineContent(text: target))
            let texts = PairTexts(pair)
            #expect(texts.sourceLinks == VerificationText.links(in: source))
            #expect(texts.targetLinks == VerificationText.links(in: target))
            #expect(texts.maskedSource.utf8.elementsEqual(VerificationText.maskingLinks(in: source).utf8))
            #expect(texts.maskedTarget.utf8.elementsEqual(VerificationText.maskingLinks(in: target).utf8))
            let nfcSource = VerificationText.maskingLinks(in: VerificationText.nfc(source))
            #expect(texts.maskedNFCSource.utf8.elementsEqual(nfcSource.utf8), "\(source.debugDescription)")
            #expect(
                texts.maskedNFCTarget.utf8.elementsEqual(
                    VerificationText.maskingLinks(in: VerificationText.nfc(target)).utf8))
            if !texts.sourceLinks.isEmpty { masked += 1 }
            if !nfcSource.utf8.elementsEqual(source.utf8) { normalized += 1 }
        }
        #expect(masked > 1_000)
        #expect(normalized > 1_000)
        let bare = PairTexts(
            TranslationPair(
                location: "t.xlf", line: 1, unitID: "u", source: InlineContent(text: "www.a.org x"), target: nil))
        #expect(bare.targetLinks.isEmpty && bare.maskedTarget == "" && bare.maskedNFCTarget == "")
        #expect(bare.maskedSource == "          x")
    }

    @Test func theLinkScannerOnKnownText() {
        let text = "See https://www.state.gov/tip, write to tip@state.gov. or A.B@x.co.uk1 and www."
        let found = LinkScanner(text).matches().map { String(text[$0]) }
        #expect(found == ["https://www.state.gov/tip,", "tip@state.gov", "A.B@x.co.uk"])
    }

    @Test func wordsAndTokensByScalarAreTheWordsByCharacter() {
        var generator = SeededGenerator(state: 27)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            let byCharacter = Self.characterRuns(text) { $0.isLetter }
            #expect(VerificationText.words(in: text).map(String.init) == byCharacter, "\(text.debugDescription)")
            let tokens = Self.characterRuns(text.precomposedStringWithCanonicalMapping) { $0.isLetter || $0.isNumber }
                .map { $0.lowercased() }
            #expect(VerificationText.tokens(in: text) == tokens, "\(text.debugDescription)")
        }
        // Tokens are read from the UTF-8 bytes: scalars of two, three and four bytes, digits and
        // numbers outside ASCII, and scalars that send the text to the general code.
        let more =
            Self.pieces + ["½", "²", "٣", "Ђ", "ЖЖ", "\u{2028}", "‰", "😀", "\u{212A}", "\u{0483}", "Σ", "ẞ", "İ"]
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...14, using: &generator)
            let text = (0..<count).map { _ in more[Int.random(in: 0..<more.count, using: &generator)] }.joined()
            let tokens = Self.characterRuns(text.precomposedStringWithCanonicalMapping) { $0.isLetter || $0.isNumber }
                .map { $0.lowercased() }
            #expect(VerificationText.tokens(in: text) == tokens, "\(text.debugDescription)")
        }
    }

    /// The script check's one-pass test turns down only targets in which its word-by-word
    /// reading finds nothing, for a Latin and a Cyrillic profile.
    @Test func theScriptCheckTurnsDownOnlyTargetsWithNothingToReport() {
        let letters = [
            "Vlada", "ë", "ç", "Ş", "ǅ", "ª", "µ", "º", "×", "÷", "«", "»", "\u{00AD}", "\u{00A0}", "¿", "Влада", "ђ",
            "Ѐ", "\u{0483}", "Ω", "ά", "ا", "政府", "ɐ", "ḁ", "Ａ", "ᴀ", "e\u{0301}", "IOM", "OSCE", " ", "-", "–", "“",
            "‰", "\u{2028}", "\u{2060}", ".", "1",
        ]
        var generator = SeededGenerator(state: 63)
        var turnedDown = 0
        var reported = 0
        for profile in [VerificationFixtures.sq, VerificationFixtures.serbianCyrillic] {
            for _ in 0..<10_000 {
                let count = Int.random(in: 1...8, using: &generator)
                let target = (0..<count).map { _ in letters[Int.random(in: 0..<letters.count, using: &generator)] }
                    .joined()
                let pair = VerificationFixtures.pair("x", target, profile: profile)
                let texts = PairTexts(pair)
                let found = ScriptCheck().wordFindings(in: pair, texts: texts)
                if ScriptCheck.holdsNothingToReport(texts.maskedTarget, script: profile.script) {
                    turnedDown += 1
                    #expect(found.isEmpty, "\(profile.tag) \(target.debugDescription): \(found.map(\.message))")
                }
                if !found.isEmpty { reported += 1 }
                #expect(ScriptCheck().findings(in: pair, texts: texts) == found)
            }
        }
        // Both outcomes are common in the generated texts.
        #expect(turnedDown > 2_000 && reported > 2_000, "\(turnedDown) \(reported)")
    }

    @Test func letterCountsByScalarAreTheCountsByCharacter() {
        var generator = SeededGenerator(state: 39)
        for _ in 0..<20_000 {
            let text = Self.text(&generator)
            #expect(
                LengthRatio.length(of: text) == text.count { $0.isLetter || $0.isNumber }, "\(text.debugDescription)")
        }
    }

    @Test func englishWordsByScalarAreTheWordsByCharacter() {
        var generator = SeededGenerator(state: 51)
        for _ in 0..<20_000 {
            let text = Self.text(&generator) + "Mr. Smith: 2 Cases\r\nThe end"
            var expected: [(String, Bool)] = []
            var isInitial = true
            var current = ""
            for character in text {
                if character.isLetter {
                    current.append(character)
                    continue
                }
                if !current.isEmpty {
                    expected.append((current, isInitial))
                    isInitial = false
                    current = ""
                }
                if ".!?:;•".contains(character) || character == "\n" { isInitial = true }
                if character.isNumber { isInitial = false }
            }
            if !current.isEmpty { expected.append((current, isInitial)) }
            let found = EnglishLexicon.wordsWithPosition(in: text)
            #expect(found.map { String($0.word) } == expected.map(\.0), "\(text.debugDescription)")
            #expect(found.map(\.isInitial) == expected.map(\.1), "\(text.debugDescription)")
        }
    }

    @Test func theEnglishPrefilterTurnsDownNoTargetWithARun() {
        let words = [
            "the", "The", "THE", "government", "Government", "did", "not", "investigate", "Kosovo", "OSCE", "a", "me",
            "qeveria", "nuk", "hetoi", "e", "dhe", "Roma", "www.state.gov", "trafficking", "Trafficking", "cases",
            "rasteve", "2009", ".", ",", ":", "\n", "Why", "why", "ne\u{0301}", "né", "UNMIK",
        ]
        var generator = SeededGenerator(state: 73)
        func text() -> String {
            (0..<Int.random(in: 1...14, using: &generator)).map { _ in
                words[Int.random(in: 0..<words.count, using: &generator)]
            }.joined(separator: " ")
        }
        let neutral: Set<String> = ["unmik"]
        var withRuns = 0
        var turnedDown = 0
        for _ in 0..<20_000 {
            let source = text()
            let target = text()
            let runs = EnglishLexicon(sources: [source]).englishRuns(in: target, neutral: neutral, minimum: 3)
            let mayHold = EnglishCheck.mayHoldRun(in: target, source: source, neutral: neutral, minimum: 3)
            if !runs.isEmpty {
                withRuns += 1
                #expect(mayHold, "\(source.debugDescription) → \(target.debugDescription): \(runs)")
            }
            if !mayHold { turnedDown += 1 }
        }
        // Both kinds occur, so the comparison is of something.
        #expect(withRuns > 1_000, "\(withRuns)")
        #expect(turnedDown > 1_000, "\(turnedDown)")
    }

    /// The English prefilter by hashes lets through every target the prefilter by strings (the
    /// code it replaced, below) lets through, on pairs with non-ASCII words, marks, a Kelvin
    /// sign and neutral words of both kinds; and turns down most of what that one turns down.
    @Test func theEnglishPrefilterByHashLetsThroughWhatThePrefilterByStringDoes() {
        let words = [
            "the", "The", "THE", "government", "did", "not", "Kosovo", "OSCE", "a", "me", "qeveria", "nuk", "është",
            "për", "Për", "PËR", "e", "dhe", "né", "ne\u{0301}", "tak\u{212A}e", "ta\u{212A}e", "take", "TAKE",
            "ǅemal", "ǆemal", "straße", "STRASSE", "ı", "İ", "i", "www.state.gov", "2009", ".", ",", "\n", "Влада",
            "влада", "UNMIK", "Unmik", "þing", "Þing",
        ]
        var generator = SeededGenerator(state: 77)
        func text() -> String {
            (0..<Int.random(in: 1...14, using: &generator)).map { _ in
                words[Int.random(in: 0..<words.count, using: &generator)]
            }.joined(separator: " ")
        }
        var letThrough = 0
        var same = 0
        for neutral: Set<String> in [[], ["unmik", "për", "take"]] {
            for _ in 0..<10_000 {
                // Not normalized, so that the Kelvin sign and the decomposed é reach the prefilter.
                let source = text()
                let target = text()
                let byString = Self.mayHoldRunByString(
                    maskedTarget: target, maskedSource: source, neutral: neutral, minimum: 3)
                let byHash = EnglishCheck.mayHoldRun(
                    maskedTarget: target, maskedSource: source, neutral: neutral, minimum: 3)
                if byString {
                    letThrough += 1
                    #expect(byHash, "\(source.debugDescription) → \(target.debugDescription)")
                }
                if byString == byHash { same += 1 }
            }
        }
        #expect(letThrough > 2_000, "\(letThrough)")
        #expect(same > 19_900, "\(same)")
    }

    /// The English prefilter as it was written with strings: the target's words, lower-cased,
    /// less acronyms and neutral words; at least `minimum` of them among the source's words.
    static func mayHoldRunByString(
        maskedTarget: String, maskedSource: String, neutral: Set<String>, minimum: Int
    ) -> Bool {
        var keys: [String] = []
        for word in VerificationText.words(in: maskedTarget) where !EnglishLexicon.isAcronym(word) {
            let key = word.lowercased()
            if !neutral.contains(key) { keys.append(key) }
        }
        guard keys.count >= minimum else { return false }
        let wanted = Set(keys)
        var found: Set<String> = []
        for (word, _) in EnglishLexicon.wordsWithPosition(in: maskedSource) where wanted.contains(word.lowercased()) {
            found.insert(word.lowercased())
        }
        return keys.count { found.contains($0) } >= minimum
    }

    static func characterRuns(_ text: String, where belongs: (Character) -> Bool) -> [String] {
        var runs: [String] = []
        var current = ""
        for character in text {
            if belongs(character) {
                current.append(character)
            } else if !current.isEmpty {
                runs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
