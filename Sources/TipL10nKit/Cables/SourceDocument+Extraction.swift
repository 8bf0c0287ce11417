import Foundation

extension SourceDocument {
    /// The country-narrative headings that open the sections `narrative.prosecution`,
    /// `narrative.protection` and `narrative.prevention`.
    public static let narrativeHeadings = ["Prosecution", "Protection", "Prevention"]

    /// Extracts the translatable content from a parsed cable.
    ///
    /// Rules (also in `Docs/Cables.md`):
    /// - **Narrative.** The first paragraph whose text starts `Begin Final Text of` (any case)
    ///   holds the narrative (paragraph 8 in 2009). Its title line is the first line of the form
    ///   `<Country> (TIER n)`, `(TIER n WATCH LIST)` or `(SPECIAL CASE)`: section `narrative`,
    ///   block `title`. The lines after it are split into blocks at blank lines and `-----`
    ///   separators. A line that is only `Prosecution`, `Protection` or `Prevention` (any case,
    ///   a trailing `:` allowed: `PROSECUTION`, `Prosecution:`) is a heading: it opens section
    ///   `narrative.<heading in lower case>` with block `heading` (text as printed), and the
    ///   blocks after it are `p1`, `p2`…. Each heading may appear once. Before the first heading,
    ///   the block starting `Recommendations for` (kept whole, lead included) is
    ///   `narrative.recommendations` `p1` (blocks after it, before a heading, are its `p2`…);
    ///   the blocks before it are `narrative.intro` `p1`, `p2`….
    /// - **Non-paper.** The lines between `(begin non-paper)` and `(end non-paper)` (or the end of
    ///   that paragraph): section `nonpaper`, one block `b1`… per bullet, a bullet starting at a
    ///   line whose first word is the bullet mark `--` (see ``CableArtifactRepairer`` for when a
    ///   line-initial `--` is a bullet mark) and running to the next blank line or bullet. Text
    ///   outside bullets becomes `p1`….
    /// - **Press guidance.** The first paragraph with a line starting a question label: `Q`,
    ///   optional digits and `:` or `.` (`Q1:`, `Q1.`, `Q1:Why`, `Q1 :`), lower case with `:`
    ///   only (`q1:`); a `.` must be followed by a space. Each question opens section
    ///   `press.q<position>`, numbered by position, not by the printed label (Kosovo prints `Q2`
    ///   twice: they become `press.q2` and `press.q3`, ``SourceBlock/sourceLabel`` keeping
    ///   `Q2:`). The question is block `question`; the text from the answer label (`A:`, `A.`,
    ///   `¶A.`, `a:`) to the next question is block `answer`. A question or an answer printed
    ///   over several paragraphs is one block, its paragraphs joined with a single space. The
    ///   lead (`The following is press guidance…`, up to the first blank line) is not
    ///   translatable content.
    ///
    /// Block texts are the repaired lines reflowed to single spaces with labels removed.
    ///
    /// **Warnings** (``SourceDocument/warnings``; the text is extracted all the same): a cable
    /// with no signature after its last paragraph; a narrative that is the last paragraph and
    /// not closed by its `-----` rule; a narrative paragraph, question or answer whose text does
    /// not end with `.`, `?` or `!` (optionally followed by closing quotes or parentheses); a
    /// narrative without one of the headings Prosecution, Protection, Prevention; no press
    /// guidance paragraph, or one without question labels; in the press guidance, text outside
    /// a question and answer pair (not exported), an answer before the first question (not
    /// exported), an answer directly after an answer (kept in that answer) and a question
    /// with no answer. The messages are listed in `Docs/Cables.md`.
    ///
    /// - Parameters:
    ///   - cable: the parsed cable.
    ///   - path: the cable's file name, for error and warning messages.
    /// - Throws: ``CableError``:
    ///   `no TIP Report country narrative: expected a paragraph 'Begin Final Text of <country>'s
    ///   country narrative' with a '<Country> (TIER n)' title line; looked in paragraphs 1–N`
    ///   (followed by `; this looks like an embassy's message to the Department (FM AMEMBASSY
    ///   REYKJAVIK), not a TIP Report rollout cable` when the `FM` line names an embassy,
    ///   consulate or mission);
    ///   `path:line: error: no country title line in paragraph N: expected a line such as
    ///   'Kosovo (TIER 2)' (the country and its tier in parentheses)`;
    ///   `path:line: error: the narrative heading 'Prevention' appears twice (lines 194 and 221):
    ///   each section must appear once`.
    public static func extract(from cable: Cable, path: String) throws -> SourceDocument {
        guard let narrative = cable.paragraphs.first(where: isNarrativeOpening) else {
            throw CableError.noNarrative(path: path, paragraphCount: cable.paragraphs.count, header: cable.header)
        }
        guard let titleIndex = narrative.lines.firstIndex(where: { titleMatch($0.text) != nil }),
            let title = titleMatch(narrative.lines[titleIndex].text)
        else {
            throw CableError.noTitleLine(path: path, paragraph: narrative)
        }
        let titleLine = narrative.lines[titleIndex]
        var warnings: [SourceWarning] = []
        var sections = [
            SourceSection(
                part: .narrative, id: "narrative",
                blocks: [
                    SourceBlock(
                        kind: .title, id: "title", text: title.text, cableParagraph: narrative.number,
                        line: titleLine.number)
                ])
        ]
        // The narrative ends at its closing rule; text after it (in the same paragraph) is not narrative.
        var narrativeLines = narrative.lines[(titleIndex + 1)...]
        if let closing = CableNarrativeLayout.closingRuleIndex(narrative.lines), closing > titleIndex {
            let after = narrative.lines[(closing + 1)...].filter { !CableText.isBlank($0.text) }
            if let first = after.first {
                warnings.append(
                    .textAfterNarrative(
                        path: path, paragraph: narrative.number, line: first.number, text: CableText.reflow(after)))
            }
            narrativeLines = narrative.lines[(titleIndex + 1)...closing]
        }
        sections += try narrativeSections(
            narrativeLines, paragraph: narrative.number, path: path, warnings: &warnings)
        warnings += narrativeWarnings(
            cable: cable, narrative: narrative, titleLine: titleLine.number, sections: sections, path: path)
        if let nonPaper = nonPaperSection(in: cable) { sections.append(nonPaper) }
        sections += pressSections(in: cable, path: path, warnings: &warnings)
        if cable.header.signature == nil, let last = cable.paragraphs.last {
            warnings.append(.noSignature(path: path, lastParagraph: last))
        }
        let sorted = warnings.enumerated().sorted { lhs, rhs in
            (lhs.element.line ?? Int.max, lhs.offset) < (rhs.element.line ?? Int.max, rhs.offset)
        }.map(\.element)
        return SourceDocument(
            cableID: cable.header.cableID, country: title.country, tier: title.tier, titleLine: title.text,
            sections: sections, warnings: sorted)
    }

