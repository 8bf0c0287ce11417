import Foundation

/// Text scanning shared by the checks: links (URLs and e-mail addresses), words, scripts.
///
/// Positions are `String.Index`es into the text given. A word is a maximal run of letters
/// (Unicode `Letter` characters); a token (for glossary matching) is a maximal run of
/// letters and digits.
enum VerificationText {
    /// A URL or e-mail address found in text.
    struct Link: Equatable {
        enum Kind: Equatable {
            case url
            case email
        }

        var kind: Kind
        /// As written, trailing sentence punctuation removed.
        var text: String
        var range: Range<String.Index>

        /// The form two links are compared in: e-mail addresses case-insensitively, URLs as written.
        var comparable: String { kind == .email ? text.lowercased() : text }
    }

    /// URLs (`http://`, `https://`, `ftp://`, or starting `www.`) and e-mail addresses, in order.
    ///
    /// A URL runs to the next white space, `<`, `>` or `"`; trailing `.,;:!?)]}'"»”’` are
    /// sentence punctuation, not part of it.
    static func links(in text: String) -> [Link] {
        guard mayHoldLink(text) else { return [] }
        var links: [Link] = []
        for match in text.matches(of: linkPattern) {
            var range = match.range
            let lowered = text[range].lowercased()
            let isEmail = !["http://", "https://", "ftp://", "www."].contains { lowered.hasPrefix($0) }
            if !isEmail {
                let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "'", "\"", "»", "”", "’"]
                var end = range.upperBound
                while end > range.lowerBound, let last = text[range.lowerBound..<end].last, trailing.contains(last) {
                    end = text.index(before: end)
                }
                range = range.lowerBound..<end
            }
            guard !range.isEmpty else { continue }
            links.append(Link(kind: isEmail ? .email : .url, text: String(text[range]), range: range))
        }
        return links
    }

    /// The pattern of ``links(in:)``, compiled once per process (building it per call was a
    /// fifth of verify's time, `Docs/Performance.md`).
    nonisolated(unsafe) private static let linkPattern =
        #/(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp])://|[Ww][Ww][Ww]\.)[^\s<>"]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/#

    /// Whether `text` can hold a match of ``linkPattern`` at all: every match has `://`, `www.`
    /// (any case) or `@`. One pass over the UTF-8 bytes, so most units skip the regex.
    static func mayHoldLink(_ text: String) -> Bool {
        var window: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") { return true }
            if byte == UInt8(ascii: "/") && window.1 == UInt8(ascii: ":") && window.2 == UInt8(ascii: "/") {
                return true
            }
            if byte == UInt8(ascii: "."), window.0 | 0x20 == UInt8(ascii: "w"), window.1 | 0x20 == UInt8(ascii: "w"),
                window.2 | 0x20 == UInt8(ascii: "w")
            {
                return true
            }
            window = (window.1, window.2, byte)
        }
        return false
    }

    /// The text with every link replaced by spaces (so words inside URLs are not words).
    static func maskingLinks(in text: String) -> String {
        let found = links(in: text)
        guard !found.isEmpty else { return text }
        var result = ""
        var position = text.startIndex
        for link in found {
            result += text[position..<link.range.lowerBound]
            result += String(repeating: " ", count: text[link.range].count)
            position = link.range.upperBound
        }
        result += text[position...]
        return result
    }

    /// Maximal runs of letters, in order.
    static func words(in text: String) -> [Substring] {
        runs(in: text) { isLetter($0) }
    }

    /// Maximal runs of letters and digits, lower-cased and NFC, in order.
    static func tokens(in text: String) -> [String] {
        runs(in: nfc(text)) { character in
            if let ascii = character.asciiValue {
                return isASCIILetter(ascii) || (ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9"))
            }
            return character.isLetter || character.isNumber
        }.map { $0.lowercased() }
    }

    /// `Character.isLetter`, answered without a Unicode property look-up in ASCII.
    @inline(__always)
    static func isLetter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return isASCIILetter(ascii) }
        return character.isLetter
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")
    }

    /// `text` in Unicode NFC (`precomposedStringWithCanonicalMapping`). Text whose every
    /// scalar is NFC-stable whatever follows it (below U+0300, Cyrillic U+0400–U+04FF, the
    /// punctuation U+2010–U+205F: UAX #15 quick-check Yes, never composed with a following
    /// mark) is returned as it is, without a Foundation call.
    static func nfc(_ text: String) -> String {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x300, 0x400...0x4FF, 0x2010...0x205F: continue
            default: return text.precomposedStringWithCanonicalMapping
            }
        }
        return text
    }

    /// `text` without white space and line breaks at either end, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (Unicode `White_Space`), by scalar.
    static func trimmed(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? first
        return Substring(scalars[first...last])
    }

    private static func runs(in text: String, where belongs: (Character) -> Bool) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            if belongs(text[index]) {
                if start == nil { start = index }
            } else if let begin = start {
                result.append(text[begin..<index])
                start = nil
            }
            index = text.index(after: index)
        }
        if let begin = start { result.append(text[begin...]) }
        return result
    }

    /// A letter of the Latin script (Basic Latin, Latin-1, Extended-A/B, IPA, Extended
    /// Additional, Extended-C/D/E, full-width).
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isAlphabetic else { return false }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2AF, 0x1D00...0x1DBF,
            0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return true
        default:
            return false
        }
    }

    /// A letter of the Cyrillic script (Cyrillic, Supplement, Extended-A/B/C).
    static func isCyrillicLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isAlphabetic else { return false }
        switch scalar.value {
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F:
            return true
        default:
            return false
        }
    }

    /// `text` in double quotes, shortened to `limit` characters with `…`, on one line
    /// (control characters escaped, see ``singleLine(_:)``).
    static func quoted(_ text: some StringProtocol, limit: Int = 60) -> String {
        let string = String(text)
        if string.count <= limit { return "\"\(singleLine(string))\"" }
        return "\"\(singleLine(String(string.prefix(limit - 1))))…\""
    }

    /// `text` with line breaks, tabs, other control characters and the bidirectional
    /// embeddings, overrides and isolates escaped (`\n`, `\t`, `\r`, `\u{1B}`, `\u{202E}`), so
    /// that a diagnostic stays one line, keeps its order, and text from a file cannot drive the
    /// terminal.
    static func singleLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _
            where scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                || BidiControlCheck.names[scalar] != nil:
                // Bidirectional controls too: one left open in a quote would reorder the rest of
                // the line, the report's cell or the annotated note (`bidi` check).
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// White space named by code point: `U+0020 U+00A0`, or `none`.
    static func named(_ whitespace: some StringProtocol) -> String {
        guard !whitespace.isEmpty else { return "none" }
        return whitespace.unicodeScalars.map { "U+" + String(format: "%04X", $0.value) }.joined(separator: " ")
    }
}
