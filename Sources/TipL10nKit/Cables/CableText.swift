import Foundation

/// Small text helpers shared by the cable reader; a namespace so that they cannot collide with
/// other folders' `String` extensions.
enum CableText {
    /// Decodes file bytes: UTF-8 (a BOM is dropped), else Windows-1252, else ISO Latin 1.
    /// Newlines are normalised to `\n`.
    static func decode(_ data: Data) -> String {
        let text =
            String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252)
            ?? String(decoding: data, as: UTF8.self)
        return normalizingNewlines(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    /// `\r\n` and lone `\r` become `\n`.
    static func normalizingNewlines(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Splits text into 1-based numbered lines with trailing white space (including U+00A0
    /// NO-BREAK SPACE) removed.
    static func lines(of text: String) -> [CableLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            CableLine(number: index + 1, text: trimmingTrailingWhitespace(line))
        }
    }

    /// The text without trailing white space.
    static func trimmingTrailingWhitespace<S: StringProtocol>(_ text: S) -> String {
        var end = text.endIndex
        while end > text.startIndex {
            let before = text.index(before: end)
            guard text[before].isWhitespace else { break }
            end = before
        }
        return String(text[text.startIndex..<end])
    }

    /// The text without leading and trailing white space.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The words of the text (split at any white space).
    static func words<S: StringProtocol>(_ text: S) -> [String] {
        text.split(whereSeparator: { (character: Character) in character.isWhitespace }).map { String($0) }
    }

    /// The text with runs of white space collapsed to single spaces and the ends trimmed.
    static func collapsingSpaces<S: StringProtocol>(_ text: S) -> String {
        words(text).joined(separator: " ")
    }

    /// `true` for blank lines.
    static func isBlank<S: StringProtocol>(_ text: S) -> Bool {
        text.allSatisfy { $0.isWhitespace }
    }

    /// `true` for a separator line of three or more hyphens (`--------------`).
    static func isSeparator<S: StringProtocol>(_ text: S) -> Bool {
        let trimmed = trimmed(text)
        return trimmed.count >= 3 && trimmed.allSatisfy { $0 == "-" }
    }

    /// Drops one leading `¶` mark (and spaces before it).
    static func droppingParagraphMark(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " }
        if trimmed.first == "¶" { return String(trimmed.dropFirst()) }
        return text
    }

    /// Reflows lines to one string: words joined by single spaces, `¶` marks at word starts
    /// dropped, blank and separator lines skipped.
    static func reflow(_ lines: [CableLine]) -> String {
        var result: [String] = []
        for line in lines where !isBlank(line.text) && !isSeparator(line.text) {
            for word in words(line.text) {
                let cleaned = word.hasPrefix("¶") ? String(word.dropFirst()) : word
                if !cleaned.isEmpty { result.append(cleaned) }
            }
        }
        return result.joined(separator: " ")
    }

    /// The last `count` words of the text.
    static func tail(_ text: String, words count: Int) -> String {
        words(text).suffix(count).joined(separator: " ")
    }

    /// The first `count` words of the text.
    static func head(_ text: String, words count: Int) -> String {
        words(text).prefix(count).joined(separator: " ")
    }
}