    // MARK: - Narrative

    private static func isNarrativeOpening(_ paragraph: CableParagraph) -> Bool {
        CableTemplate.anchor(in: String(paragraph.text.prefix(40)))?.anchor == .narrative
    }

    /// The title a line is, in any of its shapes (``CableNarrativeLayout/title(_:)``): `Kosovo
    /// (TIER 2)` → country `Kosovo`, tier `Tier 2`, text `Kosovo (TIER 2)`; `| KOSOVO (Tier 2
    /// Watchlist) |` → `KOSOVO`, `Tier 2 Watch List`, `KOSOVO (Tier 2 Watchlist)`.
    static func titleMatch(_ text: String) -> (country: String, tier: String, text: String)? {
        CableNarrativeLayout.title(text).map { ($0.country, $0.tier, $0.text) }
    }

    /// The heading (`Prosecution`, `Protection`, `Prevention`) the line consists of, in any
    /// case, with an optional trailing `:`, `.` or dash; `nil` for other lines.
    static func narrativeHeading(_ text: String) -> String? {
        CableNarrativeLayout.heading(text)
    }

    private static func narrativeSections(
        _ lines: ArraySlice<CableLine>, paragraph: Int, path: String, warnings: inout [SourceWarning]
    ) throws -> [SourceSection] {
        var intro: [SourceBlock] = []
        var recommendations: [SourceBlock] = []
        var headed: [SourceSection] = []
        var headingLines: [String: Int] = [:]
        var pending: [CableLine] = []

        func flush() {
            guard let first = pending.first, let last = pending.last else { return }
            let text = CableText.reflow(pending)
            pending = []
            guard !text.isEmpty else { return }
            let block: SourceBlock
            let sectionID: String
            if !headed.isEmpty {
                let index = headed.count - 1
                let number = headed[index].blocks.count  // the heading is block 0
                block = SourceBlock(
                    kind: .paragraph, id: "p\(number)", text: text, cableParagraph: paragraph, line: first.number)
                headed[index].blocks.append(block)
                sectionID = headed[index].id
            } else if !recommendations.isEmpty || text.hasPrefix("Recommendations for") {
                block = SourceBlock(
                    kind: .paragraph, id: "p\(recommendations.count + 1)", text: text, cableParagraph: paragraph,
                    line: first.number)
                recommendations.append(block)
                sectionID = "narrative.recommendations"
            } else {
                block = SourceBlock(
                    kind: .paragraph, id: "p\(intro.count + 1)", text: text, cableParagraph: paragraph,
                    line: first.number)
                intro.append(block)
                sectionID = "narrative.intro"
            }
            if let warning = cutOffWarning(
                unitID: "\(sectionID).\(block.id)", text: text, line: last.number, path: path)
            {
                warnings.append(warning)
            }
        }

        for line in lines {
            let trimmed = CableText.collapsingSpaces(line.text)
            if trimmed.isEmpty || CableText.isSeparator(trimmed) {
                flush()
            } else if let heading = narrativeHeading(trimmed) {
                flush()
                if let first = headingLines[heading] {
                    throw CableError.repeatedHeading(path: path, heading: heading, first: first, second: line.number)
                }
                headingLines[heading] = line.number
                headed.append(
                    SourceSection(
                        part: .narrative, id: "narrative.\(heading.lowercased())",
                        blocks: [
                            SourceBlock(
                                kind: .heading, id: "heading", text: trimmed, cableParagraph: paragraph,
                                line: line.number)
                        ]))
            } else {
                pending.append(line)
            }
        }
        flush()

        var sections: [SourceSection] = []
        if !intro.isEmpty { sections.append(SourceSection(part: .narrative, id: "narrative.intro", blocks: intro)) }
        if !recommendations.isEmpty {
            sections.append(SourceSection(part: .narrative, id: "narrative.recommendations", blocks: recommendations))
        }
        return sections + headed
    }

