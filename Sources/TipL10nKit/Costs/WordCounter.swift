import Foundation

/// Counts words by tipl10n's one documented rule, `tipl10n-words-1`: GMX-V 2.0's word count
/// (word boundaries of Unicode UAX #29, punctuation and white space not words) with the
/// tailorings stated below. The whole rule, with examples, is in `Docs/WordCount.md`.
///
/// 1. The text is the unit's source in Unicode NFC. Inline codes are not text: a standalone
///    code (`<x/>`, `<ph>`) separates words like a space; an opening or closing code (`<g>`)
///    does not (formatting inside a word keeps it one word). Codes are counted in
///    ``WordCount/inlineCodes``.
/// 2. A URL (starting `http://`, `https://`, `ftp://` or `www.`) or an e-mail address is one
///    word, whatever its dots and slashes; trailing `.,;:!?)]}'"’”` are not part of it.
/// 3. The rest is cut at UAX #29 word boundaries (CLDR root, so `:` does not join letters):
///    letters and digits next to each other stay together (`Q1`, `G8`); `.`, `'`, `’`, `·`
///    between two letters join them (`U.S`, `Department's`, `a.m`); `.`, `,`, `;`, `'`, `’`
///    between two digits join them (`158,593`, `1.5`); `_` joins anything. Everything else
///    breaks: white space (U+00A0 and U+202F too), hyphens and dashes (`anti-trafficking` is
///    two words), slashes (`G/TIP` two), `:` (`10:00` two), `@`, `$`, `%`, brackets, quotes.
/// 4. A segment holding a letter or a digit is a word; one of digits and their separators
///    only is also a number (`$158,593` is one word, one number; `$` is punctuation). Other
///    non-space characters are punctuation.
///
/// Example: `On June 16, 2009, at 10:00 a.m. EDT, see www.state.gov/g/tip.` is 11 words
/// (`On`, `June`, `16`, `2009`, `at`, `10`, `00`, `a.m`, `EDT`, `see`, the URL), 4 of them
/// numbers.
public enum WordCounter {
    /// The rule's name, stored with every cost request: `tipl10n-words-1`.
    public static let ruleName = "tipl10n-words-1"

    /// The counts of plain text.
    public static func count(_ text: String) -> WordCount {
        var result = WordCount()
        scan(text) { token in
            result.characters += token.text.count
            switch token.kind {
            case .word: result.words += 1
            case .number:
                result.words += 1
                result.numbers += 1
            case .address: result.words += 1
            case .punctuation: result.punctuation += token.text.count
            }
        }
        return result
    }

    /// The counts of text with inline codes (rule 1: standalone codes separate words, paired
    /// codes do not; every code adds one to ``WordCount/inlineCodes``).
    public static func count(_ content: InlineContent) -> WordCount {
        var text = ""
        for piece in content.pieces {
            switch piece {
            case .text(let string): text += string
            case .code(let code): text += code.position == .standalone ? " " : ""
            }
        }
        var result = count(text)
        result.inlineCodes = content.codes.count
        return result
    }

