import Foundation

/// Converts Serbian text between the Latin (`sr-Latn`) and Cyrillic (`sr-Cyrl`) scripts.
///
/// Latin → Cyrillic is our own mapping (ICU's generic `Latin-Cyrillic` is wrong for Serbian,
/// DESIGN §5): one letter per letter, the digraphs `lj`, `nj`, `dž` in every capitalization
/// (`lj`/`Lj`/`LJ` → `љ`/`Љ`, `nj` → `њ`, `dž` → `џ`), except in the words of
/// ``SerbianTransliterator/twoSoundStems`` where the two letters are two sounds
/// (`injekcija` → `инјекција`). Cyrillic → Latin is ICU's `Serbian-Latin/BGN` (`Љубав` →
/// `Ljubav`, `ЉУБАВ` → `LJUBAV`), with a table of our own should ICU lack it.
///
/// Left as they are in both directions: URLs (`www.state.gov/g/tip`, `https://…`, host names
/// ending in a known top-level domain), e-mail addresses, the tokens of ``keptTokens`` (the
/// profile's `allowedForeignTokens`: `OSCE`, `IOM`, `TVPA`; matched exactly), words with a
/// letter Serbian does not use (`q`, `w`, `x`, `y`: `Wilberforce`), figures and punctuation.
/// Rules and examples: `Docs/Publishing.md`.
public struct SerbianTransliterator: Sendable {
    /// Latin tokens never converted, e.g. the sr-Cyrl profile's `allowedForeignTokens`.
    public var keptTokens: Set<String>

    /// Creates a transliterator keeping `keptTokens` (exact matches) in Latin.
    public init(keptTokens: [String] = []) {
        self.keptTokens = Set(keptTokens)
    }

    /// `text` in Cyrillic: Serbian Latin letters converted, kept tokens left as they are.
    public func cyrillic(fromLatin text: String) -> String {
        mapChunks(of: text) { word in
            if keptTokens.contains(word) || word.contains(where: { Self.foreignLatinLetters.contains($0) }) {
                return word
            }
            return Self.cyrillicWord(fromLatin: word)
        }
    }

    /// `text` in Latin: Serbian Cyrillic letters converted (`Serbian-Latin/BGN`), everything
    /// else left as it is.
    public func latin(fromCyrillic text: String) -> String {
        mapChunks(of: text) { word in
            guard word.contains(where: { Self.cyrillicToLatin[Character($0.lowercased())] != nil }) else { return word }
            return word.applyingTransform(StringTransform("Serbian-Latin/BGN"), reverse: false)
                ?? Self.latinWord(fromCyrillic: word)
        }
    }

    // MARK: - Tokens

    /// Splits `text` into whitespace-separated chunks; URLs, e-mail addresses and kept tokens
    /// with other characters than letters (`US$`) are kept, the letter runs (words) of the
    /// other chunks go through `convert`.
    private func mapChunks(of text: String, convert: (String) -> String) -> String {
        var result = ""
        var chunk = ""
        func flush() {
            guard !chunk.isEmpty else { return }
            let isKept = Self.isAddress(chunk) || keptTokens.contains(Self.trimmingPunctuation(chunk))
            result += isKept ? chunk : Self.mapWords(of: chunk, convert: convert)
            chunk = ""
        }
        for character in text {
            if character.isWhitespace {
                flush()
                result.append(character)
            } else {
                chunk.append(character)
            }
        }
        flush()
        return result
    }

    /// Runs `convert` on each run of letters in `chunk`; digits and punctuation pass through.
    private static func mapWords(of chunk: String, convert: (String) -> String) -> String {
        var result = ""
        var word = ""
        for character in chunk {
            if character.isLetter {
                word.append(character)
            } else {
                if !word.isEmpty { result += convert(word) }
                word = ""
                result.append(character)
            }
        }
        if !word.isEmpty { result += convert(word) }
        return result
    }

    /// `chunk` without the brackets, quotes and punctuation around it: `(www.state.gov).` →
    /// `www.state.gov`.
    static func trimmingPunctuation(_ chunk: String) -> String {
        chunk.trimmingCharacters(in: CharacterSet(charactersIn: "()[]<>\"'«»„“”,;:.!?"))
    }