    /// Missing headings, and a narrative that ends the cable without its closing `-----` rule.
    private static func narrativeWarnings(
        cable: Cable, narrative: CableParagraph, titleLine: Int, sections: [SourceSection], path: String
    ) -> [SourceWarning] {
        var warnings: [SourceWarning] = []
        let missing = narrativeHeadings.filter { heading in
            !sections.contains { $0.id == "narrative.\(heading.lowercased())" }
        }
        if !missing.isEmpty {
            warnings.append(.missingHeadings(path: path, line: titleLine, missing: missing))
        }
        if narrative.number == cable.paragraphs.last?.number,
            let last = narrative.lines.last(where: { !CableText.isBlank($0.text) }),
            last.number > titleLine, !CableText.isSeparator(last.text)
        {
            warnings.append(.unclosedNarrative(path: path, paragraph: narrative.number, line: last.number))
        }
        return warnings
    }

    /// `true` when the text ends with `.`, `?` or `!`, optionally followed by closing quotes or
    /// parentheses.
    static func endsSentence(_ text: String) -> Bool {
        let closing: Set<Character> = ["\"", "'", ")", "\u{201D}", "\u{2019}"]
        let core = text.reversed().drop { closing.contains($0) || $0.isWhitespace }
        guard let last = core.first else { return false }
        return ".?!".contains(last)
    }

