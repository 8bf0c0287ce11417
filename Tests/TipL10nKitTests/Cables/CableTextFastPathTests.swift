import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// The cable reader's byte paths against the general code they stand in for, on generated
/// lines: words split by byte in ASCII text, and the backward search for a classification
/// marking without Foundation.
@Suite struct CableTextFastPathTests {
    static let pieces: [String] = [
        "UNCLAS", "UNCLAS ", "SECRET", "S E C R E T ", "CONFIDENTIAL", " ", "  ", "\t", "\n", "\r\n", "\u{0B}",
        "\u{0C}", "0000", "STATE", "060550", "IMMEDIATE", "\u{0301}", "\u{00A0}", "é", "Ž", "—", "x", "ZWJ\u{200D}",
        "\u{2028}", "\u{85}", "\u{200D}", "\u{0903}", "\u{0600}", "\u{212A}",
    ]

    static func line(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...10, using: &generator)).map { _ in
            pieces[Int.random(in: 0..<pieces.count, using: &generator)]
        }.joined()
    }

    @Test func wordsByByteAreTheWordsByCharacter() {
        var generator = SeededGenerator(state: 61)
        var ascii = 0
        for _ in 0..<20_000 {
            let text = Self.line(&generator)
            let expected = text.split(whereSeparator: { $0.isWhitespace }).map { String($0) }
            #expect(CableText.words(text) == expected, "\(text.debugDescription)")
            #expect(CableText.isBlank(text) == text.allSatisfy(\.isWhitespace), "\(text.debugDescription)")
            if text.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
        }
        #expect(ascii > 2_000)
        #expect(
            CableText.words("  TO AMEMBASSY\tPRISTINA \r\n IMMEDIATE ") == ["TO", "AMEMBASSY", "PRISTINA", "IMMEDIATE"])
    }

    @Test func theMarkingSearchFindsWhatFoundationFinds() {
        var generator = SeededGenerator(state: 62)
        var found = 0
        for _ in 0..<20_000 {
            let text = Self.line(&generator)
            for needle in ["UNCLAS ", "S E C R E T ", "SECRET "] {
                let expected = text.range(of: needle, options: .backwards)
                #expect(
                    CableText.lastRange(ofASCII: needle, in: text) == expected, "\(text.debugDescription) \(needle)")
                if expected != nil { found += 1 }
            }
        }
        #expect(found > 2_000)
        let glued = "TO AMEMBASSY PARAMARIBO IMMEDIATE 0000UNCLAS STATE 060550"
        let range = CableText.lastRange(ofASCII: "UNCLAS ", in: glued)
        #expect(range.map { String(glued[$0.lowerBound...]) } == "UNCLAS STATE 060550")
        #expect(CableText.lastRange(ofASCII: "UNCLAS ", in: "UNCLAS \u{0301}STATE") == nil)
        // A tester's cases: a joiner or spacing mark after the space (Foundation finds the
        // marking), a prepended character before it.
        for text in ["0000UNCLAS \u{200D}STATE 061188", "0000UNCLAS \u{0903}STATE 061188", "\u{0600}UNCLAS STATE 1"] {
            #expect(CableText.lastRange(ofASCII: "UNCLAS ", in: text) == text.range(of: "UNCLAS ", options: .backwards))
        }
    }
}

extension CableTextFastPathTests {
    @Test func theCaseBlindSearchIsLowerCasingAndSearching() {
        var generator = SeededGenerator(state: 63)
        let words = ["begin", "make sure", "BeGiN", "MAKE SURE", "make  sure", "beg", "in", " ", "x", "\t"]
        var found = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                words[Int.random(in: 0..<words.count, using: &generator)]
            }.joined()
            for needle in ["begin", "make sure"] {
                let expected = text.lowercased().contains(needle)
                #expect(CableText.containsASCIIIgnoringCase(needle, in: text) == expected, "\(text.debugDescription)")
                if expected { found += 1 }
            }
        }
        #expect(found > 2_000)
    }

    @Test(arguments: [
        ("END TEXT", true), ("(END FINAL TEXT)", true), ("End of Final Text.", true), ("--- end of text ---", true),
        ("E.N.D. T.E.X.T", true), ("END OF FINAL TEXT OF KOSOVO", false), ("END NARRATIVE TEXT", false), ("", false),
        ("ЕND TEXT", false),
    ])
    func endOfTextLines(line: String, isEnd: Bool) {
        #expect(CableNarrativeLayout.isEndOfText(line) == isEnd)
    }
}

