import Foundation

extension LocalizedPage {
    /// Plain text, the same parts as the HTML page: the full title; the draft banner or the
    /// embargo line; the language versions (names, with their addresses when the project sets
    /// a links base); the disclaimer; the list of findings (a draft); the narrative, the
    /// non-paper and the press guidance under their headings, Q/A labels before the text.
    /// Blank lines between blocks. A unit with findings is followed by `[n: finding]`; an
    /// untranslated one shows `[untranslated: English]`.
    public var plainText: String {
        var lines: [String] = [markedTitle(escape: { $0 })]
        if let draft { lines.append(draft.text) }
        if let embargo { lines.append(embargo.localized.map { "\($0.text) — \(embargo.english)" } ?? embargo.english) }
        if !languageLinks.isEmpty {
            let names = languageLinks.map { link in
                var name = link.name
                if link.isOriginal && document.locale != "en" { name += " (\(labels.original.text))" }
                if !link.base.isEmpty && !link.isCurrent { name += " <\(link.href("txt"))>" }
                return name
            }
            lines.append("\(labels.languages.text): \(names.joined(separator: ", "))")
        }
        if let disclaimer = labels.disclaimer { lines.append(disclaimer.text) }
        if let draft, !draft.findings.isEmpty {
            lines.append(
                draft.units.map { "[\($0.number)] \($0.unitID): \($0.findings.map(\.message).joined(separator: "; "))" }
                    .joined(separator: "\n"))
        }
        for (heading, blocks) in sections() {
            if let heading { lines.append(heading) }
            for block in blocks {
                let text = markedText(of: block, escape: { $0 })
                lines.append(block.label.map { "\($0.text) \(text)" } ?? (block.kind == .bullet ? "- \(text)" : text))
            }
        }
        return lines.joined(separator: "\n\n") + "\n"
    }

    /// Markdown: `#` full title, the banner as a quote, the language versions as links to the
    /// Markdown files `build` writes beside it (or under the links base), the disclaimer in
    /// italics, the findings as a numbered list, `##` headings, paragraphs, `-` bullets,
    /// `**label**` before questions and answers. Characters Markdown would read as markup
    /// (`*`, `_`, `` ` ``, `\`, `[`, `]`, `#` and `>` at a line start) are escaped with a backslash;
    /// `<`, `>` and `&` are written as HTML entities.
    public var markdown: String {
        let escape = Self.escapedMarkdown
        var lines: [String] = ["# \(markedTitle(escape: escape))"]
        if let draft { lines.append("> **\(escape(DraftSummary.headline))**: \(escape(draft.counts))") }
        if let embargo {
            let text = embargo.localized.map { "**\(escape($0.text))** — \(escape(embargo.english))" }
            lines.append("> \(text ?? "**\(escape(embargo.english))**")")
        }
        if !languageLinks.isEmpty {
            let links = languageLinks.map { link in
                var item = link.isCurrent ? "**\(escape(link.name))**" : "[\(escape(link.name))](\(link.href("md")))"
                if link.isOriginal && document.locale != "en" { item += " (\(escape(labels.original.text)))" }
                return item
            }
            lines.append("\(escape(labels.languages.text)): \(links.joined(separator: " · "))")
        }
        if let disclaimer = labels.disclaimer { lines.append("_\(escape(disclaimer.text))_") }
        if let draft, !draft.findings.isEmpty {
            lines.append(
                draft.units.map {
                    "\($0.number). `\($0.unitID)`: \(escape($0.findings.map(\.message).joined(separator: "; ")))"
                }.joined(separator: "\n"))
        }
        for (heading, blocks) in sections() {
            if let heading { lines.append("## \(escape(heading))") }
            for block in blocks {
                let text = markedText(of: block, escape: escape)
                switch block.kind {
                case .title: continue
                case .heading: lines.append("## \(text)")
                case .paragraph: lines.append(text)
                case .bullet: lines.append("- \(text)")
                case .question, .answer: lines.append("**\(escape(block.label?.text ?? ""))** \(text)")
                }
            }
        }
        return lines.joined(separator: "\n\n") + "\n"
    }

    /// The full title, the narrative's title line marked as in a draft.
    private func markedTitle(escape: (String) -> String) -> String {
        guard let title = document.narrative.first(where: { $0.kind == .title }) else { return escape(fullTitle) }
        return "\(escape(labels.reportTitle.text)): \(markedText(of: title, escape: escape))"
    }

    /// The page's parts after the title, each with the heading it gets (none for the narrative,
    /// whose headings are its own blocks).
    private func sections() -> [(heading: String?, blocks: [LocalizedDocument.Block])] {
        var result: [(String?, [LocalizedDocument.Block])] = [(nil, document.narrative.filter { $0.kind != .title })]
        if !document.nonPaper.isEmpty { result.append((labels.nonPaper.text, document.nonPaper)) }
        if !document.press.isEmpty { result.append((labels.pressGuidance.text, document.press)) }
        return result
    }

    /// A block's text with a draft's marks: `[untranslated: English]` and ` [n: finding]`.
    private func markedText(of block: LocalizedDocument.Block, escape: (String) -> String) -> String {
        block.segments.map { segment in
            var text = escape(segment.text)
            if segment.isUntranslated { text = "[untranslated: \(text)]" }
            if let found = findingsByUnit[segment.unitID] {
                text += " [\(found.number): \(escape(found.findings.map(\.message).joined(separator: "; ")))]"
            }
            return text
        }.joined(separator: " ")
    }

    /// `text` for Markdown: markup characters escaped with a backslash, `<`, `>` and `&` as
    /// entities (Markdown passes raw HTML through), `#`, `>`, `+`, `-` escaped at the start.
    static func escapedMarkdown(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default:
                if "*_`\\[]".contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        if let first = result.first, "#+-".contains(first) { result = "\\" + result }
        // `2009. viti` at a line start would be an ordered list item.
        if let match = result.prefixMatch(of: listNumberPattern) {
            let digits = result[match.range].dropLast()
            result = digits + "\\" + result[result.index(before: match.range.upperBound)...]
        }
        return result
    }
}

// Regex literals evaluated once per process: a literal inside a function is parsed again
// every time the function runs (`Docs/Performance.md`).
nonisolated(unsafe) private let listNumberPattern = /[0-9]+[.)]/
