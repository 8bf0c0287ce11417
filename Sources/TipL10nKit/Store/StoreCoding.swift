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
    static func text(from content: InlineContent) throws -> String {
        String(decoding: try encoder.encode(content), as: UTF8.self)
    }

    /// One encoder for the process (`encode` keeps its state per call; making an encoder for
    /// each of an import's translations was a part of its time).
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The content in `text`; throws `DecodingError` when the JSON does not match.
    static func content(from text: String) throws -> InlineContent {
        try JSONDecoder().decode(InlineContent.self, from: Data(text.utf8))
    }
}
