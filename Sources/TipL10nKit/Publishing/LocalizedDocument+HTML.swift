import Foundation
import TipL10nXML

extension LocalizedDocument {
    /// A complete HTML page (UTF-8): `<!DOCTYPE html>`, `<html lang>` (and `dir="rtl"` for a
    /// right-to-left language, from CLDR), `<meta charset="UTF-8">`,
    /// `<title>`, then `h1` (title), `h2` (headings), `p` (paragraphs) and, for the press
    /// guidance, `p class="question"` / `p class="answer"` with the label in `strong`.
    /// Untranslated segments of a draft are `<mark class="untranslated" lang="en">`.
    ///
    /// All markup and escaping is libxml2's (``XMLStreamWriter``); the page is also
    /// well-formed XML (void elements are self-closed, `<meta … />`). Only the fixed
    /// `<!DOCTYPE html>` line is put in front of the writer's output, which has no XML
    /// declaration (a declaration would put browsers in quirks mode).
    /// - Throws: ``XMLError`` for text that is not legal XML (control characters).
    public func html(path: String) throws -> Data {
        let writer = try XMLStreamWriter(path: path)
        try writer.startElement("html")
        try writer.attribute("lang", locale)
        // Text direction from CLDR (ar, he, fa, ur … are right-to-left).
        if locale != "en" && TargetLocale(tag: locale).isRightToLeft { try writer.attribute("dir", "rtl") }
        try writer.startElement("head")
        try writer.element("meta", attributes: ["charset": "UTF-8"])
        try writer.element("meta", attributes: ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        try writer.element("meta", attributes: ["name": "generator", "content": "tipl10n \(cableID)"])
        try writer.element("title", text: title)
        try writer.endElement()
        try writer.startElement("body")
        try writer.startElement("main")
        for block in narrative {
            switch block.kind {
            case .title: try write(block, as: "h1", className: nil, to: writer)
            case .heading: try write(block, as: "h2", className: nil, to: writer)
            default: try write(block, as: "p", className: nil, to: writer)
            }
        }
        if !press.isEmpty {
            try writer.startElement("section")
            try writer.attribute("class", "press-guidance")
            for block in press {
                try write(block, as: "p", className: block.kind == .paragraph ? nil : block.kind.rawValue, to: writer)
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        return Data("<!DOCTYPE html>\n".utf8) + (try writer.finish())
    }

    private func write(_ block: Block, as name: String, className: String?, to writer: XMLStreamWriter) throws {
        try writer.startElement(name)
        if let className { try writer.attribute("class", className) }
        try writer.withoutIndentation {
            if let label = block.label {
                try writer.element("strong", text: label)
                try writer.text(" ")
            }
            for (index, segment) in block.segments.enumerated() {
                if index > 0 { try writer.text(" ") }
                if segment.isUntranslated {
                    try writer.element("mark", attributes: ["class": "untranslated", "lang": "en"], text: segment.text)
                } else {
                    try writer.text(segment.text)
                }
            }
            try writer.endElement()
        }
        // libxml2 ends a line after an end tag only while indenting; this mixed-content block
        // was closed without, so the line break is written here (white space between blocks).
        try writer.text("\n")
    }
}