    /// The words of `text` in order, as printed (`["Kosovo", "TIER", "2"]` for `Kosovo (TIER 2)`):
    /// what ``count(_:)-(String)`` counts as ``WordCount/words``.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        scan(text) { token in
            if token.kind != .punctuation { words.append(token.text) }
        }
        return words
    }

    // MARK: - Scanning

    /// One piece of counted text.
    private struct Token {
        enum Kind { case word, number, address, punctuation }
        var text: String
        var kind: Kind
    }

    /// URLs (rule 2) and e-mail addresses, found before the UAX #29 pass.
    /// (A computed property: `Regex` is not `Sendable`, so it cannot be a stored static.)
    private static var addressPattern: Regex<Substring> {
        #/(?i)(?:(?:https?|ftp)://|www\.)[^\s<>"]+|[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+/#
    }

    /// Characters that do not belong at the end of a URL.
    private static let trailingURLPunctuation: Set<Character> = [
        ".", ",", ";", ":", "!", "?", ")", "]", "}", "'", "\"", "\u{2019}", "\u{201D}",
    ]

    /// Calls `emit` for every word, number, address and punctuation character of `text`, in order.
    private static func scan(_ text: String, _ emit: (Token) -> Void) {
        let normalized = text.precomposedStringWithCanonicalMapping
        var rest = normalized[...]
        while let match = rest.firstMatch(of: addressPattern) {
            var range = match.range
            while range.upperBound > range.lowerBound,
                let last = normalized[range].last, trailingURLPunctuation.contains(last)
            {
                range = range.lowerBound..<normalized.index(before: range.upperBound)
            }
            scanWords(normalized[rest.startIndex..<range.lowerBound], emit)
            if !range.isEmpty { emit(Token(text: String(normalized[range]), kind: .address)) }
            rest = normalized[range.upperBound...]
        }
        scanWords(rest, emit)
    }

    /// How UAX #29 sees a character (CLDR root tailoring).
    private enum CharacterClass {
        case space, letter, digit, connector, midLetter, midNumber, midNumberLetter, other
    }

    /// UAX #29 `MidLetter` without the colons (CLDR root).
    private static let midLetters: Set<Unicode.Scalar> = ["\u{00B7}", "\u{0387}", "\u{055F}", "\u{05F4}", "\u{2027}"]
    /// UAX #29 `MidNumLet` and `Single_Quote`.
    private static let midNumberLetters: Set<Unicode.Scalar> = [
        "\u{0027}", "\u{002E}", "\u{2018}", "\u{2019}", "\u{2024}", "\u{FE52}", "\u{FF07}", "\u{FF0E}",
    ]
    /// UAX #29 `MidNum`.
    private static let midNumbers: Set<Unicode.Scalar> = [
        "\u{002C}", "\u{003B}", "\u{037E}", "\u{0589}", "\u{060C}", "\u{060D}", "\u{066C}", "\u{07F8}", "\u{2044}",
        "\u{FE10}", "\u{FE14}", "\u{FE50}", "\u{FE54}", "\u{FF0C}", "\u{FF1B}",
    ]

    private static func characterClass(_ character: Character) -> CharacterClass {
        if character.isWhitespace { return .space }
        guard let scalar = character.unicodeScalars.first else { return .other }
        if scalar.properties.numericType == .decimal { return .digit }
        if character.isLetter { return .letter }
        if scalar.properties.generalCategory == .connectorPunctuation { return .connector }
        if midLetters.contains(scalar) { return .midLetter }
        if midNumberLetters.contains(scalar) { return .midNumberLetter }
        if midNumbers.contains(scalar) { return .midNumber }
        return .other
    }

    /// True when `middle` between `before` and `after` does not break a word (UAX #29 WB6/7, WB11/12).
    private static func joins(_ before: CharacterClass, _ middle: CharacterClass, _ after: CharacterClass) -> Bool {
        switch (before, middle, after) {
        case (.letter, .midLetter, .letter), (.letter, .midNumberLetter, .letter): true
        case (.digit, .midNumber, .digit), (.digit, .midNumberLetter, .digit): true
        default: false
        }
    }

    /// Rules 3 and 4 on text without addresses.
    private static func scanWords(_ text: Substring, _ emit: (Token) -> Void) {
        let characters = Array(text)
        let classes = characters.map(characterClass)
        let isCore: (CharacterClass) -> Bool = { $0 == .letter || $0 == .digit || $0 == .connector }
        var index = 0
        while index < characters.count {
            let current = classes[index]
            if current == .space {
                index += 1
                continue
            }
            guard isCore(current) else {
                emit(Token(text: String(characters[index]), kind: .punctuation))
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < characters.count {
                if isCore(classes[index]) {
                    index += 1
                } else if index + 1 < characters.count, joins(classes[index - 1], classes[index], classes[index + 1]) {
                    index += 2
                } else {
                    break
                }
            }
            let segment = classes[start..<index]
            let text = String(characters[start..<index])
            if !segment.contains(.letter) && !segment.contains(.digit) {
                for character in text { emit(Token(text: String(character), kind: .punctuation)) }
            } else if segment.contains(.digit) && !segment.contains(.letter) && !segment.contains(.connector) {
                emit(Token(text: text, kind: .number))
            } else {
                emit(Token(text: text, kind: .word))
            }
        }
    }
}
