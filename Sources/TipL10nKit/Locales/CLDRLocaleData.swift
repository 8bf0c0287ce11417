import Foundation

/// What CLDR says about one locale, read through Foundation (ICU) and nothing else.
///
/// Built once per ICU locale identifier and process (``for(icuLocale:)`` caches it) by
/// formatting and reading back through `NumberFormatter`, `Decimal.FormatStyle`,
/// `DateFormatter` and `Locale`; no CLDR table is copied into tipl10n. What Foundation on Linux
/// does not expose is derived from what it does, and said so (`Docs/Numbers.md`, "Locale
/// profiles from CLDR"):
///
/// - digit grouping sizes (Indian lakh/crore `12,34,567`) from `1234567` formatted by
///   `Decimal.FormatStyle` (`NumberFormatter.secondaryGroupingSize` is 0 on Linux);
/// - number words from ICU's spell-out rules (RBNF, `NumberFormatter.spellOut`) for 0…100, the
///   hundreds and the scales, split into words; words between number words that are not
///   numbers themselves are connectors (`y`, `et`, `-`);
/// - scale words (`millones`, `миллиона`, `万`, `亿`, `lakh`) from the spell-out of 1, 2 and 5
///   times each power of ten (the number word read off its front), and their abbreviations
///   (`M`, `млн`, `mln.`) from the compact notation (`Decimal.FormatStyle.notation(.compactName)`);
/// - the names of the US dollar and the euro in every plural form from
///   `Decimal.FormatStyle.Currency.presentation(.fullName)` of 1, 2, 5 and 21, with their head
///   noun (`dólares`, `долларов`) as the word the names of USD, CAD and AUD share;
/// - exemplar characters are not exposed (`NSLocale.Key.exemplarCharacterSet` is nil on Linux):
///   the script check uses the locale's likely script (`Locale.Language.maximalIdentifier`) and
///   Unicode's Script property instead.
///
/// Whether ICU's spell-out *parser* reads back what its formatter writes is measured
/// (``spellOutParses``); tipl10n reads number words with the derived tables in any case,
/// because ICU's parser reads prefixes (`dossier` → 2, Dutch `vierentwintig` → 4).
public struct CLDRLocaleData: Sendable, Equatable {
    /// The ICU locale identifier it was read for, e.g. `es_419`, `sr_Latn`.
    public var icuLocale: String
    /// The decimal separator (`,` in es, `.` in en, U+066B with Arabic-Indic digits).
    public var decimalSeparator: String
    /// The grouping separator (`.` in es, U+202F in fr, U+00A0 in ru, `,` in zh).
    public var groupingSeparator: String
    /// Digits per group, from the right: `3` (`1.234.567`), and the size of the groups above
    /// the first when they differ (`2` for Indian grouping, `12,34,567`), else `nil`.
    public var groupingSize: Int
    public var secondaryGroupingSize: Int?
    /// Digit groups only from five digits on (es `1234`, `12.345`: CLDR minimumGroupingDigits 2).
    public var groupsFourDigits: Bool
    public var minusSign: String
    public var percentSymbol: String
    /// `38,5 %` (es, with U+00A0), `38,5%` (nl): 0.385 formatted as a percentage.
    public var percentExample: String
    /// The numbering system the locale writes by default (`latn`, `arab`, `arabext`, `deva`).
    public var numberingSystem: String
    /// The digits zero to nine of the locale's default numbering system (`٠١٢٣٤٥٦٧٨٩` for
    /// `arab`); `0123456789` for `latn`.
    public var nativeDigits: String
    /// The numbering systems CLDR lists for the locale (`[latn, arab]` for ar).
    public var numberingSystems: [String]
    /// Decimal and grouping separators of the locale's other numbering systems (ar with
    /// Arabic-Indic digits: `٫` U+066B and `٬` U+066C).
    public var alternateSeparators: [Separators]
    /// A decimal and a grouping separator.
    public struct Separators: Sendable, Equatable {
        public var decimal: String
        public var grouping: String
    }
    /// Before-noon and after-noon markers (`a. m.`, `AM`, `上午`).
    public var amSymbols: [String]
    public var pmSymbols: [String]
    /// Forms of a currency amount.
    public struct Currency: Sendable, Equatable {
        public var code: String
        /// The locale's symbol (`US$`, `$US`, `$`) and ISO code.
        public var symbols: [String]
        /// The amount with the symbol: `1234,50 US$`, `US$ 1.234,50`.
        public var example: String
        /// Full names in every plural form ICU gives: `dólar estadounidense`, `dólares estadounidenses`.
        public var names: [String]
        /// The word the names of dollar currencies share, per plural form: `dólar`, `dólares`.
        public var headNouns: [String]
    }
    public var currencies: [Currency]
    /// Month names, twelve lists, January first, of the Gregorian calendar: format, stand-alone
    /// (nominative), abbreviated and abbreviated stand-alone forms, each once.
    public var months: [[String]]
    /// Date patterns: long (`d 'de' MMMM 'de' y`), medium, numeric (`d/M/y`), day and month
    /// (`d 'de' MMMM`), month and year (`MMMM 'de' y`).
    public var datePatterns: [String: String]
    /// Number words and their values, from the spell-out rules (`veinticuatro` 24, `две` 2).
    public var numberWords: [String: Int]
    /// Words between number words that are not numbers (`y`, `et`, `-`).
    public var wordConnectors: [String]
    /// Scale words and abbreviations with their values (`millones` 1e6, `M` 1e6, `万` 1e4).
    public var scaleWords: [String: Int]
    /// Scale words that are a number on their own (es `mil`, fr `mille`: one thousand).
    public var standaloneScaleWords: [String]
    /// Spell-out examples: 24 and 2,000,000 in words.
    public var spellOutExamples: [String]
    /// True when the spell-out rules give words (not digits) for small numbers.
    public var hasSpellOut: Bool
    /// True when ICU's spell-out parser reads back its own words for 0…100.
    public var spellOutParses: Bool
    /// Suffixes of ordinals written with digits (`º`, `e`, `er`, `th`), from ICU's ordinal style.
    public var ordinalSuffixes: [String]
    /// The locale's likely script (ISO 15924): `Latn`, `Cyrl`, `Arab`, `Hans`, `Deva`.
    public var script: String
    /// True for scripts written without spaces between words (Han, Kana, Thai, Lao, Khmer, Myanmar).
    public var isUnspacedScript: Bool
    /// Right-to-left (Arabic, Hebrew, Persian …): `Locale.Language.characterDirection`.
    public var isRightToLeft: Bool
    /// The language's name in its own language (`español`, `русский`, `العربية`).
    public var nativeName: String
    /// The locale's English name (`Spanish (Latin America)`).
    public var englishName: String

