import Foundation

/// Small text helpers shared by the cable reader; a namespace so that they cannot collide with
/// other folders' `String` extensions.
enum CableText {
    /// How the bytes of a cable file were decoded.
    enum Encoding: Equatable {
        case utf8, windows1252, utf16LittleEndian, utf16BigEndian

        var isUTF16: Bool { self == .utf16LittleEndian || self == .utf16BigEndian }
    }

    /// Decodes file bytes and normalises newlines (see ``normalizingNewlines(_:)``).
    ///
    /// - UTF-16 with a byte-order mark (`FF FE` little-endian, `FE FF` big-endian); without a
    ///   mark when the file has NUL bytes only at odd offsets (little-endian) or only at even
    ///   offsets (big-endian), at least one code unit in four having one, and decodes cleanly.
    /// - Any other file with a NUL byte is binary and refused.
    /// - Else UTF-8 (a BOM is dropped), else Windows-1252, else UTF-8 with replacement
    ///   characters.
    ///
    /// - Throws: ``CableError`` `not a cable: the file is binary (it contains NUL bytes)`;
    ///   `not a cable: the file starts with a UTF-16 byte-order mark but is not valid UTF-16`.
    static func decode(_ data: Data, path: String) throws -> (text: String, encoding: Encoding) {
        let text: String
        let encoding: Encoding
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            encoding = data.first == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let decoded = decodeUTF16(data.dropFirst(2), bigEndian: encoding == .utf16BigEndian) else {
                throw CableError.invalidUTF16(path: path)
            }
            text = decoded
        } else if containsNUL(data) {
            guard let guess = utf16EncodingWithoutBOM(data),
                let decoded = decodeUTF16(data[...], bigEndian: guess == .utf16BigEndian)
            else { throw CableError.binaryFile(path: path) }
            encoding = guess
            text = decoded
        } else if let utf8 = String(data: data, encoding: .utf8) {
            encoding = .utf8
            text = utf8
        } else if let windows = String(data: data, encoding: .windowsCP1252) {
            encoding = .windows1252
            text = windows
        } else {
            encoding = .utf8
            text = String(decoding: data, as: UTF8.self)
        }
        return (normalizingNewlines(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text), encoding)
    }

    /// `true` when the bytes contain a NUL byte.
    static func containsNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0 else { return false }
            return memchr(base, 0, raw.count) != nil
        }
    }

    /// UTF-16 without a byte-order mark, guessed from where the NUL bytes are (see ``decode(_:path:)``).
    private static func utf16EncodingWithoutBOM(_ data: Data) -> Encoding? {
        guard data.count.isMultiple(of: 2) else { return nil }
        let (evenNULs, oddNULs) = data.withUnsafeBytes { raw -> (Int, Int) in
            var even = 0
            var odd = 0
            var offset = 0
            while offset + 1 < raw.count {
                if raw[offset] == 0 { even += 1 }
                if raw[offset + 1] == 0 { odd += 1 }
                // NUL bytes on both sides: binary, no need to read on.
                if even > 0 && odd > 0 { break }
                offset += 2
            }
            return (even, odd)
        }
        let units = data.count / 2
        if evenNULs == 0 && oddNULs * 4 >= units { return .utf16LittleEndian }
        if oddNULs == 0 && evenNULs * 4 >= units { return .utf16BigEndian }
        return nil
    }

    /// Strict UTF-16 decoding: `nil` for an odd byte count or an unpaired surrogate.
    private static func decodeUTF16(_ bytes: Data.SubSequence, bigEndian: Bool) -> String? {
        guard bytes.count.isMultiple(of: 2) else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    /// The first control character other than TAB, LF, CR and FORM FEED (C0, U+007F DELETE,
    /// C1) and its 1-based line, counting `\n`.
    static func firstControlCharacter(in text: String) -> (scalar: Unicode.Scalar, line: Int)? {
        var line = 1
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: line += 1
            case 0x09, 0x0C, 0x0D: continue
            case 0x00...0x1F, 0x7F...0x9F: return (scalar, line)
            default: continue
            }
        }
        return nil
    }

    /// `\r\n` and lone `\r` become `\n`. A FORM FEED (U+000C, a page break) is a line break:
    /// next to a newline it is dropped (it does not add a line), elsewhere it becomes `\n`.
    static func normalizingNewlines(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x0D || $0 == 0x0C }) { return text }
        var text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        guard text.contains("\u{0C}") else { return text }
        text = text.replacingOccurrences(of: "\n\u{0C}", with: "\n").replacingOccurrences(of: "\u{0C}\n", with: "\n")
        return text.replacingOccurrences(of: "\u{0C}", with: "\n")
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

    /// The last occurrence of `needle`, an ASCII text, in `text`: what Foundation's
    /// `range(of: needle, options: .backwards)` finds, by byte and without Foundation (a search
    /// per line and marking was a fifth of reading a cable).
    ///
    /// Foundation answers where the bytes cannot: when a character outside ASCII stands next to
    /// the last match (a mark, a joiner or a prepended character may make it part of a larger
    /// character), and for a needle holding `K`, `;` or `` ` `` (U+212A, U+037E and U+1FEF are
    /// canonically equal to them).
    static func lastRange(ofASCII needle: String, in text: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, pattern.allSatisfy({ $0 < 0x80 }),
            !pattern.contains(where: { $0 == UInt8(ascii: "K") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "`") })
        else {
            return text.range(of: needle, options: .backwards)
        }
        enum Answer {
            case found(Range<String.Index>)
            case absent
            case askFoundation
        }
        let utf8 = text.utf8
        let answer = utf8.withContiguousStorageIfAvailable { bytes -> Answer in
            var start = bytes.count - pattern.count
            while start >= 0 {
                defer { start -= 1 }
                guard bytes[start] == first, (1..<pattern.count).allSatisfy({ bytes[start + $0] == pattern[$0] })
                else { continue }
                let end = start + pattern.count
                if (start > 0 && bytes[start - 1] >= 0x80) || (end < bytes.count && bytes[end] >= 0x80) {
                    return .askFoundation
                }
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                return .found(lower..<utf8.index(lower, offsetBy: pattern.count))
            }
            return .absent
        }
        switch answer {
        case .found(let range): return range
        case .absent: return nil
        case .askFoundation, nil: return text.range(of: needle, options: .backwards)
        }
    }

    /// Whether the UTF-8 of `text` holds that of `needle`, an ASCII text: true wherever
    /// `text.contains(needle)` is, so a cheap test before a rule (also where a combining mark on
    /// the needle's last character makes Foundation say no; the rule then decides).
    static func holdsBytes(of needle: String, in text: some StringProtocol) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let start = utf8[index...].firstIndex(of: first) {
            var position = start
            var matched = true
            for byte in pattern {
                guard position < utf8.endIndex, utf8[position] == byte else {
                    matched = false
                    break
                }
                position = utf8.index(after: position)
            }
            if matched { return true }
            index = utf8.index(after: start)
        }
        return false
    }

    /// Whether ASCII `text` holds `needle` (ASCII, lower case) in any ASCII case: for ASCII
    /// text, `text.lowercased().contains(needle)` by byte.
    static func containsASCIIIgnoringCase(_ needle: String, in text: String) -> Bool {
        let pattern = Array(needle.utf8)
        let utf8 = Array(text.utf8)
        guard pattern.count <= utf8.count, let first = pattern.first else { return pattern.isEmpty }
        for start in 0...(utf8.count - pattern.count)
        where VerificationText.asciiLowercased(utf8[start]) == first {
            if (1..<pattern.count).allSatisfy({ VerificationText.asciiLowercased(utf8[start + $0]) == pattern[$0] }) {
                return true
            }
        }
        return false
    }

    /// The text without leading and trailing white space.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The words of the text (split at any white space).
    static func words<S: StringProtocol>(_ text: S) -> [String] {
        let utf8 = text.utf8
        // ASCII text by byte: its white space is U+0009–U+000D and U+0020, as `isWhitespace` has it.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.split(whereSeparator: isASCIIWhitespace).map { String(decoding: $0, as: UTF8.self) }
        }
        return text.split(whereSeparator: { (character: Character) in character.isWhitespace }).map { String($0) }
    }

    /// `Character.isWhitespace` for an ASCII byte: tab, line feed, vertical tab, form feed,
    /// carriage return, space.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The text with runs of white space collapsed to single spaces and the ends trimmed.
    static func collapsingSpaces<S: StringProtocol>(_ text: S) -> String {
        words(text).joined(separator: " ")
    }

    /// `true` for blank lines.
    static func isBlank<S: StringProtocol>(_ text: S) -> Bool {
        if text.utf8.allSatisfy(isASCIIWhitespace) { return true }
        return text.allSatisfy { $0.isWhitespace }
    }

    /// `true` for a separator line (a rule): three or more hyphens (`--------------`), or of `=`,
    /// `_`, `*`, `~`, `#`, with `+` or `|` corners allowed (see ``CableNarrativeLayout/isRule(_:)``).
    static func isSeparator<S: StringProtocol>(_ text: S) -> Bool {
        CableNarrativeLayout.isRule(text)
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
