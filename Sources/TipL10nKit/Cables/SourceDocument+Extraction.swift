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
    ///   separators. A line that is only `Prosecution`, `Protection` or `Prevention` is a heading:
    ///   it opens section `narrative.<heading in lower case>` with block `heading`, and the blocks
    ///   after it are `p1`, `p2`…. Before the first heading, the block starting
    ///   `Recommendations for` (kept whole, lead included) is `narrative.recommendations` `p1`
    ///   (blocks after it, before a heading, are its `p2`…); the blocks before it are
    ///   `narrative.intro` `p1`, `p2`….
    /// - **Non-paper.** The lines between `(begin non-paper)` and `(end non-paper)` (or the end of
    ///   that paragraph): section `nonpaper`, one block `b1`… per bullet, a bullet starting at a
    ///   line whose first word is the bullet mark `--` (see ``CableArtifactRepairer`` for when a
    ///   line-initial `--` is a bullet mark) and running to the next blank line or bullet. Text
    ///   outside bullets becomes `p1`….
    /// - **Press guidance.** The first paragraph with a line starting `Q`, optional digits and
    ///   `:` or `.` (`Q1:`, `Q1.`). Each question opens section `press.q<position>`, numbered
    ///   by position, not by the printed label (Kosovo prints `Q2` twice: they become `press.q2`
    ///   and `press.q3`, ``SourceBlock/sourceLabel`` keeping `Q2:`). The question is block
    ///   `question`; the block starting `A:` / `A.` / `¶A.` is `answer`; a further unlabelled
    ///   block after an answer is `answer.p2`…. Text before the first question (`The following
    ///   is press guidance…`) is not translatable content.
    ///
    /// Block texts are the repaired lines reflowed to single spaces with labels removed.
    ///
    /// - Parameters:
    ///   - cable: the parsed cable.
    ///   - path: the cable's file name, for error messages.
    /// - Throws: ``CableError``:
    ///   `no TIP Report country narrative: expected a paragraph 'Begin Final Text of <country>'s
    ///   country narrative' with a '<Country> (TIER n)' title line; looked in paragraphs 1–N`;
    ///   `path:line: error: no country title line in paragraph N: expected a line such as
    ///   'Kosovo (TIER 2)' (the country and its tier in parentheses)`.
    public static func extract(from cable: Cable, path: String) throws -> SourceDocument {
        guard let narrative = cable.paragraphs.first(where: isNarrativeOpening) else {
            throw CableError.noNarrative(path: path, paragraphCount: cable.paragraphs.count)
        }
        guard let titleIndex = narrative.lines.firstIndex(where: { titleMatch($0.text) != nil }),
            let title = titleMatch(narrative.lines[titleIndex].text)
        else {
            throw CableError.noTitleLine(path: path, paragraph: narrative)
        }
        let titleLine = narrative.lines[titleIndex]
        var sections = [
            SourceSection(
                part: .narrative, id: "narrative",
                blocks: [
                    SourceBlock(
                        kind: .title, id: "title", text: CableText.collapsingSpaces(titleLine.text),
                        cableParagraph: narrative.number, line: titleLine.number)
                ])
        ]
        sections += narrativeSections(narrative.lines[(titleIndex + 1)...], paragraph: narrative.number)
        if let nonPaper = nonPaperSection(in: cable) { sections.append(nonPaper) }
        sections += pressSections(in: cable)
        return SourceDocument(
            cableID: cable.header.cableID, country: title.country, tier: title.tier,
            titleLine: CableText.collapsingSpaces(titleLine.text), sections: sections)
    }

    // MARK: - Narrative

    private static func isNarrativeOpening(_ paragraph: CableParagraph) -> Bool {
        paragraph.text.lowercased().hasPrefix("begin final text of")
    }

    /// `Kosovo (TIER 2)` → country `Kosovo`, tier `Tier 2`.
    static func titleMatch(_ text: String) -> (country: String, tier: String)? {
        let text = CableText.collapsingSpaces(text)
        guard
            let match = text.wholeMatch(
                of: /(\S.*?) \(((?i:tier [123](?: watch list)?|special case))\)/)
        else { return nil }
        let tier = match.2.split(separator: " ").map { word in
            word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
        return (String(match.1), tier)
    }

    private static func narrativeSections(_ lines: ArraySlice<CableLine>, paragraph: Int) -> [SourceSection] {
        var intro: [SourceBlock] = []
        var recommendations: [SourceBlock] = []
        var headed: [SourceSection] = []
        var pending: [CableLine] = []

        func flush() {
            guard !pending.isEmpty else { return }
            let text = CableText.reflow(pending)
            let line = pending[0].number
            pending = []
            guard !text.isEmpty else { return }
            if !headed.isEmpty {
                let index = headed.count - 1
                let number = headed[index].blocks.count  // the heading is block 0
                headed[index].blocks.append(
                    SourceBlock(kind: .paragraph, id: "p\(number)", text: text, cableParagraph: paragraph, line: line))
            } else if !recommendations.isEmpty || text.hasPrefix("Recommendations for") {
                recommendations.append(
                    SourceBlock(
                        kind: .paragraph, id: "p\(recommendations.count + 1)", text: text, cableParagraph: paragraph,
                        line: line))
            } else {
                intro.append(
                    SourceBlock(
                        kind: .paragraph, id: "p\(intro.count + 1)", text: text, cableParagraph: paragraph, line: line))
            }
        }

        for line in lines {
            let trimmed = CableText.collapsingSpaces(line.text)
            if trimmed.isEmpty || CableText.isSeparator(trimmed) {
                flush()
            } else if let heading = narrativeHeadings.first(where: {
                $0.caseInsensitiveCompare(trimmed) == .orderedSame
            }) {
                flush()
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

    /// The label and the rest of the line when the line starts with a question label.
    static func questionLabel(_ text: String) -> (label: String, rest: String)? {
        label(in: text, matching: /¶?Q\d*[.:]/)
    }

    /// The label and the rest of the line when the line starts with an answer label.
    static func answerLabel(_ text: String) -> (label: String, rest: String)? {
        label(in: text, matching: /¶?A[.:]/)
    }

    private static func label(in text: String, matching regex: Regex<Substring>) -> (label: String, rest: String)? {
        let text = CableText.collapsingSpaces(text)
        guard let match = text.prefixMatch(of: regex) else { return nil }
        let rest = text[match.range.upperBound...]
        guard rest.isEmpty || rest.first == " " else { return nil }
        return (String(match.output), CableText.trimmed(rest))
    }

    private static func pressSections(in cable: Cable) -> [SourceSection] {
        guard let paragraph = cable.paragraphs.first(where: { $0.lines.contains { questionLabel($0.text) != nil } })
        else { return [] }
        var sections: [SourceSection] = []
        var pending: [CableLine] = []
        var kind = SourceBlock.Kind.question
        var label: String?

        func flush() {
            guard !pending.isEmpty, !sections.isEmpty else {
                pending = []
                return
            }
            let text = CableText.reflow(pending)
            let line = pending[0].number
            pending = []
            let index = sections.count - 1
            let sameKind = sections[index].blocks.filter { $0.kind == kind }.count
            let id = sameKind == 0 ? kind.rawValue : "\(kind.rawValue).p\(sameKind + 1)"
            sections[index].blocks.append(
                SourceBlock(
                    kind: kind, id: id, text: text, cableParagraph: paragraph.number, sourceLabel: label, line: line))
            label = nil
        }

        for line in paragraph.lines {
            if CableText.isBlank(line.text) {
                flush()
            } else if let question = questionLabel(line.text) {
                flush()
                sections.append(SourceSection(part: .press, id: "press.q\(sections.count + 1)", blocks: []))
                kind = .question
                label = question.label
                pending.append(CableLine(number: line.number, text: question.rest))
            } else if let answer = answerLabel(line.text), !sections.isEmpty {
                flush()
                kind = .answer
                label = answer.label
                pending.append(CableLine(number: line.number, text: answer.rest))
            } else {
                pending.append(line)
            }
        }
        flush()
        return sections
    }
}

extension CableError {
    /// No paragraph opens a country narrative.
    static func noNarrative(path: String, paragraphCount: Int) -> CableError {
        let looked =
            paragraphCount == 0 ? "the cable has no numbered paragraphs" : "looked in paragraphs 1–\(paragraphCount)"
        return CableError(
            path: path,
            message:
                "no TIP Report country narrative: expected a paragraph 'Begin Final Text of <country>'s country narrative' with a '<Country> (TIER n)' title line; \(looked)"
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