    /// The data for an ICU locale identifier (`es`, `sr_Latn`, `ar_EG`), read once per process.
    public static func `for`(icuLocale: String) -> CLDRLocaleData {
        cache.data(for: icuLocale)
    }

    private final class Cache: @unchecked Sendable {
        // Guarded by `lock`.
        private var entries: [String: CLDRLocaleData] = [:]
        private let lock = NSLock()

        func data(for icuLocale: String) -> CLDRLocaleData {
            lock.lock()
            defer { lock.unlock() }
            if let known = entries[icuLocale] { return known }
            let data = CLDRLocaleData(reading: icuLocale)
            entries[icuLocale] = data
            return data
        }
    }

    private static let cache = Cache()

    // MARK: - Reading

    init(reading icuLocale: String) {
        self.icuLocale = icuLocale
        let locale = Locale(identifier: icuLocale)
        let decimal = NumberFormatter()
        decimal.locale = locale
        decimal.numberStyle = .decimal
        decimalSeparator = decimal.decimalSeparator ?? "."
        groupingSeparator = decimal.groupingSeparator ?? ","
        minusSign = decimal.minusSign ?? "-"
        percentSymbol = decimal.percentSymbol ?? "%"
        numberingSystem = locale.numberingSystem.identifier
        numberingSystems = locale.availableNumberingSystems.map(\.identifier).sorted()
        var alternates: [Separators] = []
        for system in numberingSystems where system != numberingSystem && !icuLocale.contains("@") {
            let other = NumberFormatter()
            other.locale = Locale(identifier: "\(icuLocale)@numbers=\(system)")
            other.numberStyle = .decimal
            if let decimalText = other.decimalSeparator, let groupText = other.groupingSeparator {
                let separators = Separators(decimal: decimalText, grouping: groupText)
                if !alternates.contains(separators) { alternates.append(separators) }
            }
        }
        alternateSeparators = alternates
        let digitText = (0...9).map { decimal.string(from: NSNumber(value: $0)) ?? "\($0)" }.joined()
        nativeDigits = digitText.count == 10 ? digitText : "0123456789"

        // Grouping sizes from Decimal.FormatStyle (it knows Indian grouping).
        let sevenDigits = Self.asciiDigits(Decimal(1_234_567).formatted(.number.locale(locale)))
        let groups = sevenDigits.split(whereSeparator: { !$0.isASCIIDigit }).map(\.count)
        groupingSize = groups.last.map { $0 > 0 && groups.count > 1 ? $0 : 3 } ?? 3
        if groups.count > 2, let middle = groups.dropLast().last, middle != groupingSize {
            secondaryGroupingSize = middle
        } else {
            secondaryGroupingSize = nil
        }
        groupsFourDigits = Self.asciiDigits(Decimal(1234).formatted(.number.locale(locale))).count > 4

        percentExample = Decimal(string: "0.385").map { $0.formatted(.percent.locale(locale)) } ?? "38.5%"

        currencies = ["USD", "EUR"].map { Self.currency($0, locale: locale) }

        let dates = DateFormatter()
        dates.locale = locale
        dates.calendar = Calendar(identifier: .gregorian)
        var months: [[String]] = []
        let lists = [
            dates.monthSymbols, dates.standaloneMonthSymbols, dates.shortMonthSymbols,
            dates.shortStandaloneMonthSymbols,
        ]
        for index in 0..<12 {
            var forms: [String] = []
            for list in lists where index < list.count {
                let form = list[index].trimmingCharacters(in: .whitespaces)
                // Numeric "month names" (zh `6月`) are read by the date patterns instead.
                if !form.isEmpty, !forms.contains(form), !Self.hasDecimalDigit(form) { forms.append(form) }
            }
            months.append(forms)
        }
        self.months = months.contains(where: \.isEmpty) ? [] : months
        var patterns: [String: String] = [:]
        for template in ["yMMMMd", "yMMMd", "yMd", "MMMMd", "yMMMM"] {
            if let pattern = DateFormatter.dateFormat(fromTemplate: template, options: 0, locale: locale) {
                patterns[template] = pattern
            }
        }
        datePatterns = patterns
        amSymbols = [dates.amSymbol].compactMap { $0 }.filter { !$0.isEmpty }
        pmSymbols = [dates.pmSymbol].compactMap { $0 }.filter { !$0.isEmpty }

        let language = Locale.Language(identifier: icuLocale)
        let maximal = Locale.Language(identifier: language.maximalIdentifier)
        script = language.script?.identifier ?? maximal.script?.identifier ?? "Latn"
        isUnspacedScript = ["Hans", "Hant", "Hani", "Jpan", "Thai", "Laoo", "Khmr", "Mymr"].contains(script)
        isRightToLeft = language.characterDirection == .rightToLeft
        nativeName = locale.localizedString(forIdentifier: icuLocale) ?? icuLocale
        englishName = Locale(identifier: "en").localizedString(forIdentifier: icuLocale) ?? icuLocale

        let words = SpellOutReader(locale: locale, isUnspaced: isUnspacedScript)
        hasSpellOut = words.hasWords
        spellOutParses = words.parsesItsOwnWords
        numberWords = words.numberWords
        wordConnectors = words.connectors
        var scales = words.scaleWords
        for (abbreviation, value) in Self.compactScales(locale: locale, decimal: decimal)
        where scales[abbreviation] == nil {
            scales[abbreviation] = value
        }
        scaleWords = scales
        standaloneScaleWords = words.standaloneScales
        spellOutExamples = [24, 2_000_000].compactMap { words.spelled($0) }

        let ordinal = NumberFormatter()
        ordinal.locale = locale
        ordinal.numberStyle = .ordinal
        var suffixes: [String] = []
        for value in [1, 2, 3, 4, 11, 16, 21] {
            guard let text = ordinal.string(from: NSNumber(value: value)) else { continue }
            let suffix = String(Self.asciiDigits(text).drop(while: { $0.isASCIIDigit || $0 == "." }))
            if !suffix.isEmpty, suffix.allSatisfy({ $0.isLetter || $0 == "º" || $0 == "ª" }),
                !suffixes.contains(suffix)
            {
                suffixes.append(suffix)
            }
        }
        ordinalSuffixes = suffixes
    }

