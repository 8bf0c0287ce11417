import Foundation

/// A text as `Character`s with a lower-cased twin, for the number scanner.
///
/// Indices are `Character` offsets. Lower-casing is per character (a character whose lower
/// case is several characters is kept as is), so both have the same length. The characters
/// are kept as UTF-8 with each one's start, and a `Character` is made only where the scanner
/// asks for one: filling arrays of `Character`s was a good part of the scanner's time.
struct TextBuffer {
    /// The number of characters.
    let count: Int
    /// Each character's class, looked up once here: the scanner asks the same questions of
    /// every position many times, and Unicode property look-ups were most of its time
    /// (`Docs/Performance.md`).
    private let classes: [CharacterClass]
    /// The text and its lower-cased twin as UTF-8, with each character's start (and the
    /// end): words and spans become `String`s by copying bytes, not by appending characters.
    private let bytes: [UInt8]
    private let offsets: [Int]
    private let loweredBytes: [UInt8]
    private let loweredOffsets: [Int]

    /// What the scanner needs to know of one character.
    struct CharacterClass: OptionSet {
        let rawValue: UInt8
        static let letter = CharacterClass(rawValue: 1 << 0)
        static let asciiDigit = CharacterClass(rawValue: 1 << 1)
        static let whitespace = CharacterClass(rawValue: 1 << 2)
        static let unspacedLetter = CharacterClass(rawValue: 1 << 3)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The class of a one-byte character: the ASCII range answers without a property look-up.
        init(ascii: UInt8) {
            switch ascii {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): self = .letter
            case UInt8(ascii: "0")...UInt8(ascii: "9"): self = .asciiDigit
            case 0x09...0x0D, 0x20: self = .whitespace
            default: self = []
            }
        }

