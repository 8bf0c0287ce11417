import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// The store's JSON of inline content: the shapes written and read directly must be byte for
/// byte what `JSONEncoder` writes, and read back as `JSONDecoder` reads them, since the import
/// compares the stored text with the new one to decide whether a translation changed.
@Suite struct StoreJSONTests {
    /// Pieces of text that need no escape, need one, or sit next to the edges of the shapes.
    static let alphabet: [String] = [
        "a", "Z", "7", " ", "/", "}", "]", "{", ":", ",", "_0", "\"", "\\", "\n", "\t", "\r", "\u{0}", "\u{1F}",
        "\u{7F}", "ë", "ç", "ж", "Ђ", "e\u{301}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{200D}", "😀", "\u{A0}",
        "$158,593", "\"}}]}", "{\"pieces\":[", "text",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...8, using: &generator)
        return (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }.joined()
    }

    static func encoderJSON(_ content: InlineContent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(content), as: UTF8.self)
    }

    @Test func textContentIsWrittenByteForByteAsTheEncoderWritesIt() throws {
        var generator = SeededGenerator(state: 0x5107_E75)
        var direct = 0
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator)
            let content = InlineContent(text: text)
            let json = try StoreJSON.text(from: content)
            #expect(json == (try Self.encoderJSON(content)), "\(text.debugDescription)")
            #expect(try StoreJSON.content(from: json) == content, "\(text.debugDescription)")
            if !StoreJSON.needsEscape(text) { direct += 1 }
        }
        // Both paths were taken: about half the texts need no escape.
        #expect(direct > 5_000 && direct < 15_000, "\(direct)")
    }

    @Test func contentWithCodesOrSeveralPiecesGoesThroughTheEncoder() throws {
        let code = InlineCode(element: "x", id: "1", attributes: ["ctype": "x-link"], originalData: "<a/>")
        let contents = [
            InlineContent(pieces: []),
            InlineContent(pieces: [.text("")]),
            InlineContent(pieces: [.text("See "), .code(code), .text(" for $158,593.")]),
            InlineContent(pieces: [.text("one"), .text("two")]),
            InlineContent(pieces: [.code(code)]),
        ]
        for content in contents {
            let json = try StoreJSON.text(from: content)
            #expect(json == (try Self.encoderJSON(content)))
            #expect(try StoreJSON.content(from: json) == content)
        }
        #expect(try StoreJSON.text(from: InlineContent(pieces: [])) == #"{"pieces":[]}"#)
        #expect(try StoreJSON.text(from: InlineContent(text: "a/b")) == #"{"pieces":[{"text":{"_0":"a/b"}}]}"#)
    }

    @Test func jsonThatOnlyLooksLikeTheDirectShapeIsReadByTheDecoder() throws {
        // Two pieces whose outer bytes match the one-piece shape: the `"` inside sends it to the decoder.
        let twoPieces = #"{"pieces":[{"text":{"_0":"a"}},{"text":{"_0":"b"}}]}"#
        #expect(try StoreJSON.content(from: twoPieces) == InlineContent(pieces: [.text("a"), .text("b")]))
        // An escape inside is decoded, not kept as written.
        let escaped = #"{"pieces":[{"text":{"_0":"a\/b\u0041"}}]}"#
        #expect(try StoreJSON.content(from: escaped) == InlineContent(text: "a/bA"))
        // Not JSON at all: the decoder's error.
        #expect(throws: DecodingError.self) { try StoreJSON.content(from: #"{"pieces":[{"text":{"_0":"a"#) }
    }
}