    /// True when `text` holds a decimal digit of any script (`6月`), not only Han numerals (`六月`).
    static func hasDecimalDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.numericType == .decimal }
    }

    /// `text` with every decimal digit (Arabic-Indic, Devanagari …) as an ASCII digit.
    static func asciiDigits(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let value = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil {
                result.unicodeScalars.append(Unicode.Scalar(UInt8(48 + Int(value))))
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func currency(_ code: String, locale: Locale) -> Currency {
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .currency
        formatter.currencyCode = code
        var symbols: [String] = []
        for symbol in [formatter.currencySymbol, formatter.internationalCurrencySymbol, code] {
            guard let symbol = symbol?.trimmingCharacters(in: .whitespaces.union(bidiMarks)), !symbol.isEmpty,
                !symbols.contains(symbol)
            else { continue }
            symbols.append(symbol)
        }
        let example = formatter.string(from: 1234.5) ?? ""
        func names(_ currencyCode: String) -> [String] {
            var result: [String] = []
            for value in [1, 2, 5, 21, 1000] {
                let text = Decimal(value).formatted(
                    .currency(code: currencyCode).presentation(.fullName).precision(.fractionLength(0)).locale(locale))
                let name = text.unicodeScalars.filter { !$0.properties.isWhitespace || $0 == " " }
                    .map(Character.init).reduce(into: "") { $0.append($1) }
                let stripped = String(String(name).drop(while: { !$0.isLetter })).trimmingCharacters(
                    in: .whitespaces.union(bidiMarks))
                // A name that still holds digits is a number after the name (`US$ 1`): cut them off.
                let words = stripped.prefix(while: { !$0.isNumber }).trimmingCharacters(in: .whitespaces)
                if !words.isEmpty, !result.contains(words) { result.append(words) }
            }
            return result
        }
        let own = names(code)
        var heads: [String] = []
        if code == "USD" {
            let others = [names("CAD"), names("AUD")]
            for (index, name) in own.enumerated() {
                let words = Set(name.split(separator: " ").map(String.init))
                guard words.count > 1 else { continue }
                for word in name.split(separator: " ").map(String.init) {
                    let shared = others.allSatisfy { list in
                        index < list.count && list[index].split(separator: " ").map(String.init).contains(word)
                    }
                    if shared && word.count > 1 && !heads.contains(word) { heads.append(word) }
                }
            }
        }
        return Currency(code: code, symbols: symbols, example: example, names: own, headNouns: heads)
    }

    /// Abbreviated scales from the compact notation: es `1,5 M` → `M` 1e6, ru `млн`, zh `万`.
    private static func compactScales(locale: Locale, decimal: NumberFormatter) -> [String: Int] {
        var result: [String: Int] = [:]
        var power = 1000
        while power <= 1_000_000_000_000 {
            for multiple in [1, 15] {
                let value = Decimal(power) * Decimal(multiple) / (multiple == 15 ? 10 : 1)
                let text = asciiDigits(value.formatted(.number.notation(.compactName).locale(locale)))
                let cleaned = text.unicodeScalars.filter { !bidiMarks.contains($0) }.map(Character.init)
                let string = String(cleaned)
                guard let firstDigit = string.firstIndex(where: \.isASCIIDigit) else { continue }
                var end = firstDigit
                let decimalCharacter = Character(asciiDigits(decimal.decimalSeparator ?? "."))
                while end < string.endIndex && (string[end].isASCIIDigit || string[end] == decimalCharacter) {
                    end = string.index(after: end)
                }
                let numberPart = String(string[firstDigit..<end]).replacingOccurrences(
                    of: String(decimalCharacter), with: ".")
                let before = string[..<firstDigit].trimmingCharacters(in: .whitespaces)
                let after = string[end...].trimmingCharacters(in: .whitespaces)
                let word = after.isEmpty ? before : after
                guard !word.isEmpty, word.contains(where: \.isLetter), let shown = Decimal(string: numberPart),
                    shown > 0
                else { continue }
                let scale = value / shown
                guard scale.isWhole, scale >= 1000 else { continue }
                let scaleValue = NSDecimalNumber(decimal: scale).intValue
                if result[word] == nil { result[word] = scaleValue }
            }
            power *= 10
        }
        return result
    }

    /// Left-to-right, right-to-left and Arabic letter marks, embeddings, overrides and isolates.
    static let bidiMarks = CharacterSet(
        charactersIn: "\u{200E}\u{200F}\u{061C}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}"
    )
}

/// Reads number words out of ICU's spell-out rules for one locale.
struct SpellOutReader {
    let formatter: NumberFormatter
    let parser: NumberFormatter
    let isUnspaced: Bool

    init(locale: Locale, isUnspaced: Bool) {
        formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .spellOut
        parser = NumberFormatter()
        parser.locale = locale
        parser.numberStyle = .spellOut
        self.isUnspaced = isUnspaced
    }

    /// ICU's words for `value`, lower case, soft hyphens (U+00AD) removed.
    func spelled(_ value: Int) -> String? {
        guard let text = formatter.string(from: NSNumber(value: value)) else { return nil }
        return text.replacingOccurrences(of: "\u{00AD}", with: "").lowercased()
    }

    var hasWords: Bool {
        guard let text = spelled(24) else { return false }
        return text.contains(where: \.isLetter) && !CLDRLocaleData.hasDecimalDigit(text)
    }

    var parsesItsOwnWords: Bool {
        guard hasWords else { return false }
        for value in 0...100 {
            guard let text = spelled(value), parser.number(from: text)?.intValue == value else { return false }
        }
        return true
    }

    /// Splits spelled-out text into words and the separators between them.
    private func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character == "'" || character == "’" {
                current.append(character)
            } else {
                if !current.isEmpty { result.append(current) }
                current = ""
                if character == "-" { result.append("-") }
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    var numberWords: [String: Int] {
        guard hasWords else { return [:] }
        var result: [String: Int] = [:]
        func add(_ word: String, _ value: Int) {
            if result[word] == nil { result[word] = value }
        }
        var values = Array(0...100)
        values += stride(from: 200, through: 900, by: 100)
        for value in values {
            guard let text = spelled(value) else { continue }
            if isUnspaced {
                add(text, value)
                continue
            }
            let parts = words(text).filter { $0 != "-" }
            if parts.count == 1 { add(parts[0], value) }
        }
        if isUnspaced { return result }
        // Forms that only occur before a scale (ru `две тысячи`, `одна тысяча`): the words
        // before the scale word of n × 1000.
        for value in 1...9 {
            guard let text = spelled(value * 1000) else { continue }
            let parts = words(text).filter { $0 != "-" }
            if parts.count == 2, result[parts[0]] == nil { result[parts[0]] = value }
        }
        // Words of compound numbers whose value is the compound's tens or units.
        for value in 21...99 where value % 10 != 0 {
            guard let text = spelled(value) else { continue }
            let parts = words(text).filter { $0 != "-" }
            guard parts.count >= 2 else { continue }
            let numeric = parts.filter { result[$0] != nil }
            if numeric.count == parts.count - 1, let unknown = parts.first(where: { result[$0] == nil }),
                unknown.count > 3, parts.last == unknown
            {
                add(unknown, value % 10)
            }
        }
        return result
    }

    /// Scale words that ICU writes alone for one times their power (`mil`, `mille`, `duizend`).
    var standaloneScales: [String] {
        guard hasWords, !isUnspaced else { return [] }
        var result: [String] = []
        var power = 1000
        while power <= 1_000_000_000_000 {
            if let text = spelled(power) {
                let parts = words(text).filter { $0 != "-" }
                if parts.count == 1 { result.append(parts[0]) }
            }
            power *= 10
        }
        return result
    }

    /// Words and signs between number words: `y` (es), `et` (fr), `-`, `и`.
    var connectors: [String] {
        guard hasWords, !isUnspaced else { return [] }
        let known = numberWords
        var result: [String] = []
        for value in 21...199 {
            guard let text = spelled(value) else { continue }
            for part in words(text) where known[part] == nil {
                if part.count <= 3 && !result.contains(part) { result.append(part) }
            }
        }
        return result
    }

    /// Scale words from the spell-out of 1, 2 and 5 times each power of ten from 1,000:
    /// the words after the number words (`millones`, `миллиона`, `миллионов`, `万`).
    var scaleWords: [String: Int] {
        guard hasWords else { return [:] }
        var result: [String: Int] = [:]
        let small = Dictionary((1...9).compactMap { value in spelled(value).map { ($0, value) } }) { first, _ in first }
        let thousand = spelled(1000)
        var power = 1000
        while power <= 1_000_000_000_000 {
            for multiple in [1, 2, 5] {
                guard let text = spelled(power * multiple) else { continue }
                if isUnspaced {
                    // zh: 二百万 → 百万 after 二; 一万 → 万.
                    for (word, value) in small where value == multiple && text.hasPrefix(word) {
                        let rest = String(text.dropFirst(word.count))
                        if !rest.isEmpty, result[rest] == nil { result[rest] = power }
                    }
                    continue
                }
                let parts = words(text).filter { $0 != "-" }
                guard let last = parts.last else { continue }
                if parts.count == 1 {
                    if multiple == 1, result[last] == nil { result[last] = power }
                } else if parts.count == 2 {
                    if parts[0] == thousand {
                        // es `mil millones` (10^9): the phrase is the scale.
                        let phrase = parts.joined(separator: " ")
                        if multiple == 1, result[phrase] == nil { result[phrase] = power }
                    } else if result[last] == nil {
                        result[last] = power
                    }
                }
            }
            power *= 10
        }
        return result
    }
}