        init(_ character: Character) {
            var value: CharacterClass = []
            if character.utf8.count == 1, let ascii = character.utf8.first {
                value = CharacterClass(ascii: ascii)
            } else {
                if character.isLetter { value.insert(.letter) }
                if character.isASCIIDigit { value.insert(.asciiDigit) }
                if character.isWhitespace { value.insert(.whitespace) }
                if character.isUnspacedScriptLetter { value.insert(.unspacedLetter) }
            }
            self = value
        }
    }

    /// The buffer of `string`. With `byScalarWherePossible` (the default) text whose every
    /// scalar is a character of its own is split by scalar (ASCII without CR: by byte); false
    /// (for tests) always splits by `Character`, the general way the fast ones must agree with.
    init(_ string: String, byScalarWherePossible: Bool = true) {
        let utf8 = string.utf8
        if byScalarWherePossible && utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII (most English): a character is a byte; no property look-up, no loop of appends.
            bytes = Array(utf8)
            loweredBytes = bytes.map(VerificationText.asciiLowercased)
            offsets = Array(0...bytes.count)
            loweredOffsets = offsets
            classes = bytes.map { Self.asciiClasses[Int($0)] }
            count = bytes.count
        } else {
            var builder = Builder(capacity: utf8.count)
            // Where every scalar is a character of its own (no mark joins it, no CR LF), the
            // text is walked by scalar: grapheme breaking was a good part of the buffer's cost.
            if byScalarWherePossible
                && string.unicodeScalars.allSatisfy({ VerificationText.isStandalone($0) && $0 != "\r" })
            {
                for scalar in string.unicodeScalars { builder.append(scalar) }
            } else {
                for character in string { builder.append(character) }
            }
            builder.offsets.append(builder.bytes.count)
            builder.loweredOffsets.append(builder.loweredBytes.count)
            count = builder.classes.count
            classes = builder.classes
            bytes = builder.bytes
            offsets = builder.offsets
            loweredBytes = builder.loweredBytes
            loweredOffsets = builder.loweredOffsets
        }
        mayHoldAddress = VerificationText.mayHoldLink(string)
    }

    private static let asciiClasses: [CharacterClass] = (0..<128).map { CharacterClass(ascii: UInt8($0)) }

    /// What a one-scalar character from U+0080 up to ``scalarFactsEnd`` (Latin-1, Latin
    /// Extended, IPA, Greek, Cyrillic) is to the buffer: its class and lower case, worked out
    /// once per process by the same code as for any character; `nil` where the lower case is
    /// not one scalar (`İ`), which goes the general way.
    private static let scalarFacts: [(characterClass: CharacterClass, lowered: Unicode.Scalar)?] =
        (0x80..<scalarFactsEnd).map { value in
            guard let scalar = Unicode.Scalar(value) else { return nil }
            let character = Character(scalar)
            let lowered = TextBuffer.lowered(character).unicodeScalars
            guard lowered.count == 1, let first = lowered.first else { return nil }
            return (CharacterClass(character), first)
        }
    private static let scalarFactsEnd: UInt32 = 0x530
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    /// The arrays of a buffer, filled one character at a time.
    private struct Builder {
        var classes: [CharacterClass] = []
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        var loweredBytes: [UInt8] = []
        var loweredOffsets: [Int] = []

        init(capacity: Int) {
            classes.reserveCapacity(capacity)
            bytes.reserveCapacity(capacity)
            offsets.reserveCapacity(capacity + 1)
            loweredBytes.reserveCapacity(capacity)
            loweredOffsets.reserveCapacity(capacity + 1)
        }

        /// Appends a scalar that is a character of its own: ASCII by byte, the Latin and
        /// Cyrillic letters of ``scalarFacts`` from that table, any other as a `Character`.
        @inline(__always)
        mutating func append(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value < 0x80 {
                let ascii = UInt8(value)
                offsets.append(bytes.count)
                loweredOffsets.append(loweredBytes.count)
                classes.append(TextBuffer.asciiClasses[Int(ascii)])
                bytes.append(ascii)
                loweredBytes.append(VerificationText.asciiLowercased(ascii))
                return
            }
            guard value < TextBuffer.scalarFactsEnd, let facts = TextBuffer.scalarFacts[Int(value - 0x80)] else {
                append(Character(scalar))
                return
            }
            offsets.append(bytes.count)
            loweredOffsets.append(loweredBytes.count)
            classes.append(facts.characterClass)
            UTF8.encode(scalar) { bytes.append($0) }
            UTF8.encode(facts.lowered) { loweredBytes.append($0) }
        }

        @inline(__always)
        mutating func append(_ character: Character) {
            let utf8 = character.utf8
            if utf8.count == 1, let ascii = utf8.first {
                append(Unicode.Scalar(ascii))
                return
            }
            offsets.append(bytes.count)
            loweredOffsets.append(loweredBytes.count)
            classes.append(CharacterClass(character))
            bytes.append(contentsOf: utf8)
            loweredBytes.append(contentsOf: TextBuffer.lowered(character).utf8)
        }
    }

    /// A character in lower case as the buffer keeps it: its lower case when that is one
    /// character, otherwise the character itself (so both arrays have the same length).
    static func lowered(_ character: Character) -> Character {
        if character.utf8.count == 1, let ascii = character.utf8.first {
            return Character(Unicode.Scalar(VerificationText.asciiLowercased(ascii)))
        }
        let lower = character.lowercased()
        return lower.count == 1 ? Character(lower) : character
    }

    /// False when the text has no `://`, `www.` or `@` anywhere: no chunk of it is a URL or
    /// an e-mail address, and the scanner need not look.
    let mayHoldAddress: Bool

    /// The character at `index`.
    subscript(index: Int) -> Character {
        Self.character(bytes, from: offsets[index], to: offsets[index + 1])
    }

    /// The character at `index` in lower case (``lowered(_:)``).
    func loweredCharacter(at index: Int) -> Character {
        Self.character(loweredBytes, from: loweredOffsets[index], to: loweredOffsets[index + 1])
    }

    /// Every character, in order (for tests).
    var characters: [Character] { (0..<count).map { self[$0] } }
    /// Every character in lower case, in order (for tests).
    var lowered: [Character] { (0..<count).map { loweredCharacter(at: $0) } }

    /// The one character whose UTF-8 is `bytes[start..<end]`.
    @inline(__always)
    private static func character(_ bytes: [UInt8], from start: Int, to end: Int) -> Character {
        if end - start == 1 && bytes[start] < 0x80 { return asciiCharacters[Int(bytes[start])] }
        return Character(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// The byte of the character at `index` when it is one ASCII byte (not CR LF).
    @inline(__always)
    func asciiByte(at index: Int) -> UInt8? {
        let start = offsets[index]
        return offsets[index + 1] - start == 1 ? bytes[start] : nil
    }

    /// The byte of the lower-cased character at `index` when it is one ASCII byte.
    @inline(__always)
    func loweredASCIIByte(at index: Int) -> UInt8? {
        let start = loweredOffsets[index]
        return loweredOffsets[index + 1] - start == 1 ? loweredBytes[start] : nil
    }

    /// True when the character at `index` is an apostrophe, `'` or `’`.
    func isApostrophe(_ index: Int) -> Bool {
        let start = offsets[index]
        switch offsets[index + 1] - start {
        case 1: return bytes[start] == UInt8(ascii: "'")
        // U+2019 (no other character is canonically equivalent to it).
        case 3: return bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0x99
        default: return false
        }
    }

    /// The class of the character at `index`; empty outside the text.
    func characterClass(_ index: Int) -> CharacterClass {
        index >= 0 && index < count ? classes[index] : []
    }

    func isDigit(_ index: Int) -> Bool {
        characterClass(index).contains(.asciiDigit)
    }

    func isLetter(_ index: Int) -> Bool {
        characterClass(index).contains(.letter)
    }

    func isSpace(_ index: Int) -> Bool {
        characterClass(index).contains(.whitespace)
    }

    /// True when a word starts at `index` (a letter not preceded by a letter or digit). In a
    /// script written without spaces (Chinese, Japanese, Thai) every letter may start a word.
    func isWordStart(_ index: Int) -> Bool {
        guard isLetter(index) else { return false }
        if isUnspacedLetter(index) || isUnspacedLetter(index - 1) {
            return true
        }
        return !isLetter(index - 1) && !isDigit(index - 1)
    }

    /// True when the character at `index` is a letter of a script written without spaces.
    func isUnspacedLetter(_ index: Int) -> Bool {
        characterClass(index).contains(.unspacedLetter)
    }

    /// The first index at or after `index` that is not white space.
    func skipSpaces(from index: Int) -> Int {
        var position = index
        while position < count && classes[position].contains(.whitespace) { position += 1 }
        return position
    }

    /// The last index before `index` that is not white space, or -1.
    func skipSpacesBackward(from index: Int) -> Int {
        var position = index
        while position >= 0 && classes[position].contains(.whitespace) { position -= 1 }
        return position
    }

    /// The end of the run of letters starting at `index` (letters joined by an apostrophe
    /// count as one word: `o'clock`).
    func wordEnd(from index: Int) -> Int {
        var position = index
        while position < count {
            if classes[position].contains(.letter) {
                position += 1
            } else if isApostrophe(position) && isLetter(position + 1) && position > index {
                position += 1
            } else {
                break
            }
        }
        return position
    }

    /// The end of the run of ASCII digits starting at `index`.
    func digitsEnd(from index: Int) -> Int {
        var position = index
        while position < count && classes[position].contains(.asciiDigit) { position += 1 }
        return position
    }

    /// The lower-cased word starting at `index`, and its end.
    func word(at index: Int) -> (word: String, end: Int)? {
        guard isLetter(index) else { return nil }
        let end = wordEnd(from: index)
        return (String(decoding: loweredBytes[loweredOffsets[index]..<loweredOffsets[end]], as: UTF8.self), end)
    }

    /// The end of the run of letters of spaced scripts starting at `index` (no apostrophe
    /// joins them, and a letter of a script without spaces ends the run).
    func spacedLetterRunEnd(from index: Int) -> Int {
        var position = index
        while position < count && classes[position].contains(.letter) && !classes[position].contains(.unspacedLetter) {
            position += 1
        }
        return position
    }

    func string(_ range: Range<Int>) -> String {
        let lower = max(0, range.lowerBound)
        let upper = min(count, range.upperBound)
        guard lower < upper else { return "" }
        return String(decoding: bytes[offsets[lower]..<offsets[upper]], as: UTF8.self)
    }

    func loweredString(_ range: Range<Int>) -> String {
        let lower = max(0, range.lowerBound)
        let upper = min(count, range.upperBound)
        guard lower < upper else { return "" }
        return String(decoding: loweredBytes[loweredOffsets[lower]..<loweredOffsets[upper]], as: UTF8.self)
    }

    /// The UTF-8 of ``loweredString(_:)`` for a range inside the text, without making a string.
    func loweredUTF8(_ range: Range<Int>) -> ArraySlice<UInt8> {
        loweredBytes[loweredOffsets[range.lowerBound]..<loweredOffsets[range.upperBound]]
    }

    /// ``loweredString(_:)`` with each run of white space made one space and none at either
    /// end: `" and  "` → `and`, `" – "` → `–`.
    func loweredCollapsingSpaces(_ range: Range<Int>) -> String {
        var result: [UInt8] = []
        var pendingSpace = false
        for index in max(0, range.lowerBound)..<min(count, range.upperBound) {
            if classes[index].contains(.whitespace) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            result.append(contentsOf: loweredBytes[loweredOffsets[index]..<loweredOffsets[index + 1]])
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// True when the UTF-8 of `range` holds `needle` (ASCII, compared byte for byte).
    func contains(ascii needle: StaticString, in range: Range<Int>) -> Bool {
        let lower = max(0, range.lowerBound)
        let upper = min(count, range.upperBound)
        guard lower < upper else { return false }
        let start = offsets[lower]
        let end = offsets[upper]
        let count = needle.utf8CodeUnitCount
        guard end - start >= count else { return false }
        return needle.withUTF8Buffer { pattern in
            var position = start
            while position + count <= end {
                if bytes[position] == pattern[0] {
                    var offset = 1
                    while offset < count && bytes[position + offset] == pattern[offset] { offset += 1 }
                    if offset == count { return true }
                }
                position += 1
            }
            return false
        }
    }
}

extension Character {
    /// `0`…`9` only (not other scripts' digits, not superscripts).
    var isASCIIDigit: Bool { isASCII && isNumber }

    /// A letter of a script written without spaces between words: Han (CJK ideographs),
    /// Hiragana, Katakana, Thai, Lao, Khmer, Myanmar. Such a letter makes no word boundary:
    /// `150万`, `2009年`, `美元` glued to the text around them.
    var isUnspacedScriptLetter: Bool {
        guard let scalar = unicodeScalars.first, scalar.value >= 0x0E00 else { return false }
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x3005...0x3007, 0x3040...0x30FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }
}

/// Phrases matched at a position of a ``TextBuffer``, longest first.
///
/// Matching rules: case-insensitive, except a phrase whose letters are all capitals (`USD`,
/// `FY`), which must match exactly; a space in a phrase matches one or more white-space
/// characters (U+0020, U+00A0, U+202F …); a phrase that starts with a letter must start a
/// word, and one that ends with a letter or digit must end one.
struct PhraseSet<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let characters: [Character]
        /// Each character's byte when it is one ASCII byte, else 0: compared without making a
        /// `Character` of the text.
        let asciiBytes: [UInt8]
        let isCaseSensitive: Bool
        let payload: Payload
        /// The phrase starts with a letter of a spaced script: it must start a word.
        let startsWithWordLetter: Bool
        /// The phrase ends with a letter or digit of a spaced script: it must end a word.
        let endsWithWordCharacter: Bool
    }

    /// Longest first.
    let entries: [Entry]
    /// First character (lower-cased unless the phrase is case-sensitive) → indices into
    /// ``entries``, ascending: at a position only the phrases that can start there are tried.
    private let entriesByFirstCharacter: [Character: [Int]]
    /// ``entriesByFirstCharacter`` for each ASCII character, looked up by byte: hashing a
    /// `Character` at every position was a good part of the scanner's time.
    private let entriesByASCII: [[Int]]

    init(_ phrases: [(String, Payload)]) {
        entries = phrases.compactMap { phrase, payload -> Entry? in
            // White space at either end is dropped (a phrase never starts with a space, so
            // it can be found by its first character).
            let trimmed = phrase.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return nil }
            let letters = trimmed.filter(\.isLetter)
            let caseSensitive = !letters.isEmpty && letters.allSatisfy(\.isUppercase)
            let characters = Array(caseSensitive ? trimmed : trimmed.lowercased())
            // Collapse runs of spaces in the phrase itself.
            var collapsed: [Character] = []
            for character in characters {
                if character.isWhitespace {
                    if collapsed.last != " " { collapsed.append(" ") }
                } else {
                    collapsed.append(character)
                }
            }
            guard let first = collapsed.first, let last = collapsed.last else { return nil }
            return Entry(
                characters: collapsed,
                asciiBytes: collapsed.map { $0.utf8.count == 1 && $0.isASCII ? $0.utf8.first ?? 0 : 0 },
                isCaseSensitive: caseSensitive, payload: payload,
                startsWithWordLetter: first.isLetter && !first.isUnspacedScriptLetter,
                endsWithWordCharacter: (last.isLetter || last.isASCIIDigit) && !last.isUnspacedScriptLetter)
        }.sorted { $0.characters.count > $1.characters.count }
        var byFirst: [Character: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            byFirst[entry.characters[0], default: []].append(index)
        }
        entriesByFirstCharacter = byFirst
        entriesByASCII = (0..<128).map { byte in byFirst[Character(Unicode.Scalar(UInt8(byte)))] ?? [] }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// For each phrase that opens with a letter of a spaced script, those opening letters in
    /// lower case (up to its first character that is not such a letter): `jan.` → `jan`,
    /// `o'clock` → `o`, `US$` → `us`.
    ///
    /// A phrase matches at a letter of a spaced script only when the text's run of such
    /// letters there (``TextBuffer/spacedLetterRunEnd(from:)``, lowered as the buffer lowers
    /// it) is exactly its key: the characters are compared one for one, and the character after
    /// the key is not such a letter in the phrase, nor (by the word-end rule) in the text.
    var wordStartKeys: Set<String> {
        var keys: Set<String> = []
        for entry in entries {
            var key = ""
            for character in entry.characters {
                guard character.isLetter && !character.isUnspacedScriptLetter else { break }
                key.append(entry.isCaseSensitive ? TextBuffer.lowered(character) : character)
            }
            if !key.isEmpty { keys.insert(key) }
        }
        return keys
    }

    /// The longest phrase at `index`: its end (exclusive) and payload.
    func match(in text: TextBuffer, at index: Int) -> (end: Int, payload: Payload)? {
        guard index >= 0 && index < text.count else { return nil }
        let caseInsensitive: [Int]
        let caseSensitive: [Int]
        if let byte = text.asciiByte(at: index) {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            caseInsensitive = entriesByASCII[Int(lower)]
            caseSensitive = byte == lower ? [] : entriesByASCII[Int(byte)]
        } else {
            let lowered = text.loweredCharacter(at: index)
            let actual = text[index]
            caseInsensitive = entriesByFirstCharacter[lowered] ?? []
            caseSensitive = actual == lowered ? [] : entriesByFirstCharacter[actual] ?? []
        }
        if caseInsensitive.isEmpty && caseSensitive.isEmpty { return nil }
        // Both lists ascend; walk them merged, so the longest phrase is still tried first.
        var i = 0
        var j = 0
        while i < caseInsensitive.count || j < caseSensitive.count {
            let next: Int
            if j >= caseSensitive.count || (i < caseInsensitive.count && caseInsensitive[i] < caseSensitive[j]) {
                next = caseInsensitive[i]
                i += 1
            } else {
                next = caseSensitive[j]
                j += 1
            }
            if let end = matchEnd(of: entries[next], in: text, at: index) {
                return (end, entries[next].payload)
            }
        }
        return nil
    }

    /// True when some phrase matches at `index`.
    func matches(in text: TextBuffer, at index: Int) -> Bool {
        match(in: text, at: index) != nil
    }

    private func matchEnd(of entry: Entry, in text: TextBuffer, at index: Int) -> Int? {
        if entry.startsWithWordLetter && !text.isUnspacedLetter(index - 1)
            && (text.isLetter(index - 1) || text.isDigit(index - 1))
        {
            return nil
        }
        var position = index
        for (offset, expected) in entry.asciiBytes.enumerated() {
            if expected == UInt8(ascii: " ") {
                guard text.isSpace(position) else { return nil }
                position = text.skipSpaces(from: position)
                continue
            }
            guard position < text.count else { return nil }
            // Two one-byte ASCII characters are equal when their bytes are; any other pair is
            // compared as `Character`s (canonical equivalence: `K` and U+212A KELVIN SIGN).
            if expected != 0,
                let actual = entry.isCaseSensitive ? text.asciiByte(at: position) : text.loweredASCIIByte(at: position)
            {
                guard actual == expected else { return nil }
            } else {
                let actual = entry.isCaseSensitive ? text[position] : text.loweredCharacter(at: position)
                guard actual == entry.characters[offset] else { return nil }
            }
            position += 1
        }
        if entry.endsWithWordCharacter && !text.isUnspacedLetter(position)
            && (text.isLetter(position) || text.isDigit(position))
        {
            return nil
        }
        return position
    }
}