extension CableTextFastPathTests {
    /// The vocabulary as `CableVocabulary.init(lines:)` counted it by `Character` for every token.
    static func vocabularyByCharacter(_ lines: [String]) -> (counts: [String: Int], compounds: [String: Int]) {
        var counts: [String: Int] = [:]
        var compounds: [String: Int] = [:]
        for line in lines {
            for token in line.split(whereSeparator: \.isWhitespace).map(String.init) {
                let word = CableVocabulary.core(token)
                guard !word.isEmpty else { continue }
                let lower = word.lowercased()
                if lower.contains("-") {
                    let parts = lower.split(separator: "-").filter { !$0.isEmpty }
                    if parts.count >= 2, parts.allSatisfy({ $0.allSatisfy(\.isLetter) }) {
                        compounds[lower, default: 0] += 1
                    }
                    for part in parts where part.allSatisfy(\.isLetter) { counts[String(part), default: 0] += 1 }
                } else if lower.allSatisfy(\.isLetter) {
                    counts[lower, default: 0] += 1
                }
            }
        }
        return (counts, compounds)
    }

    @Test func theVocabularyByByteIsTheVocabularyByCharacter() {
        var generator = SeededGenerator(state: 64)
        let pieces = [
            "Kosovo", "'s", "’s", "anti", "-", "--", "trafficking", "\"", ",", ".", "(", ")", "2009", "TIP", " ", " ",
            "Tier", "s", "'", "é", "x1", "NGO", "Serb", "majority",
        ]
        for _ in 0..<2_000 {
            let lines = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                    pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                }.joined()
            }
            let vocabulary = CableVocabulary(lines: lines)
            let expected = Self.vocabularyByCharacter(lines)
            #expect(vocabulary.counts == expected.counts, "\(lines)")
            #expect(vocabulary.compounds == expected.compounds, "\(lines)")
        }
        let vocabulary = CableVocabulary(lines: ["The anti-trafficking law, Kosovo's (2009) \"NGOs\" anti-trafficking"])
        #expect(vocabulary.compoundCount("Anti-Trafficking") == 2)
        #expect(
            vocabulary.count("kosovo") == 1 && vocabulary.count("trafficking") == 2 && vocabulary.count("ngos") == 1)
    }
}

extension CableTextFastPathTests {
    /// FIPS 180-2's examples, in the lower-case hex the store keeps.
    @Test func sourceHashesAreSHA256InLowerCaseHex() {
        #expect(
            TranslationUnit.sha256Hex(Data("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            TranslationUnit.sha256Hex(Data())
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // NFC first: `é` decomposed hashes as `é` precomposed.
        #expect(TranslationUnit.hash(of: "e\u{0301}") == TranslationUnit.hash(of: "\u{00E9}"))
        #expect(TranslationUnit.hex([0x00, 0x0A, 0xFF]) == "000aff")
    }
}

extension CableTextFastPathTests {
    @Test func theByteTestHoldsWhereverFoundationFindsTheNeedle() {
        var generator = SeededGenerator(state: 65)
        let pieces = ["-", "--", "*", "\"", "&", "#", "&#", "\u{0301}", " ", "  ", "\t", "a", "é", "x"]
        var held = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined()
            for needle in ["--", "&#", "\"\"", "  "] where text.contains(needle) {
                #expect(CableText.holdsBytes(of: needle, in: text), "\(text.debugDescription) \(needle)")
                held += 1
            }
            let bytes = Array(text.utf8)
            let hasDoubleHyphen = bytes.indices.contains { bytes[$0...].starts(with: "--".utf8) }
            #expect(CableText.holdsBytes(of: "--", in: text) == hasDoubleHyphen, "\(text.debugDescription)")
        }
        #expect(held > 2_000)
        #expect(CableText.holdsBytes(of: "--", in: "a-b-c--") && !CableText.holdsBytes(of: "--", in: "a-b-c-"))
    }
}

extension CableTextFastPathTests {
    /// A tester's crash (also before the byte search): a caption line starting with U+0600,
    /// which joins the letter after it, so the marking begins inside the line's first character.
    @Test func aCaptionAfterAPrependedCharacterDoesNotCrash() throws {
        let lines = [CableLine(number: 1, text: "\u{0600}UNCLAS STATE 061188"), CableLine(number: 2, text: "text")]
        // The caption is split from what is glued before it, as after any other text.
        #expect(
            CableParser.splittingGluedCaptions(lines) == [
                CableLine(number: 1, text: "\u{0600}"), CableLine(number: 1, text: "UNCLAS STATE 061188"), lines[1],
            ])
    }
}