    private static func cutOffWarning(unitID: String, text: String, line: Int, path: String) -> SourceWarning? {
        guard !endsSentence(text) else { return nil }
        return .cutOff(path: path, line: line, unitID: unitID, tail: CableText.tail(text, words: 5))
    }

    // MARK: - Non-paper

    private static func nonPaperSection(in cable: Cable) -> SourceSection? {
        for paragraph in cable.paragraphs {
            guard let begin = paragraph.lines.firstIndex(where: { marker($0.text) == "(begin non-paper)" }) else {
                continue
            }
            let rest = paragraph.lines[(begin + 1)...]
            let end = rest.firstIndex { marker($0.text) == "(end non-paper)" } ?? paragraph.lines.endIndex
            return SourceSection(
                part: .nonPaper, id: "nonpaper",
                blocks: bullets(paragraph.lines[(begin + 1)..<end], paragraph: paragraph.number))
        }
        return nil
    }

    private static func marker(_ text: String) -> String {
        CableText.collapsingSpaces(text).lowercased()
    }

    private static func bullets(_ lines: ArraySlice<CableLine>, paragraph: Int) -> [SourceBlock] {
        var blocks: [SourceBlock] = []
        var pending: [CableLine] = []
        var isBullet = false
        var bulletCount = 0
        var paragraphCount = 0

        func flush() {
            guard !pending.isEmpty else { return }
            let text = CableText.reflow(pending)
            let line = pending[0].number
            pending = []
            guard !text.isEmpty else { return }
            if isBullet {
                bulletCount += 1
                blocks.append(
                    SourceBlock(
                        kind: .bullet, id: "b\(bulletCount)", text: text, cableParagraph: paragraph, sourceLabel: "--",
                        line: line))
            } else {
                paragraphCount += 1
                blocks.append(
                    SourceBlock(
                        kind: .paragraph, id: "p\(paragraphCount)", text: text, cableParagraph: paragraph, line: line))
            }
        }

        for line in lines {
            let words = CableText.words(line.text)
            if words.isEmpty || CableText.isSeparator(line.text) {
                flush()
            } else if words[0] == "--" {
                flush()
                isBullet = true
                pending.append(CableLine(number: line.number, text: words.dropFirst().joined(separator: " ")))
            } else {
                if pending.isEmpty { isBullet = false }
                pending.append(line)
            }
        }
        flush()
        return blocks
    }

    // MARK: - Press guidance

    /// The label and the rest of the line when the line starts with a question label: `Q`,
    /// optional digits, `:` or `.`, spaces allowed between them (`Q1:`, `Q1.`, `¶Q1.`, `Q 1 :`,
    /// `Q1:Why`); lower case with `:` only (`q1:`). After `.` a space or the end of the line
    /// must follow.
    static func questionLabel(_ text: String) -> (label: String, rest: String)? {
        let text = CableText.collapsingSpaces(text)
        guard let match = text.prefixMatch(of: questionLabelPattern) else { return nil }
        return labelled(text, match.range, isLowercase: match.1 == "q", mark: match.2)
    }

    /// The label and the rest of the line when the line starts with an answer label (`A:`,
    /// `A.`, `¶A.`, `A :`, `a:`), by the rules of ``questionLabel(_:)`` without digits.
    static func answerLabel(_ text: String) -> (label: String, rest: String)? {
        let text = CableText.collapsingSpaces(text)
        guard let match = text.prefixMatch(of: answerLabelPattern) else { return nil }
        return labelled(text, match.range, isLowercase: match.1 == "a", mark: match.2)
    }

