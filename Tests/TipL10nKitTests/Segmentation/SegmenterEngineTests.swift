import Foundation
import Testing

@testable import TipL10nKit

extension SegmentationTests {
    /// The SRX matching engine, with small rule sets written in code.
    @Suite struct SegmenterEngineTests {
        static func segmenter(_ rules: [SRXDocument.Rule]) throws -> Segmenter {
            let document = SRXDocument(
                path: "test.srx",
                languageRules: [SRXDocument.LanguageRule(name: "test", rules: rules)],
                languageMaps: [SRXDocument.LanguageMap(languagePattern: ".*", languageRuleName: "test")])
            return try Segmenter(rules: document)
        }

        @Test func firstMatchingRuleDecides() throws {
            let exceptionFirst = try Self.segmenter([
                SRXDocument.Rule(isBreak: false, beforeBreak: #"\bMr\."#, afterBreak: #"\s"#),
                SRXDocument.Rule(isBreak: true, beforeBreak: #"[.?!]+"#, afterBreak: #"\s+\p{Lu}"#),
            ])
            #expect(exceptionFirst.marked("Hello Mr. Smith. Bye.") == "Hello Mr. Smith.¦ Bye.")

            let breakFirst = try Self.segmenter([
                SRXDocument.Rule(isBreak: true, beforeBreak: #"[.?!]+"#, afterBreak: #"\s+\p{Lu}"#),
                SRXDocument.Rule(isBreak: false, beforeBreak: #"\bMr\."#, afterBreak: #"\s"#),
            ])
            #expect(breakFirst.marked("Hello Mr. Smith. Bye.") == "Hello Mr.¦ Smith.¦ Bye.")
        }

        @Test func positionsNoRuleMatchesAreNotBreaks() throws {
            let segmenter = try Self.segmenter([SRXDocument.Rule(isBreak: true, beforeBreak: "!", afterBreak: " ")])
            #expect(segmenter.marked("One. Two! Three?") == "One. Two!¦ Three?")
        }

        @Test func boundedAndUnboundedBeforeBreakGiveTheSameBreaks() throws {
            // `{1,9}` compiles as a lookbehind; `+` cannot and takes the scanning path.
            let bounded = try Self.segmenter([
                SRXDocument.Rule(isBreak: true, beforeBreak: #"[.?!]{1,9}["”]?"#, afterBreak: #"\s"#)
            ])
            let unbounded = try Self.segmenter([
                SRXDocument.Rule(isBreak: true, beforeBreak: #"[.?!]+["”]*"#, afterBreak: #"\s"#)
            ])
            let text = #"Why?! "Because." Fine... ok"#
            #expect(bounded.marked(text) == #"Why?!¦ "Because."¦ Fine...¦ ok"#)
            #expect(unbounded.marked(text) == #"Why?!¦ "Because."¦ Fine...¦ ok"#)
        }

        @Test func overlappingBeforeBreakMatchesAreAllFound() throws {
            // Two words before a space: the match ending after "cc" starts inside the one
            // ending after "bb", so a scan resuming after each match would miss it.
            let unbounded = try Self.segmenter([
                SRXDocument.Rule(isBreak: true, beforeBreak: #"\w+ \w+"#, afterBreak: " ")
            ])
            #expect(unbounded.marked("aa bb cc dd") == "aa bb¦ cc¦ dd")

            let bounded = try Self.segmenter([SRXDocument.Rule(isBreak: true, beforeBreak: "[a-z]{2}")])
            #expect(bounded.marked("abcd") == "ab¦c¦d")
        }

        @Test func unboundedExceptionIsCheckedAtEachCandidate() throws {
            let segmenter = try Self.segmenter([
                SRXDocument.Rule(isBreak: false, beforeBreak: #"\(\w+\."#, afterBreak: ""),
                SRXDocument.Rule(isBreak: true, beforeBreak: #"\."#, afterBreak: " "),
            ])
            #expect(segmenter.marked("See (abc. def) here. Next.") == "See (abc. def) here.¦ Next.")
        }

        @Test func mergedExceptionsKeepTheirMeaning() throws {
            // Consecutive no-break rules are tried as one alternation, except those with a
            // backreference; duplicate group names make the alternation fall back to one by one.
            let rules = [
                SRXDocument.Rule(isBreak: false, beforeBreak: #"(?<n>Mr)\."#, afterBreak: #"\s"#),
                SRXDocument.Rule(isBreak: false, beforeBreak: #"(?<n>Dr)\."#, afterBreak: #"\s"#),
                SRXDocument.Rule(isBreak: false, beforeBreak: #"\b(\w)\1\."#, afterBreak: #"\s"#),
                SRXDocument.Rule(isBreak: false, beforeBreak: #"\bNo\."#, afterBreak: #"\s+\d"#),
                SRXDocument.Rule(isBreak: false, beforeBreak: #"\bSt\."#, afterBreak: #"\s"#),
                SRXDocument.Rule(isBreak: true, beforeBreak: #"[.?!]"#, afterBreak: #"\s"#),
            ]
            let groups = SRXRuleGroup.grouping(try rules.map { try SRXRuleMatcher(rule: $0, path: "test.srx") })
            #expect(groups.map(\.members.count) == [2, 1, 2, 1])
            let segmenter = try Self.segmenter(rules)
            #expect(
                segmenter.marked("Mr. A and Dr. B saw aa. Then ab. No. 5 and No. Five at St. Paul.")
                    == "Mr. A and Dr. B saw aa. Then ab.¦ No. 5 and No.¦ Five at St. Paul.")
        }

        @Test func emptyPatternsMatchEverywhere() throws {
            let everywhere = try Self.segmenter([SRXDocument.Rule(isBreak: true)])
            #expect(everywhere.segments(in: "abc") == ["a", "b", "c"])

            let beforeOnly = try Self.segmenter([SRXDocument.Rule(isBreak: true, beforeBreak: ";")])
            #expect(beforeOnly.marked("a;b;c") == "a;¦b;¦c")

            let afterOnly = try Self.segmenter([SRXDocument.Rule(isBreak: true, afterBreak: "#")])
            #expect(afterOnly.marked("a#b#") == "a¦#b¦#")
        }

        @Test func anchoredPatternsSeeTheWholeText() throws {
            // Okapi-style "a numbered item at the start of the text": `^` is the start of the
            // text, even for a candidate further away than the matching window.
            let segmenter = try Self.segmenter([
                SRXDocument.Rule(isBreak: false, beforeBreak: #"^\s*[0-9]+\."#, afterBreak: #"\s"#),
                SRXDocument.Rule(isBreak: true, beforeBreak: #"\."#, afterBreak: #"\s"#),
            ])
            #expect(segmenter.marked("12. Item. And 13. More") == "12. Item.¦ And 13.¦ More")

            // `^` must not match at the edge of the matching window: the "X" at the start of
            // the text, 2,000 characters back, keeps this exception from matching.
            let noX = try Self.segmenter([
                SRXDocument.Rule(isBreak: false, beforeBreak: #"^[^X]*\d\."#, afterBreak: #"\s"#),
                SRXDocument.Rule(isBreak: true, beforeBreak: #"\."#, afterBreak: #"\s"#),
            ])
            let padding = String(repeating: "word ", count: 400)
            #expect(noX.characterBreaks(in: "X" + padding + "5. Next") == [1 + padding.count + 2])
            #expect(noX.characterBreaks(in: "Y" + padding + "5. Next") == [])
        }

        @Test func longBoundedLookbehindSeesBackToTheWindowEdge() throws {
            // A lookbehind of 250 characters still fits in the matching window (256).
            let segmenter = try Self.segmenter([
                SRXDocument.Rule(isBreak: false, beforeBreak: "a x{250}", afterBreak: "y"),
                SRXDocument.Rule(isBreak: true, beforeBreak: "x", afterBreak: "y"),
            ])
            let run = String(repeating: "x", count: 250)
            #expect(segmenter.characterBreaks(in: "a " + run + "y") == [])
            #expect(segmenter.characterBreaks(in: "b " + run + "y") == [252])
        }

        @Test func rangesCoverTheTextAndSegmentsAreTrimmed() throws {
            let segmenter = try Self.segmenter([
                SRXDocument.Rule(isBreak: true, beforeBreak: #"\."#, afterBreak: #"\s"#)
            ])
            let text = "  One.\n\tTwo.  \u{00A0}Three.   "
            let ranges = segmenter.segmentRanges(in: text)
            #expect(ranges.map { String(text[$0]) } == ["  One.", "\n\tTwo.", "  \u{00A0}Three.", "   "])
            #expect(ranges.first?.lowerBound == text.startIndex)
            #expect(ranges.last?.upperBound == text.endIndex)
            #expect(segmenter.segments(in: text) == ["One.", "Two.", "Three."])
            #expect(segmenter.segments(in: "   ") == [])
            #expect(segmenter.segmentRanges(in: "") == [])
            #expect(segmenter.segmentRanges(in: "x") == ["x".startIndex..<"x".endIndex])
        }

        @Test func offsetsAreUTF16AndBreaksStayOnCharacterBoundaries() throws {
            let segmenter = try Self.segmenter([SRXDocument.Rule(isBreak: true, beforeBreak: #"\."#)])
            // "😀" is two UTF-16 units; "e\u{301}" one Character of two scalars.
            let text = "😀. e.\u{301}x. y"
            #expect(segmenter.breakOffsets(in: text) == [3, 6, 9])
            #expect(segmenter.segmentRanges(in: text).map { String(text[$0]) } == ["😀.", " e.\u{301}x.", " y"])
        }

        @Test func oneSegmenterServesManyTasksAtOnce() async throws {
            let segmenter = try Segmenter.defaultEnglish()
            let text = String(repeating: "The U.S. Congress met at 10:00 a.m. EDT. Is it Tier 2? Yes. ", count: 50)
            let expected = segmenter.segments(in: text)
            #expect(expected.count == 150)
            let results = await withTaskGroup(of: [String].self) { group in
                for _ in 0..<8 { group.addTask { segmenter.segments(in: text) } }
                var results: [[String]] = []
                for await result in group { results.append(result) }
                return results
            }
            #expect(results == Array(repeating: expected, count: 8))
        }

        @Test func exposesTheRulesInOrder() throws {
            let rules = [
                SRXDocument.Rule(isBreak: false, beforeBreak: "a", line: 7),
                SRXDocument.Rule(isBreak: true, beforeBreak: "b", line: 8),
            ]
            let segmenter = try Self.segmenter(rules)
            #expect(segmenter.rules == rules)
            #expect(segmenter.languageCode == "en")
        }
    }
}