    /// Top-level domains that mark a bare host name (`state.gov`) as an address.
    static let addressDomains: Set<String> = ["gov", "org", "com", "net", "int", "edu", "mil", "eu", "rs", "info"]

    /// Whether `chunk` is a URL or an e-mail address: contains `://` or `@`, starts with
    /// `www.`, or is a dotted ASCII host name ending in one of ``addressDomains`` (with an
    /// optional path), ignoring surrounding punctuation.
    static func isAddress(_ chunk: String) -> Bool {
        let lower = trimmingPunctuation(chunk).lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") { return true }
        if let at = lower.firstIndex(of: "@"), lower[at...].contains(".") { return true }
        let host = lower.split(separator: "/", maxSplits: 1).first.map(String.init) ?? lower
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2,
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }),
            labels.allSatisfy({ !$0.isEmpty }), let last = labels.last
        else { return false }
        return addressDomains.contains(String(last))
    }

    // MARK: - Letters

    /// Latin letters Serbian does not use: a word containing one is foreign and kept.
    static let foreignLatinLetters: Set<Character> = ["q", "w", "x", "y", "Q", "W", "X", "Y"]

    /// Word starts (lower case) where `lj`, `nj` or `dž` are two sounds, not one letter; any
    /// word beginning with one of them (every inflection) keeps the letters apart.
    public static let twoSoundStems: [String] = [
        "injek",  // injekcija, injekcije, injektor
        "konjug",  // konjugacija
        "konjunk",  // konjunkcija, konjunktura, konjunktiv
        "vanjezi",  // vanjezički
        "nadživ",  // nadživeti, nadživjeti, nadživljavati
        "nadžnje",  // nadžnjeti
        "odživ",  // odživeti
        "odžal",  // odžaliti, odžalio
        "podžup",  // podžupan, podžupana
        "podžanr",  // podžanr, podžanrovi
    ]

    private static let latinToCyrillic: [Character: Character] = [
        "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф", "g": "г",
        "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р",
        "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
    ]

    private static let digraphs: [String: Character] = ["lj": "љ", "nj": "њ", "dž": "џ"]

    static let cyrillicToLatin: [Character: String] = {
        var table: [Character: String] = [:]
        for (latin, cyrillic) in latinToCyrillic { table[cyrillic] = String(latin) }
        for (latin, cyrillic) in digraphs { table[cyrillic] = latin }
        return table
    }()

    /// One Latin word in Cyrillic, digraphs joined unless the word starts with a two-sound stem.
    static func cyrillicWord(fromLatin word: String) -> String {
        let characters = Array(word)
        let lower = characters.map { Character($0.lowercased()) }
        var apart: Set<Int> = []
        let lowerWord = String(lower)
        for stem in twoSoundStems where lowerWord.hasPrefix(stem) {
            let stemCharacters = Array(stem)
            for index in 0..<(stemCharacters.count - 1)
            where digraphs[String(stemCharacters[index...index + 1])] != nil {
                apart.insert(index)
            }
        }
        var result = ""
        var index = 0
        while index < characters.count {
            let isUpper = characters[index].isUppercase
            if index + 1 < characters.count, !apart.contains(index),
                let joined = digraphs[String(lower[index...index + 1])]
            {
                result += isUpper ? joined.uppercased() : String(joined)
                index += 2
                continue
            }
            if let mapped = latinToCyrillic[lower[index]] {
                result += isUpper ? mapped.uppercased() : String(mapped)
            } else {
                result.append(characters[index])
            }
            index += 1
        }
        return result
    }

    /// One Cyrillic word in Latin by our own table (used only if ICU lacks `Serbian-Latin/BGN`):
    /// `Љ` is `LJ` in an all-capitals word, `Lj` otherwise.
    static func latinWord(fromCyrillic word: String) -> String {
        let isAllCaps = word.count > 1 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
        var result = ""
        for character in word {
            guard let mapped = cyrillicToLatin[Character(character.lowercased())] else {
                result.append(character)
                continue
            }
            if !character.isUppercase {
                result += mapped
            } else if isAllCaps {
                result += mapped.uppercased()
            } else {
                result += mapped.prefix(1).uppercased() + mapped.dropFirst()
            }
        }
        return result
    }
}