    private static func labelled(
        _ text: String, _ range: Range<String.Index>, isLowercase: Bool, mark: Substring
    ) -> (label: String, rest: String)? {
        if isLowercase && mark != ":" { return nil }
        let rest = text[range.upperBound...]
        if mark == "." && !(rest.isEmpty || rest.first == " ") { return nil }
        return (String(text[range]), CableText.trimmed(rest))
    }

    /// `true` for the paragraph that opens the press guidance without any question label.
    private static func isPressLead(_ paragraph: CableParagraph) -> Bool {
        paragraph.text.lowercased().hasPrefix("the following is press guidance")
    }

    private static func pressSections(
        in cable: Cable, path: String, warnings: inout [SourceWarning]
    ) -> [SourceSection] {
        let labelled = cable.paragraphs.first { $0.lines.contains { questionLabel($0.text) != nil } }
        guard let paragraph = labelled ?? cable.paragraphs.first(where: isPressLead) else {
            warnings.append(.noPressGuidance(path: path, lastParagraph: cable.paragraphs.last?.number ?? 0))
            return []
        }
        guard labelled != nil else {
            warnings.append(.noQuestions(path: path, paragraph: paragraph))
            return []
        }

        enum Place { case lead, outside, orphanAnswer, question, answer }
        var place = Place.lead
        var hasLead = false
        var sections: [SourceSection] = []
        var questions: [(label: String, line: Int)] = []
        var pending: [CableLine] = []
        var label: String?
        let number = paragraph.number

        func finish() {
            defer {
                pending = []
                label = nil
            }
            guard let first = pending.first, let last = pending.last else { return }
            let text = CableText.reflow(pending)
            guard !text.isEmpty else { return }
            switch place {
            case .question, .answer:
                guard !sections.isEmpty else { return }
                let kind: SourceBlock.Kind = place == .question ? .question : .answer
                let index = sections.count - 1
                sections[index].blocks.append(
                    SourceBlock(
                        kind: kind, id: kind.rawValue, text: text, cableParagraph: number, sourceLabel: label,
                        line: first.number))
                let unitID = "\(sections[index].id).\(kind.rawValue)"
                if let warning = cutOffWarning(unitID: unitID, text: text, line: last.number, path: path) {
                    warnings.append(warning)
                }
            case .outside:
                warnings.append(.textOutsidePair(path: path, paragraph: number, line: first.number, text: text))
            case .lead, .orphanAnswer:
                break
            }
        }

        func hasAnswer(_ section: SourceSection) -> Bool {
            section.blocks.contains { $0.kind == .answer }
        }

        for line in paragraph.lines {
            if CableText.isBlank(line.text) {
                switch place {
                case .lead where hasLead: place = .outside
                case .outside: finish()
                case .lead, .orphanAnswer, .question, .answer: break
                }
            } else if let question = questionLabel(line.text) {
                finish()
                if let previous = sections.last, let printed = questions.last, !hasAnswer(previous) {
                    warnings.append(
                        .unansweredQuestion(
                            path: path, label: printed.label, line: printed.line, sectionID: previous.id,
                            next: (question.label, line.number)))
                }
                sections.append(SourceSection(part: .press, id: "press.q\(sections.count + 1)", blocks: []))
                questions.append((question.label, line.number))
                place = .question
                label = question.label
                pending = [CableLine(number: line.number, text: question.rest)]
            } else if let answer = answerLabel(line.text) {
                switch place {
                case .question:
                    finish()
                    place = .answer
                    label = answer.label
                    pending = [CableLine(number: line.number, text: answer.rest)]
                case .answer:
                    if let section = sections.last, let printed = questions.last {
                        warnings.append(
                            .answerAfterAnswer(
                                path: path, label: answer.label, line: line.number, question: printed.label,
                                sectionID: section.id))
                    }
                    pending.append(CableLine(number: line.number, text: answer.rest))
                case .lead, .outside, .orphanAnswer:
                    finish()
                    warnings.append(
                        .answerBeforeQuestions(path: path, label: answer.label, line: line.number, paragraph: number))
                    place = .orphanAnswer
                }
            } else {
                switch place {
                case .lead: hasLead = true
                case .orphanAnswer: break
                case .outside, .question, .answer: pending.append(line)
                }
            }
        }
        finish()
        if let last = sections.last, let printed = questions.last, !hasAnswer(last) {
            warnings.append(
                .unansweredQuestion(
                    path: path, label: printed.label, line: printed.line, sectionID: last.id, next: nil,
                    paragraph: number))
        }
        return sections
    }
}

