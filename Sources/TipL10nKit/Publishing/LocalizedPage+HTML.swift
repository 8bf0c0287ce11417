import Foundation
import TipL10nXML

extension LocalizedPage {
    /// A complete, self-contained HTML page (UTF-8): `<!DOCTYPE html>`, `<html lang dir>`,
    /// `<meta charset>`, viewport, `<title>` (``fullTitle``), the embedded stylesheet
    /// (``PageStylesheet``: readable measure, responsive, print), and in `<main>` the same
    /// `<article>` as ``fragment(path:)``. A draft or host-government package also gets
    /// `<meta name="robots" content="noindex, nofollow">`, its banner on every printed page
    /// (a running head and a watermark) and, on screen, the banner kept in view.
    ///
    /// All markup and escaping is libxml2's (``XMLStreamWriter``): a translation holding
    /// `<script>` or `"` is text. The page is also well-formed XML; only the fixed
    /// `<!DOCTYPE html>` line is put in front of the writer's output.
    /// - Parameter path: the file name, for messages.
    /// - Throws: ``XMLError`` for text that is not legal XML (control characters).
    public func html(path: String) throws -> Data {
        let writer = try XMLStreamWriter(path: path)
        try writer.startElement("html")
        try writer.attribute("lang", document.locale)
        try writer.attribute("dir", Self.direction(of: document.locale))
        try writer.startElement("head")
        try writer.element("meta", attributes: ["charset": "UTF-8"])
        try writer.element("meta", attributes: ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        try writer.element("meta", attributes: ["name": "generator", "content": "tipl10n"])
        if draft != nil || embargo != nil {
            try writer.element("meta", attributes: ["name": "robots", "content": "noindex, nofollow"])
        }
        try writer.element("title", text: fullTitle)
        try writer.element("style", text: PageStylesheet.css)
        if let running = runningHead {
            try writer.element("style", text: PageStylesheet.printRunningHead(running))
        }
        try writer.endElement()
        try writer.startElement("body")
        if let mark = watermark {
            try writer.element(
                "div", attributes: ["class": "tipl10n-watermark", "aria-hidden": "true", "lang": "en", "dir": "ltr"],
                text: mark)
        }
        try writer.startElement("main")
        try writer.attribute("class", "tipl10n-main")
        try writeArticle(to: writer, isFragment: false)
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        return Data("<!DOCTYPE html>\n".utf8) + (try writer.finish())
    }

    /// The page's content as one `<article class="tipl10n-report">` with no `<html>` or
    /// `<head>`, to paste into the post's content management system; `lang` and `dir` on the
    /// article. Class names are documented in `Docs/Publishing.md`; no stylesheet comes with it.
    /// - Throws: ``XMLError`` for text that is not legal XML.
    public func fragment(path: String) throws -> Data {
        let writer = try XMLStreamWriter(path: path)
        try writeArticle(to: writer, isFragment: true)
        return try writer.finish()
    }

    /// The print running head: the draft banner or the embargo line.
    var runningHead: String? {
        if let draft { return draft.text }
        if let embargo { return embargo.english }
        return nil
    }

    /// The printed watermark: `DRAFT` or `EMBARGOED`.
    var watermark: String? {
        if draft != nil { return "DRAFT" }
        if embargo != nil { return "EMBARGOED" }
        return nil
    }

    private func writeArticle(to writer: XMLStreamWriter, isFragment: Bool) throws {
        var classes = ["tipl10n-report"]
        if draft != nil { classes.append("tipl10n-draft") }
        if embargo != nil { classes.append("tipl10n-host-government") }
        try writer.startElement("article")
        try writer.attribute("class", classes.joined(separator: " "))
        if isFragment {
            try writer.attribute("lang", document.locale)
            try writer.attribute("dir", Self.direction(of: document.locale))
        }
        try writer.attribute("data-cable", document.cableID)
        try writeBanners(to: writer)
        try writeHeader(to: writer)
        try writeFindings(to: writer)
        try writeNarrative(to: writer)
        if !document.nonPaper.isEmpty {
            try writeSection(
                "tipl10n-non-paper", id: "tipl10n-non-paper-heading", heading: labels.nonPaper, to: writer
            ) {
                try writer.startElement("ul")
                let language = document.nonPaper.compactMap(\.language).first
                let common = document.nonPaper.allSatisfy { $0.language == language } ? language : nil
                try setLanguage(common, to: writer)
                for block in document.nonPaper {
                    try writeBlock(block, as: "li", className: nil, parentLanguage: common, to: writer)
                }
                try writer.endElement()
            }
        }
        if !document.press.isEmpty {
            try writeSection(
                "tipl10n-press-guidance", id: "tipl10n-press-guidance-heading", heading: labels.pressGuidance,
                to: writer
            ) {
                try writer.startElement("dl")
                try writer.attribute("class", "tipl10n-qa")
                var isOpen = false
                for block in document.press {
                    if block.kind == .question || !isOpen {
                        if isOpen { try writer.endElement() }
                        try writer.startElement("div")
                        try writer.attribute("class", "tipl10n-qa-pair")
                        isOpen = true
                    }
                    switch block.kind {
                    case .question: try writeBlock(block, as: "dt", className: "tipl10n-question", to: writer)
                    default: try writeBlock(block, as: "dd", className: "tipl10n-answer", to: writer)
                    }
                }
                if isOpen { try writer.endElement() }
                try writer.endElement()
            }
        }
        try writer.endElement()
    }

    private func writeBanners(to writer: XMLStreamWriter) throws {
        if let draft {
            try writer.startElement("div")
            try writer.attribute("class", "tipl10n-banner tipl10n-draft-banner")
            try writer.attribute("role", "note")
            try writer.attribute("lang", "en")
            try writer.attribute("dir", "ltr")
            try writer.withoutIndentation {
                try writer.element("strong", text: DraftSummary.headline)
                try writer.text(": \(draft.counts)")
                try writer.endElement()
            }
            try writer.text("\n")
        }
        if let embargo {
            try writer.startElement("div")
            try writer.attribute("class", "tipl10n-banner tipl10n-embargo-banner")
            try writer.attribute("role", "note")
            try writer.withoutIndentation {
                if let localized = embargo.localized {
                    try writer.startElement("strong")
                    try setLanguage(localized.language == document.locale ? nil : localized.language, to: writer)
                    try writer.text(localized.text)
                    try writer.endElement()
                    try writer.text(" ")
                    try writer.element(
                        "span", attributes: ["class": "tipl10n-embargo-english", "lang": "en", "dir": "ltr"],
                        text: embargo.english)
                } else {
                    // The English line on a page in another language is marked as English.
                    let isEnglish = document.locale == "en" || document.locale.hasPrefix("en-")
                    try writer.element(
                        "strong", attributes: isEnglish ? [:] : ["lang": "en", "dir": "ltr"], text: embargo.english)
                }
                try writer.endElement()
            }
            try writer.text("\n")
        }
    }

    private func writeHeader(to writer: XMLStreamWriter) throws {
        try writer.startElement("header")
        try writer.attribute("class", "tipl10n-header")
        if !languageLinks.isEmpty {
            try writer.startElement("nav")
            try writer.attribute("class", "tipl10n-languages")
            try writer.attribute("aria-labelledby", "tipl10n-languages-label")
            try writer.startElement("span")
            try writer.attribute("class", "tipl10n-languages-label")
            try writer.attribute("id", "tipl10n-languages-label")
            try setLanguage(foreign(labels.languages.language), to: writer)
            try writer.text(labels.languages.text)
            try writer.endElement()
            try writer.startElement("ul")
            for link in languageLinks {
                try writer.startElement("li")
                try writer.withoutIndentation {
                    if link.isCurrent {
                        try writer.startElement("span")
                        try writer.attribute("class", "tipl10n-current-language")
                        try writer.attribute("aria-current", "page")
                    } else {
                        try writer.startElement("a")
                        try writer.attribute("href", link.href("html"))
                        try writer.attribute("hreflang", link.tag)
                    }
                    if link.tag != document.locale {
                        try writer.attribute("lang", link.tag)
                        try writer.attribute("dir", Self.direction(of: link.tag))
                    }
                    try writer.text(link.name)
                    try writer.endElement()
                    if link.isOriginal && document.locale != "en" {
                        try writer.text(" ")
                        try writer.startElement("span")
                        try writer.attribute("class", "tipl10n-original")
                        try setLanguage(foreign(labels.original.language), to: writer)
                        try writer.text("(\(labels.original.text))")
                        try writer.endElement()
                    }
                    try writer.endElement()
                }
                try writer.text("\n")
            }
            try writer.endElement()
            try writer.endElement()
        }
        try writer.startElement("h1")
        try writer.attribute("class", "tipl10n-title")
        try writer.withoutIndentation {
            try writer.startElement("span")
            try writer.attribute("class", "tipl10n-report-name")
            try setLanguage(foreign(labels.reportTitle.language), to: writer)
            try writer.text(labels.reportTitle.text)
            try writer.element("span", attributes: ["class": "tipl10n-title-separator"], text: ": ")
            try writer.endElement()
            try writer.startElement("span")
            try writer.attribute("class", "tipl10n-country")
            if let title = document.narrative.first(where: { $0.kind == .title }) {
                try setLanguage(title.language, to: writer)
                try writeSegments(of: title, parentLanguage: title.language, to: writer)
            } else {
                try writer.text(document.cableID)
            }
            try writer.endElement()
            try writer.endElement()
        }
        try writer.text("\n")
        if let disclaimer = labels.disclaimer {
            try writer.startElement("p")
            try writer.attribute("class", "tipl10n-disclaimer")
            try setLanguage(foreign(disclaimer.language), to: writer)
            try writer.withoutIndentation {
                try writer.text(disclaimer.text)
                try writer.endElement()
            }
            try writer.text("\n")
        }
        try writer.endElement()
    }

    private func writeFindings(to writer: XMLStreamWriter) throws {
        guard let draft, !draft.findings.isEmpty else { return }
        try writer.startElement("section")
        try writer.attribute("class", "tipl10n-findings")
        try writer.attribute("lang", "en")
        try writer.attribute("dir", "ltr")
        try writer.attribute("aria-labelledby", "tipl10n-findings-heading")
        try writer.element(
            "h2", attributes: ["id": "tipl10n-findings-heading"],
            text: "Not ready to publish: \(draft.units.count == 1 ? "1 unit" : "\(draft.units.count) units")")
        try writer.startElement("ol")
        for unit in draft.units {
            try writer.startElement("li")
            try writer.withoutIndentation {
                try writer.startElement("a")
                try writer.attribute("href", "#\(Self.anchor(unit.unitID))")
                try writer.element("code", text: unit.unitID)
                try writer.endElement()
                try writer.text(": " + unit.findings.map(\.message).joined(separator: "; "))
                try writer.endElement()
            }
            try writer.text("\n")
        }
        try writer.endElement()
        try writer.endElement()
    }

    private func writeNarrative(to writer: XMLStreamWriter) throws {
        try writer.startElement("div")
        try writer.attribute("class", "tipl10n-narrative")
        let blocks = document.narrative.filter { $0.kind != .title }
        var index = blocks.startIndex
        while index < blocks.endIndex {
            let sectionID = blocks[index].sectionID
            var end = index
            while end < blocks.endIndex && blocks[end].sectionID == sectionID { end += 1 }
            let section = blocks[index..<end]
            let name = Self.className(LocalizedDocument.sectionName(sectionID))
            if let heading = section.first(where: { $0.kind == .heading }) {
                try writer.startElement("section")
                try writer.attribute("class", "tipl10n-section tipl10n-section-\(name)")
                try writer.attribute("aria-labelledby", "tipl10n-section-\(name)-heading")
                for block in section {
                    if block == heading {
                        try writer.startElement("h2")
                        try writer.attribute("id", "tipl10n-section-\(name)-heading")
                        try setLanguage(block.language, to: writer)
                        try writer.withoutIndentation {
                            try writeSegments(of: block, parentLanguage: block.language, to: writer)
                            try writer.endElement()
                        }
                        try writer.text("\n")
                    } else {
                        try writeBlock(block, as: "p", className: nil, to: writer)
                    }
                }
                try writer.endElement()
            } else {
                try writer.startElement("div")
                try writer.attribute("class", "tipl10n-section tipl10n-section-\(name)")
                for block in section { try writeBlock(block, as: "p", className: nil, to: writer) }
                try writer.endElement()
            }
            index = end
        }
        try writer.endElement()
    }

    private func writeSection(
        _ className: String, id: String, heading: PublishingLabels.Label, to writer: XMLStreamWriter,
        content: () throws -> Void
    ) throws {
        try writer.startElement("section")
        try writer.attribute("class", className)
        try writer.attribute("aria-labelledby", id)
        try writer.startElement("h2")
        try writer.attribute("id", id)
        try setLanguage(foreign(heading.language), to: writer)
        try writer.text(heading.text)
        try writer.endElement()
        try content()
        try writer.endElement()
    }

    /// One block as `name`: its label (`<strong class="tipl10n-label">`) and segments;
    /// `lang`/`dir` when the whole block is in another language than its parent.
    private func writeBlock(
        _ block: LocalizedDocument.Block, as name: String, className: String?, parentLanguage: String? = nil,
        to writer: XMLStreamWriter
    ) throws {
        try writer.startElement(name)
        if let className { try writer.attribute("class", className) }
        let language = block.language
        if language != parentLanguage { try setLanguage(language ?? document.locale, to: writer) }
        try writer.withoutIndentation {
            if let label = block.label {
                try writer.startElement("strong")
                try writer.attribute("class", "tipl10n-label")
                if label.language != (language ?? document.locale) { try setLanguage(label.language, to: writer) }
                try writer.text(label.text)
                try writer.endElement()
                try writer.text(" ")
            }
            try writeSegments(of: block, parentLanguage: language, to: writer)
            try writer.endElement()
        }
        // libxml2 ends a line after an end tag only while indenting; this mixed-content block
        // was closed without, so the line break is written here (white space between blocks).
        try writer.text("\n")
    }

    /// The segments of `block`, a space between them; a segment with findings (a draft) is a
    /// `<mark class="tipl10n-finding">` with an `id` the list of findings links to, followed
    /// by its finding; a segment in another language than `parentLanguage` gets `lang`/`dir`.
    private func writeSegments(
        of block: LocalizedDocument.Block, parentLanguage: String?, to writer: XMLStreamWriter
    ) throws {
        for (index, segment) in block.segments.enumerated() {
            if index > 0 { try writer.text(" ") }
            let language = segment.language != parentLanguage ? segment.language ?? document.locale : nil
            if let found = findingsByUnit[segment.unitID] {
                try writer.startElement("mark")
                try writer.attribute(
                    "class", segment.isUntranslated ? "tipl10n-finding tipl10n-untranslated" : "tipl10n-finding")
                try writer.attribute("id", Self.anchor(segment.unitID))
                try writer.attribute("data-unit", segment.unitID)
                try setLanguage(language, to: writer)
                try writer.text(segment.text)
                try writer.endElement()
                try writer.text(" ")
                try writer.element(
                    "span", attributes: ["class": "tipl10n-finding-note", "lang": "en", "dir": "ltr"],
                    text: "[\(found.number)] " + found.findings.map(\.message).joined(separator: "; "))
            } else if let language {
                try writer.element(
                    "span", attributes: ["lang": language, "dir": Self.direction(of: language)], text: segment.text)
            } else {
                try writer.text(segment.text)
            }
        }
    }

    /// `lang` and `dir` for a passage in `language`; nothing for `nil`.
    private func setLanguage(_ language: String?, to writer: XMLStreamWriter) throws {
        guard let language else { return }
        try writer.attribute("lang", language)
        try writer.attribute("dir", Self.direction(of: language))
    }

    /// `language` when it is not the page's, else `nil`.
    private func foreign(_ language: String) -> String? {
        language == document.locale ? nil : language
    }

    /// `tipl10n-unit-narrative.protection.p1.s2`: the `id` of a unit's highlight.
    static func anchor(_ unitID: String) -> String { "tipl10n-unit-\(unitID)" }

    /// A section name as a class-name part: lower-case letters, digits and hyphens.
    static func className(_ name: String) -> String {
        String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }
}
