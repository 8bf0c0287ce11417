import Foundation

extension LocalizedDocument {
    /// Marks an untranslated segment in text and Markdown drafts: `[untranslated: English]`.
    static func marked(_ segment: Segment) -> String {
        segment.isUntranslated ? "[untranslated: \(segment.text)]" : segment.text
    }

    private static func text(of block: Block) -> String {
        block.segments.map(marked).joined(separator: " ")
    }

    /// Plain text: one block per paragraph, blank lines between, Q/A labels before the text.
    public var plainText: String {
        var lines: [String] = []
        for block in narrative + press {
            let text = Self.text(of: block)
            lines.append(block.label.map { "\($0) \(text)" } ?? text)
        }
        return lines.joined(separator: "\n\n") + "\n"
    }

    /// Markdown: `#` title, `##` headings, paragraphs, `**label**` before questions and answers.
    /// Characters Markdown would read as markup (`*`, `_`, `` ` ``, `#` at a line start) are
    /// escaped with a backslash; `<`, `>` and `&` are written as HTML entities.
    public var markdown: String {
        var lines: [String] = []
        for block in narrative + press {
            let text = Self.escapedMarkdown(Self.text(of: block))
            switch block.kind {
            case .title: lines.append("# \(text)")
            case .heading: lines.append("## \(text)")
            case .paragraph: lines.append(text)
            case .question, .answer: lines.append("**\(block.label ?? "")** \(text)")
            }
        }
        return lines.joined(separator: "\n\n") + "\n"
    }

    static func escapedMarkdown(_ text: String) -> String {
        var result = ""
        for character in text {
            // Markdown passes raw HTML through: `<`, `>` and `&` become entities, so a target
            // holding `<script>` stays text when the page is rendered.
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default:
                if "*_`\\".contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        if let first = result.first, "#>+-".contains(first) { result = "\\" + result }
        return result
    }
}
