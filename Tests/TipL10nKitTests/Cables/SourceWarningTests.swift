import Foundation
import Testing
import TipL10nKit

extension Cables {
    @Suite("Source warnings: cut-off and damaged cables")
    struct SourceWarningTests {
        @Test(arguments: ["09STATE61188.txt", "09STATE60550.txt", "09STATE60608.html"])
        func wellFormedCablesGiveNoWarnings(_ name: String) throws {
            #expect(try Fixtures.document(name).warnings == [])
        }

        @Test func bareTelegramGivesNoWarnings() throws {
            #expect(try Fixtures.warnings(try Fixtures.bareKosovoTelegram(), path: "kosovo-telegram.txt") == [])
        }

        @Test func descriptionFormat() {
            let warning = SourceWarning(path: "a.txt", line: 3, message: "m")
            #expect(warning.description == "a.txt:3: warning: m")
            #expect(SourceWarning(path: "a.txt", message: "m").description == "a.txt: warning: m")
            #expect(warning == SourceWarning(path: "a.txt", line: 3, message: "m"))
        }

        /// `head -n 190`: cut inside the Prosecution section.
        @Test func cutInsideTheNarrative() throws {
            let text = Fixtures.kosovoHead(190)
            let warnings = try Fixtures.warnings(text)
            #expect(
                warnings == [
                    "kosovo.txt:131: warning: the country narrative has no 'Protection' or 'Prevention' heading: expected the sections Prosecution, Protection and Prevention",
                    "kosovo.txt:190: warning: narrative.prosecution.p1 does not end with '.', '?' or '!' ('…indicate that these local Kosovo'): the text may be cut off",
                    "kosovo.txt:190: warning: the country narrative (paragraph 8) is the last paragraph and is not closed by its '-----' rule: the cable may be cut off",
                    "kosovo.txt:190: warning: no signature line (such as 'CLINTON') after paragraph 8, the last paragraph: the cable may be cut off",
                    "kosovo.txt: warning: no press guidance: expected a paragraph 'The following is press guidance…' with 'Q1:' and 'A:' lines (paragraph 11 in 2009); the cable ends at paragraph 8",
                ])
            // The text is extracted all the same.
            let document = try Fixtures.document(text: text, path: "kosovo.txt")
            #expect(
                document.section("narrative.prosecution")?.blocks.last?.text.hasSuffix("these local Kosovo") == true)
        }

        /// `head -n 150`: cut after the first word of a sentence (the unit "The").
        @Test func cutAfterOneWord() throws {
            let warnings = try Fixtures.warnings(Fixtures.kosovoHead(150))
            #expect(
                warnings == [
                    "kosovo.txt:131: warning: the country narrative has no 'Prosecution', 'Protection' or 'Prevention' heading: expected the sections Prosecution, Protection and Prevention",
                    "kosovo.txt:150: warning: narrative.intro.p2 does not end with '.', '?' or '!' ('…efforts to do so. The'): the text may be cut off",
                    "kosovo.txt:150: warning: the country narrative (paragraph 8) is the last paragraph and is not closed by its '-----' rule: the cable may be cut off",
                    "kosovo.txt:150: warning: no signature line (such as 'CLINTON') after paragraph 8, the last paragraph: the cable may be cut off",
                    "kosovo.txt: warning: no press guidance: expected a paragraph 'The following is press guidance…' with 'Q1:' and 'A:' lines (paragraph 11 in 2009); the cable ends at paragraph 8",
                ])
        }

        @Test func narrativeWithoutItsClosingRule() throws {
            // Lines 1–234 (up to the narrative's last sentence), then a signature.
            let text = Fixtures.kosovo { lines in
                lines.removeSubrange(234...)
                lines += ["", "CLINTON"]
            }
            let warnings = try Fixtures.warnings(text)
            #expect(
                warnings == [
                    "kosovo.txt:234: warning: the country narrative (paragraph 8) is the last paragraph and is not closed by its '-----' rule: the cable may be cut off",
                    "kosovo.txt: warning: no press guidance: expected a paragraph 'The following is press guidance…' with 'Q1:' and 'A:' lines (paragraph 11 in 2009); the cable ends at paragraph 8",
                ])
        }

        @Test func pressGuidanceWithoutQuestions() throws {
            // Paragraph 11's lead sentence only, then a signature.
            let text = Fixtures.kosovo { lines in
                lines.removeSubrange(376...)
                lines += ["CLINTON"]
            }
            let warnings = try Fixtures.warnings(text)
            #expect(
                warnings == [
                    "kosovo.txt:374: warning: paragraph 11 (press guidance) has no question and answer pairs: expected lines starting 'Q1:' and 'A:'"
                ])
        }

        @Test func cutInsideAnAnswer() throws {
            let warnings = try Fixtures.warnings(Fixtures.kosovoHead(412))
            #expect(
                warnings == [
                    "kosovo.txt:412: warning: press.q3.answer does not end with '.', '?' or '!' ('…and continue trafficking prevention activities,'): the text may be cut off",
                    "kosovo.txt:412: warning: no signature line (such as 'CLINTON') after paragraph 11, the last paragraph: the cable may be cut off",
                ])
        }

        @Test func cutInsideAQuestion() throws {
            let warnings = try Fixtures.warnings(Fixtures.kosovoHead(416))
            #expect(
                warnings == [
                    "kosovo.txt:416: warning: press.q4.question does not end with '.', '?' or '!' ('…the State Department use for'): the text may be cut off",
                    "kosovo.txt:416: warning: the question 'Q3:' (press.q4) has no answer: no 'A:' line before the end of paragraph 11",
                    "kosovo.txt:416: warning: no signature line (such as 'CLINTON') after paragraph 11, the last paragraph: the cable may be cut off",
                ])
        }

        @Test func sentenceEnds() throws {
            // A closing quote or parenthesis may follow the punctuation.
            let text = Fixtures.kosovo { lines in
                lines[233] = "particularly for the purpose of \"forced begging.\""  // line 234
                lines[422] = "submitted to tipreport@state.gov (by e-mail.)"  // line 423
                lines[384] = "for the 2008-2009 reporting period!"  // line 385
            }
            let warnings = try Fixtures.warnings(text)
            #expect(warnings == [])
        }

        // MARK: - Press guidance

        @Test func textOutsideAPair() throws {
            let text = Fixtures.kosovo { lines in
                lines.insert(contentsOf: ["Note to Post: use these points only if asked.", ""], at: 376)
            }
            let warnings = try Fixtures.warnings(text)
            #expect(
                warnings == [
                    "kosovo.txt:377: warning: text in paragraph 11 (press guidance) is outside a question and answer pair and is not exported ('Note to Post: use these points…')"
                ])
            #expect(try Self.pressTexts(text) == Self.pressTexts(DefaultCable.text))
        }

        @Test func answerBeforeTheFirstQuestion() throws {
            let text = Fixtures.kosovo { lines in
                lines.insert(contentsOf: ["A: Nothing to add.", ""], at: 376)
            }
            let warnings = try Fixtures.warnings(text)
            #expect(
                warnings == [
                    "kosovo.txt:377: warning: an answer with no question: 'A:' comes before the first question of paragraph 11 (press guidance); its text is not exported"
                ])
            #expect(try Self.pressTexts(text) == Self.pressTexts(DefaultCable.text))
        }

        @Test func answerAfterAnAnswer() throws {
            let text = Fixtures.kosovo { lines in
                lines.insert(contentsOf: ["", "A: See also the narrative."], at: 385)
            }
            let warnings = try Fixtures.warnings(text)
            #expect(
                warnings == [
                    "kosovo.txt:387: warning: an answer with no question: 'A:' follows the answer to 'Q1:' (press.q1); its text is kept in press.q1.answer"
                ])
            let document = try Fixtures.document(text: text, path: "kosovo.txt")
            #expect(SourceDocumentTests.outline(document).last == "press.q4: question answer")
            #expect(
                document.section("press.q1")?.blocks.last?.text.hasSuffix(
                    "was, thus, ranked for the 2008-2009 reporting period. See also the narrative.") == true)
        }

        @Test func questionFollowedByAQuestion() throws {
            // Lines 378–386 (the first answer and the blank lines around it) removed.
            let text = Fixtures.kosovo { lines in lines.removeSubrange(377..<386) }
            let warnings = try Fixtures.warnings(text)
            #expect(
                warnings == [
                    "kosovo.txt:377: warning: the question 'Q1:' (press.q1) has no answer: no 'A:' line before the next question 'Q2:' (line 378)"
                ])
            let document = try Fixtures.document(text: text, path: "kosovo.txt")
            #expect(
                SourceDocumentTests.outline(document).suffix(4) == [
                    "press.q1: question", "press.q2: question answer", "press.q3: question answer",
                    "press.q4: question answer",
                ])
        }

        @Test func answerWithoutItsLabel() throws {
            // `A:` dropped: the answer's text runs on as the question's second paragraph.
            let text = Fixtures.kosovo { lines in
                lines[378] = "Kosovo was previously considered a Special Case because"  // line 379
            }
            let warnings = try Fixtures.warnings(text)
            #expect(
                warnings == [
                    "kosovo.txt:377: warning: the question 'Q1:' (press.q1) has no answer: no 'A:' line before the next question 'Q2:' (line 387)"
                ])
            let question = try #require(try Fixtures.document(text: text, path: "kosovo.txt").section("press.q1"))
            #expect(question.blocks.map(\.id) == ["question"])
            #expect(
                question.blocks[0].text.hasPrefix(
                    "Why was Kosovo ranked on the 2009 TIP Report? Kosovo was previously considered a Special Case"))
        }

        /// The question and answer texts of the press guidance, with their section and block IDs.
        static func pressTexts(_ text: String) throws -> [String] {
            try Fixtures.document(text: text, path: "kosovo.txt").sections.filter { $0.part == .press }.flatMap {
                section in section.blocks.map { "\(section.id).\($0.id) \($0.text)" }
            }
        }
    }
}