extension SourceWarning {
    /// Text after the narrative's closing rule, in the narrative's paragraph.
    static func textAfterNarrative(path: String, paragraph: Int, line: Int, text: String) -> SourceWarning {
        let words = CableText.words(text)
        let quoted = words.prefix(6).joined(separator: " ") + (words.count > 6 ? "…" : "")
        return SourceWarning(
            path: path, line: line,
            message:
                "text after the country narrative's closing rule in paragraph \(paragraph) is not part of the narrative and is not exported ('\(quoted)')"
        )
    }

    /// No signature line after the last paragraph.
    static func noSignature(path: String, lastParagraph: CableParagraph) -> SourceWarning {
        SourceWarning(
            path: path, line: lastParagraph.lines.last?.number ?? lastParagraph.line,
            message:
                "no signature line (such as 'CLINTON') after paragraph \(lastParagraph.number), the last paragraph: the cable may be cut off"
        )
    }

    /// The narrative is the last paragraph and its closing `-----` rule is missing.
    static func unclosedNarrative(path: String, paragraph: Int, line: Int) -> SourceWarning {
        SourceWarning(
            path: path, line: line,
            message:
                "the country narrative (paragraph \(paragraph)) is the last paragraph and is not closed by its '-----' rule: the cable may be cut off"
        )
    }

    /// A block whose text does not end a sentence.
    static func cutOff(path: String, line: Int, unitID: String, tail: String) -> SourceWarning {
        SourceWarning(
            path: path, line: line,
            message:
                "\(unitID) does not end with '.', '?' or '!' ('…\(tail)'): the text may be cut off")
    }

    /// Narrative headings that do not appear.
    static func missingHeadings(path: String, line: Int, missing: [String]) -> SourceWarning {
        let quoted = missing.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) or \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
        }
        return SourceWarning(
            path: path, line: line,
            message:
                "the country narrative has no \(list) heading: expected the sections Prosecution, Protection and Prevention"
        )
    }

    /// No paragraph holds the press guidance.
    static func noPressGuidance(path: String, lastParagraph: Int) -> SourceWarning {
        SourceWarning(
            path: path,
            message:
                "no press guidance: expected a paragraph 'The following is press guidance…' with 'Q1:' and 'A:' lines (paragraph 11 in 2009); the cable ends at paragraph \(lastParagraph)"
        )
    }

    /// The press guidance paragraph has no question label.
    static func noQuestions(path: String, paragraph: CableParagraph) -> SourceWarning {
        SourceWarning(
            path: path, line: paragraph.line,
            message:
                "paragraph \(paragraph.number) (press guidance) has no question and answer pairs: expected lines starting 'Q1:' and 'A:'"
        )
    }

    /// Text in the press guidance that belongs to no question and answer pair.
    static func textOutsidePair(path: String, paragraph: Int, line: Int, text: String) -> SourceWarning {
        let words = CableText.words(text)
        let quoted = words.prefix(6).joined(separator: " ") + (words.count > 6 ? "…" : "")
        return SourceWarning(
            path: path, line: line,
            message:
                "text in paragraph \(paragraph) (press guidance) is outside a question and answer pair and is not exported ('\(quoted)')"
        )
    }

    /// An answer label before the first question.
    static func answerBeforeQuestions(path: String, label: String, line: Int, paragraph: Int) -> SourceWarning {
        SourceWarning(
            path: path, line: line,
            message:
                "an answer with no question: '\(label)' comes before the first question of paragraph \(paragraph) (press guidance); its text is not exported"
        )
    }

    /// An answer label directly after an answer.
    static func answerAfterAnswer(
        path: String, label: String, line: Int, question: String, sectionID: String
    ) -> SourceWarning {
        SourceWarning(
            path: path, line: line,
            message:
                "an answer with no question: '\(label)' follows the answer to '\(question)' (\(sectionID)); its text is kept in \(sectionID).answer"
        )
    }

    /// A question followed by another question, or by the end of the paragraph, without an answer.
    static func unansweredQuestion(
        path: String, label: String, line: Int, sectionID: String, next: (label: String, line: Int)?,
        paragraph: Int = 0
    ) -> SourceWarning {
        let reason =
            next.map { "no 'A:' line before the next question '\($0.label)' (line \($0.line))" }
            ?? "no 'A:' line before the end of paragraph \(paragraph)"
        return SourceWarning(
            path: path, line: line,
            message: "the question '\(label)' (\(sectionID)) has no answer: \(reason)")
    }
}

