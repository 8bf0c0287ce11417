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
        for match in LinkScanner(text).matches() {
            var range = match
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

    /// The pattern ``links(in:)`` follows, as a regular expression: ``LinkScanner`` finds the
    /// same matches (leftmost, the URL alternative first, by `Character`) without a regex
    /// engine, which cost tens of microseconds per text (`Docs/Performance.md`). Tests compare
    /// the two.
    static let linkPatternSource =
        #"(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp])://|[Ww][Ww][Ww]\.)[^\s<>"]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"#

    /// Whether `text` can hold a match of ``linkPattern`` at all: every match has `://`, `www.`
    /// (any case) or `@`. One pass over the UTF-8 bytes, so most units skip the regex.
    static func mayHoldLink(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                // Letters, and every byte of a character outside ASCII, are above `@`.
                if byte > UInt8(ascii: "@") { continue }
                if byte == UInt8(ascii: "@") { return true }
                if byte == UInt8(ascii: "/"), index >= 2, bytes[index - 1] == UInt8(ascii: "/"),
                    bytes[index - 2] == UInt8(ascii: ":")
                {
                    return true
                }
                if byte == UInt8(ascii: "."), index >= 3, bytes[index - 1] | 0x20 == UInt8(ascii: "w"),
                    bytes[index - 2] | 0x20 == UInt8(ascii: "w"), bytes[index - 3] | 0x20 == UInt8(ascii: "w")
                {
                    return true
                }
            }
            return false
        }
    }

    /// The text with every link replaced by spaces (so words inside URLs are not words).
    static func maskingLinks(in text: String) -> String {
        masking(links(in: text), in: text)
    }

    /// `text` with `found` (its ``links(in:)``) replaced by spaces, a space per character.
    static func masking(_ found: [Link], in text: String) -> String {
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
        runs(in: text, scalarBelongs: isLetter) { isLetter($0) }
    }

    /// Maximal runs of letters and digits, lower-cased and NFC, in order.
    static func tokens(in text: String) -> [String] {
        let normalized = nfc(text)
        if let tokens = scalarTokens(in: normalized) { return tokens }
        return characterRuns(in: normalized) { character in
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

    /// An ASCII byte in lower case (`A`…`Z` → `a`…`z`); any other byte as it is.
    @inline(__always)
    static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
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

    /// `Character.isLetter` of a character that is this one scalar (`Alphabetic`).
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIILetter(UInt8(scalar.value)) : scalar.properties.isAlphabetic
    }

    /// `isLetter || isNumber` of a character that is this one scalar.
    @inline(__always)
    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// True for a scalar that is a character of its own whatever surrounds it, and that no
    /// mark after it can join (UAX #29: no Extend, SpacingMark, Prepend or ZWJ; CR LF aside,
    /// which is no letter or digit either way): below U+0300, the Cyrillic letters, the
    /// punctuation U+2010–U+205F. Text made only of these can be split by scalar.
    @inline(__always)
    static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x400..<0x483, 0x48A..<0x500, 0x2010..<0x2060: true
        default: false
        }
    }

    /// Maximal runs of characters that `belongs` accepts. Text whose every scalar is
    /// ``isStandalone(_:)`` is split by scalar with `scalarBelongs` (the same answer for a
    /// one-scalar character), without grapheme breaking; other text by `Character`.
    private static func runs(
        in text: String, scalarBelongs: (Unicode.Scalar) -> Bool, where belongs: (Character) -> Bool
    ) -> [Substring] {
        if let result = scalarRuns(in: text, where: scalarBelongs) { return result }
        return characterRuns(in: text, where: belongs)
    }

    /// ``tokens(in:)`` by scalar for text whose every scalar is ``isStandalone(_:)`` (`nil`
    /// for other text): a token of ASCII letters and digits is lower-cased byte by byte, any
    /// other by `lowercased()`.
    private static func scalarTokens(in text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var result: [String] = []
            var start: Int?
            var isASCII = true
            func close(at end: Int) {
                guard let begin = start else { return }
                let token = UnsafeBufferPointer(rebasing: bytes[begin..<end])
                if isASCII {
                    // Lower-cased byte by byte into the string's own storage (no array between).
                    result.append(
                        String(unsafeUninitializedCapacity: token.count) { buffer in
                            for (offset, byte) in token.enumerated() { buffer[offset] = asciiLowercased(byte) }
                            return token.count
                        })
                } else {
                    result.append(String(decoding: token, as: UTF8.self).lowercased())
                }
                start = nil
            }
            let allStandalone = standaloneScalars(in: bytes) { index, length, scalar in
                if isLetterOrNumber(scalar) {
                    if start == nil {
                        start = index
                        isASCII = true
                    }
                    if length > 1 { isASCII = false }
                } else {
                    close(at: index)
                }
            }
            guard allStandalone else { return nil }
            close(at: bytes.count)
            return result
        }
    }

    /// Calls `body` with the byte offset, byte length and value of each scalar of `bytes`
    /// (valid UTF-8: a Swift string's), in order, while every scalar is ``isStandalone(_:)``;
    /// false when one is not (`body` has then seen only the scalars before it).
    @inline(__always)
    private static func standaloneScalars(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Unicode.Scalar) -> Void
    ) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let scalar: Unicode.Scalar
            let length: Int
            if lead < 0x80 {
                scalar = Unicode.Scalar(lead)
                length = 1
            } else {
                length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                guard let decoded = Unicode.Scalar(value) else { return false }
                scalar = decoded
            }
            guard isStandalone(scalar) else { return false }
            body(index, length, scalar)
            index += length
        }
        return true
    }

    private static func scalarRuns(in text: String, where belongs: (Unicode.Scalar) -> Bool) -> [Substring]? {
        var ranges: [Range<Int>] = []
        // Only a string stored as UTF-8 (not a bridged one) is read by byte, so that the runs'
        // indices are the caller's string's own.
        let allStandalone = text.utf8.withContiguousStorageIfAvailable { bytes in
            var start: Int?
            let allStandalone = standaloneScalars(in: bytes) { index, _, scalar in
                if belongs(scalar) {
                    if start == nil { start = index }
                } else if let begin = start {
                    ranges.append(begin..<index)
                    start = nil
                }
            }
            if let begin = start { ranges.append(begin..<bytes.count) }
            return allStandalone
        }
        guard allStandalone == true else { return nil }
        // A native string's UTF-8 offsets are its indices (O(1) to make).
        let utf8 = text.utf8
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return text[start..<utf8.index(start, offsetBy: range.count)]
        }
    }

    private static func characterRuns(in text: String, where belongs: (Character) -> Bool) -> [Substring] {
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
    /// Additional, Extended-C/D/E, full-width); in the blocks that mix Latin letters with other
    /// characters (superscripts and subscripts, letterlike symbols and number forms such as the
    /// Kelvin sign `K` and Roman numerals, the `ﬁ` ligatures, Extended-F/G), Unicode's Script
    /// property decides (`\p{sc=Latn}`).
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isAlphabetic else { return false }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2AF, 0x1D00...0x1DBF,
            0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return true
        case 0x2070...0x218F, 0xFB00...0xFB06, 0x10780...0x107BF, 0x1DF00...0x1DFFF:
            return String(scalar).wholeMatch(of: latinScript) != nil
        default:
            return false
        }
    }

    /// Built once: a regex literal inside a function is parsed every time it runs.
    nonisolated(unsafe) private static let latinScript = /\p{sc=Latn}/

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

