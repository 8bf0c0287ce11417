import Foundation

/// How the store writes dates: ISO 8601 text in UTC with milliseconds, `2009-06-16T14:00:00.000Z`.
///
/// Fixed width, so text order is time order in SQL. Sub-millisecond parts are truncated: a
/// date read back equals the written one when it falls on a whole millisecond.
enum StoreDate {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// `2009-06-16T14:00:00.000Z`.
    static func text(from date: Date) -> String {
        date.formatted(style)
    }

    /// The date in `text`, or `nil` when it is not in the store's format.
    static func date(from text: String) -> Date? {
        try? style.parse(text)
    }
}

/// How the store writes ``InlineContent``: JSON from its `Codable` conformance, keys sorted,
/// slashes unescaped, so equal contents give equal text.
///
/// Shape (Swift's synthesized enum coding):
/// `{"pieces":[{"text":{"_0":"See "}},`
/// `{"code":{"_0":{"attributes":{},"element":"x","id":"1","position":"standalone"}}}]}` (one line).
enum StoreJSON {
    /// The JSON text of `content`.
    ///
    /// Content that is one text piece needing no escape (no `"`, `\` or control character
    /// below U+0020) is written directly, byte for byte what the encoder writes (an import
    /// writes one per translation, and the encoder was about 7 % of its time); anything else goes
    /// through the encoder.
    static func text(from content: InlineContent) throws -> String {
        if content.pieces.isEmpty { return emptyJSON }
        if content.pieces.count == 1, case .text(let text) = content.pieces[0], !needsEscape(text) {
            return textPrefix + text + textSuffix
        }
        return String(decoding: try encoder.encode(content), as: UTF8.self)
    }

    /// What the encoder writes for content without pieces.
    static let emptyJSON = #"{"pieces":[]}"#
    /// What the encoder writes before and after the text of content that is one text piece.
    static let textPrefix = #"{"pieces":[{"text":{"_0":""#
    static let textSuffix = #""}}]}"#

    /// True when a JSON string of `text` needs an escape: it holds `"`, `\` or a byte below 0x20.
    static func needsEscape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
    }

    /// One encoder for the process (`encode` keeps its state per call; making an encoder for
    /// each of an import's translations was a part of its time).
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The content in `text`; throws `DecodingError` when the JSON does not match.
    ///
    /// The two shapes ``text(from:)`` writes directly (no pieces; one text piece without an
    /// escape) are read directly, as the decoder reads them; anything else goes through the decoder.
    static func content(from text: String) throws -> InlineContent {
        if text == emptyJSON { return InlineContent(pieces: []) }
        if text.hasPrefix(textPrefix), text.hasSuffix(textSuffix),
            text.utf8.count >= textPrefix.utf8.count + textSuffix.utf8.count
        {
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: textPrefix.utf8.count)
            let end = utf8.index(utf8.endIndex, offsetBy: -textSuffix.utf8.count)
            let piece = String(text[start..<end])
            if !needsEscape(piece) { return InlineContent(pieces: [.text(piece)]) }
        }
        return try JSONDecoder().decode(InlineContent.self, from: Data(text.utf8))
    }
}