extension CableError {
    /// No paragraph opens a country narrative; says so when the header shows a post's message
    /// to the Department (such as an embassy's TIP Report submission) rather than a rollout cable.
    static func noNarrative(path: String, paragraphCount: Int, header: CableHeader) -> CableError {
        let looked =
            paragraphCount == 0 ? "the cable has no numbered paragraphs" : "looked in paragraphs 1–\(paragraphCount)"
        let hint = postMessageHint(from: header.from, to: header.to).map { "; \($0)" } ?? ""
        return CableError(
            path: path,
            message:
                "no TIP Report country narrative: expected a paragraph 'Begin Final Text of <country>'s country narrative' with a '<Country> (TIER n)' title line; \(looked)\(hint)"
        )
    }

    /// `this looks like an embassy's message to the Department (FM AMEMBASSY REYKJAVIK), not a
    /// TIP Report rollout cable` when the `FM` line is an embassy (`AMEMBASSY`), a consulate
    /// (`AMCONSUL`) or a mission (`USMISSION`); "to the Department" when a `TO` line names
    /// `SECSTATE`.
    static func postMessageHint(from: String, to: [String]) -> String? {
        let sender = from.split(separator: "/").last.map { CableText.trimmed($0) } ?? ""
        let posts = [("AMEMBASSY", "an embassy's"), ("AMCONSUL", "a consulate's"), ("USMISSION", "a mission's")]
        guard let post = posts.first(where: { sender == $0.0 || sender.hasPrefix($0.0 + " ") }) else { return nil }
        let toDepartment = to.contains { $0.contains("SECSTATE") } ? " to the Department" : ""
        return "this looks like \(post.1) message\(toDepartment) (FM \(sender)), not a TIP Report rollout cable"
    }

    /// A narrative heading printed twice, which would give two sections the same ID.
    static func repeatedHeading(path: String, heading: String, first: Int, second: Int) -> CableError {
        CableError(
            path: path, line: second,
            message:
                "the narrative heading '\(heading)' appears twice (lines \(first) and \(second)): each section must appear once"
        )
    }

    /// The narrative paragraph has no `<Country> (TIER n)` line.
    static func noTitleLine(path: String, paragraph: CableParagraph) -> CableError {
        CableError(
            path: path, line: paragraph.line,
            message:
                "no country title line in paragraph \(paragraph.number): expected a line such as 'Kosovo (TIER 2)' (the country and its tier in parentheses)"
        )
    }
}

// Regex literals evaluated once per process: a literal inside a function is parsed again
// every time the function runs (`Docs/Performance.md`).
nonisolated(unsafe) private let questionLabelPattern = /¶? ?([Qq]) ?\d{0,3} ?([.:])/
nonisolated(unsafe) private let answerLabelPattern = /¶? ?([Aa]) ?([.:])/