/// The matches of ``VerificationText/linkPatternSource`` in a text, found by hand: at each
/// `Character` from the left, a URL (`http://`, `https://`, `ftp://` or `www.`, any case,
/// then one or more characters that are not white space, `<`, `>` or `"`), else an e-mail
/// address (local part, `@`, dot-separated labels ending in a dot and two or more ASCII
/// letters, the longest such end first, as the regex backtracks); after a match, on from its end.
struct LinkScanner {
    private let text: String
    private let characters: [Character]
    private let indices: [String.Index]

    init(_ text: String) {
        self.text = text
        var characters: [Character] = []
        var indices: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            characters.append(text[index])
            indices.append(index)
            index = text.index(after: index)
        }
        indices.append(text.endIndex)
        self.characters = characters
        self.indices = indices
    }

    func matches() -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var position = 0
        while position < characters.count {
            if let end = url(at: position) ?? email(at: position) {
                result.append(indices[position]..<indices[end])
                position = end
            } else {
                position += 1
            }
        }
        return result
    }

    /// The single ASCII byte of the character at `position`, if it is one.
    private func ascii(_ position: Int) -> UInt8? {
        guard position < characters.count else { return nil }
        let utf8 = characters[position].utf8
        return utf8.count == 1 ? utf8.first : nil
    }

    private func isASCIILetter(_ position: Int) -> Bool {
        guard let byte = ascii(position) else { return false }
        return VerificationText.isASCIILetter(byte)
    }

    private func isASCIIAlphanumeric(_ position: Int) -> Bool {
        guard let byte = ascii(position) else { return false }
        return VerificationText.isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// True when the characters at `position` spell `literal` (ASCII), letters in any case.
    private func hasPrefix(_ literal: String, at position: Int) -> Bool {
        var offset = position
        for expected in literal.utf8 {
            guard let byte = ascii(offset) else { return false }
            let folded = VerificationText.isASCIILetter(byte) ? byte | 0x20 : byte
            guard folded == expected else { return false }
            offset += 1
        }
        return true
    }

    private func url(at position: Int) -> Int? {
        var start: Int?
        for prefix in ["https://", "http://", "ftp://", "www."] where hasPrefix(prefix, at: position) {
            start = position + prefix.utf8.count
            break
        }
        guard let start else { return nil }
        var end = start
        while end < characters.count {
            let character = characters[end]
            if character.isWhitespace || character == "<" || character == ">" || character == "\"" { break }
            end += 1
        }
        return end > start ? end : nil
    }

    private func isLocalPart(_ position: Int) -> Bool {
        guard let byte = ascii(position) else { return false }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "-"): return true
        default: return isASCIIAlphanumeric(position)
        }
    }

    private func isLabel(_ position: Int) -> Bool {
        ascii(position) == UInt8(ascii: "-") || isASCIIAlphanumeric(position)
    }

    private func email(at position: Int) -> Int? {
        var at = position
        while isLocalPart(at) { at += 1 }
        guard at > position, ascii(at) == UInt8(ascii: "@") else { return nil }
        var labelEnd = at + 1
        while isLabel(labelEnd) { labelEnd += 1 }
        guard labelEnd > at + 1 else { return nil }
        // Where each further `.label` ends; the regex tries the most of them first.
        var ends = [labelEnd]
        while ascii(ends[ends.count - 1]) == UInt8(ascii: "."), isLabel(ends[ends.count - 1] + 1) {
            var next = ends[ends.count - 1] + 1
            while isLabel(next) { next += 1 }
            ends.append(next)
        }
        for end in ends.reversed() where ascii(end) == UInt8(ascii: ".") {
            var letters = end + 1
            while isASCIILetter(letters) { letters += 1 }
            if letters - (end + 1) >= 2 { return letters }
        }
        return nil
    }
}
