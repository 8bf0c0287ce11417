import Foundation
import TipL10nXML

/// The parts of the cable viewer's HTML page the reader needs.
///
/// Source: `09STATE60608.html`. The telegram text is the text content of the `<pre>` blocks in
/// document order, joined by a newline (the header block, then the body block); the `¶` anchors
/// (`<a href='#par3'>¶</a>3.`) come out as `¶3.`, exactly like the archive layout. A page that
/// prints the telegram as HTML text instead (`<p>` paragraphs, `<br>` line breaks) is laid out as
/// a browser would (``renderedText(of:)``) from the telegram's first line (`VZCZC…`, the DTG, the
/// caption or `FM`). The metadata
/// comes from `<table class='cable'>`: its `<th>` cells name the `<td>` cells in order
/// (`Reference ID`, `Created`, `Released`, `Classification`, `Origin`).
struct CableHTMLPage {
    var telegramText: String
    var metadata: CableMetadata

    /// Reads the page through ``HTMLDocument``.
    ///
    /// - Throws: ``CableError`` `not a cable: the HTML page could not be read: …` when libxml2
    ///   fails, `not a cable: expected the telegram text in <pre> blocks of the HTML page` when
    ///   there is no `<pre>` text.
    init(data: Data, path: String) throws {
        let root: XMLTree.Element
        do {
            root = try HTMLDocument.parse(data, path: path)
        } catch let error as XMLError {
            throw CableError.unreadableHTML(path: path, line: error.line > 0 ? error.line : nil, reason: error.message)
        }
        let blocks = root.descendants(named: "pre").map { CableText.normalizingNewlines($0.textContent) }
        let preText = blocks.joined(separator: "\n")
        if Self.telegramStart(in: preText) != nil {
            telegramText = preText
        } else if let rendered = Self.renderedText(of: root), let start = Self.telegramStart(in: rendered) {
            // No `<pre>` holds the telegram: the page prints it as HTML text (`<p>`, `<br>`).
            telegramText = String(rendered[start...])
        } else if blocks.contains(where: { !CableText.isBlank($0) }) {
            telegramText = preText
        } else {
            throw CableError.noPreformattedText(path: path)
        }

        metadata = CableMetadata()
        let tables = root.descendants(named: "table").filter { table in
            (table.attribute("class") ?? "").split(separator: " ").contains("cable")
        }
        if let table = tables.first {
            let labels = table.descendants(named: "th").map { CableText.collapsingSpaces($0.textContent) }
            let values = table.descendants(named: "td").map { CableText.collapsingSpaces($0.textContent) }
            for (label, value) in zip(labels, values) { metadata.set(label, value) }
        }
    }

    /// Where the telegram starts in `text`: the line of its `VZCZC` routing line, its DTG, its
    /// caption or its `FM` line, whichever comes first; `nil` when there is none.
    static func telegramStart(in text: String) -> String.Index? {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = CableText.trimmed(line)
            if trimmed.hasPrefix("VZCZC") || CableDTG(trimmed) != nil || CableCaption(trimmed) != nil
                || trimmed.hasPrefix("FM ")
            {
                return line.startIndex
            }
        }
        return nil
    }

    /// The text of the page's `<body>` as a browser lays it out: white space inside text collapsed
    /// to single spaces, `<br>` a line break, a block element (`p`, `div`, `li`, `tr`, `h1`…) on
    /// lines of its own, a paragraph (`p`) followed by a blank line, `<pre>` text kept as printed.
    static func renderedText(of root: XMLTree.Element) -> String? {
        guard let body = root.descendants(named: "body").first else { return nil }
        var output = ""
        render(body, into: &output, preformatted: false)
        return CableText.normalizingNewlines(output)
    }

    private static let blockElements: Set<String> = [
        "p", "div", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
        "article", "header", "footer", "pre", "hr", "dd", "dt",
    ]

    private static func render(_ element: XMLTree.Element, into output: inout String, preformatted: Bool) {
        if ["script", "style", "head"].contains(element.name) { return }
        if element.name == "br" {
            output += "\n"
            return
        }
        let isBlock = blockElements.contains(element.name)
        if isBlock && !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
        for child in element.children {
            switch child {
            case .text(let text):
                if preformatted || element.name == "pre" {
                    output += text
                } else {
                    let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    let leading = text.first?.isWhitespace == true && !output.hasSuffix("\n") && !output.hasSuffix(" ")
                    let trailing = text.last?.isWhitespace == true && !collapsed.isEmpty
                    output += (leading && !output.isEmpty ? " " : "") + collapsed + (trailing ? " " : "")
                }
            case .element(let child):
                render(child, into: &output, preformatted: preformatted || element.name == "pre")
            case .comment:
                break
            }
        }
        if isBlock && !output.hasSuffix("\n") { output += "\n" }
        if element.name == "p" && !output.hasSuffix("\n\n") { output += "\n" }
    }
}
