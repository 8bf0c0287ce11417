import Foundation

extension LocaleProfile {
    /// The profile CLDR alone gives a locale: the base every `locales/<tag>.yaml` layers on.
    ///
    /// Every item comes from ``CLDRLocaleData`` (Foundation's ICU): separators (the locale's
    /// own, those of its other numbering systems such as Arabic-Indic `٫` `٬`, and the spaces
    /// translators type: U+0020, U+00A0 no-break space, U+202F narrow no-break space, U+2009
    /// thin space), grouping sizes, number and scale words, USD and EUR symbols and names,
    /// month names, date joiners (`de` in `16 de junio de 2009`, `г.` after a Russian year),
    /// ordinal suffixes, the script. Spelled-out one (`un`, `una`, `een`, `один`) is weak: it
    /// is also the article. A decimal-comma locale accepts US grouping (`158,593`) with a
    /// style warning. The Q/A labels are ``Origin/fallback`` (`Q`, `A`): CLDR has none.
    ///
    /// - Parameters:
    ///   - tag: the canonical BCP 47 tag, e.g. `es-419`.
    ///   - icuLocale: the ICU identifier CLDR is read for, e.g. `es_419`.
    public static func cldrBase(tag: String, icuLocale: String) -> LocaleProfile {
        let data = CLDRLocaleData.for(icuLocale: icuLocale)
        var numbers = NumberConventions()
        let spaces = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]
        var groups = [data.groupingSeparator] + data.alternateSeparators.map(\.grouping)
        var decimals = [data.decimalSeparator] + data.alternateSeparators.map(\.decimal)
        groups = unique(groups.filter { $0.count == 1 } + spaces).filter { !decimals.contains($0) }
        decimals = unique(decimals.filter { $0.count == 1 })
        numbers.groupSeparators = groups
        numbers.decimalSeparators = decimals
        if decimals.contains(",") && !groups.contains(",") { numbers.styleWarningGroupSeparators = [","] }
        numbers.secondaryGroupingSize = data.secondaryGroupingSize ?? 0
        numbers.isUnspaced = data.isUnspacedScript
        numbers.spellOutParser = data.spellOutParses ? .icuForms : .table
        numbers.numberWords = data.numberWords
        numbers.wordConnectors = data.wordConnectors
        numbers.scaleWords = data.scaleWords
        numbers.standaloneScaleWords = data.standaloneScaleWords
        numbers.weakWords = data.numberWords.filter { $0.value == 1 }.map(\.key).sorted()
        numbers.currencies = data.currencies.map { currency in
            let common = currency.code == "USD" ? ["US$", "$", "USD"] : ["€", "EUR"]
            return NumberConventions.Currency(
                code: currency.code, prefixes: unique(currency.symbols + common),
                suffixes: unique(currency.symbols + common + currency.names + currency.headNouns))
        }
        numbers.percentSigns = unique(["%", data.percentSymbol.filter { !$0.unicodeScalars.allSatisfy(isBidiMark) }])
        if data.numberingSystems.contains("arab") || data.numberingSystems.contains("arabext") {
            numbers.percentSigns = unique(numbers.percentSigns + ["٪"])
        }
        numbers.months = data.months
        let joiners = DatePatternJoiners(pattern: data.datePatterns["yMMMMd"] ?? "")
        numbers.dayMonthJoiners = joiners.dayMonth
        numbers.monthYearJoiners = unique(
            joiners.monthYear + DatePatternJoiners(pattern: data.datePatterns["yMMMM"] ?? "").monthYear)
        numbers.yearWordsAfter = joiners.afterYear
        numbers.ordinalDot = joiners.hasDayDot
        numbers.rangeConnectors = ["-", "–", "—"]
        numbers.numericDatePatterns = unique(
            ["yMMMMd", "yMMMd", "MMMMd", "yMMMM"].compactMap { data.datePatterns[$0] }.filter {
                !$0.contains("MMM") && !$0.contains("LLL") && $0.contains("M")
            })
        numbers.digitSuffixes = data.ordinalSuffixes.map { $0.lowercased() }.filter { $0.allSatisfy(\.isLetter) }
        numbers.time = NumberConventions.TimeWords(am: data.amSymbols, pm: data.pmSymbols)

        var profile = LocaleProfile(
            tag: tag, icuLocale: icuLocale, script: Script(rawValue: data.script) ?? .latin,
            questionLabel: "Q", answerLabel: "A", numbers: numbers)
        for key in CodingKeys.allCases where key != .version && key != .pageLabels {
            profile.origins[key.rawValue] = .cldr
        }
        for key in NumberConventions.CodingKeys.allCases {
            profile.origins["numbers.\(key.rawValue)"] = .cldr
        }
        profile.origins["questionLabel"] = .fallback
        profile.origins["answerLabel"] = .fallback
        profile.origins["glossary"] = .fallback
        for key in PageLabels.CodingKeys.allCases {
            profile.origins["pageLabels.\(key.rawValue)"] = .fallback
        }
        profile.origins["allowedForeignTokens"] = .fallback
        // Items CLDR has nothing for through Foundation: empty until a file gives them.
        for key in [
            "tierWords", "watchListWords", "referenceWords", "yearWordsBefore", "notFigurePhrases", "ordinalWords",
            "ordinalStems", "ordinalEndings",
        ] {
            profile.origins["numbers.\(key)"] = .fallback
        }
        profile.cldr = data
        return profile
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private static func isBidiMark(_ scalar: Unicode.Scalar) -> Bool {
        CLDRLocaleData.bidiMarks.contains(scalar)
    }

    /// The checks that run with less than the full rules for this profile, one sentence each,
    /// for a note verify prints once per locale: no number words, no month names, no percent
    /// or tier words (a percentage or tier then matches the plain number of the same value).
    public var reducedChecks: [String] {
        // Only a profile built on CLDR (``load(tag:projectFolder:)``) knows what CLDR lacks.
        guard cldr != nil else { return [] }
        var result: [String] = []
        let hint = "add them to locales/\(tag).yaml"
        if numbers.numberWords.isEmpty {
            result.append("spelled-out numbers are not read (ICU has no spell-out rules for \(tag); \(hint))")
        }
        if numbers.months.isEmpty {
            result.append("dates with month names are not read (ICU has no month names for \(tag); \(hint))")
        }
        if !hasPercentWords {
            result.append(
                "a percentage matches a plain number of the same value, since a percent word is not known "
                    + "(CLDR through Foundation has none for \(tag); add percentSigns to locales/\(tag).yaml)")
        }
        if numbers.tierWords.isEmpty {
            result.append(
                "a tier matches a plain number of the same value, since no tier word is known "
                    + "(add tierWords to locales/\(tag).yaml)")
        }
        return result
    }

    /// True when ``NumberConventions/percentSigns`` holds a word (`odsto`, `për qind`), not only signs.
    var hasPercentWords: Bool {
        numbers.percentSigns.contains { $0.contains(where: \.isLetter) }
    }
}

/// The words a CLDR date pattern puts between its fields: `d 'de' MMMM 'de' y` → day–month
/// `de`, month–year `de`; `d MMMM y 'г'.` → after the year `г.`; `d. MMMM y.` → a dot after
/// the day.
struct DatePatternJoiners {
    var dayMonth: [String] = []
    var monthYear: [String] = []
    var afterYear: [String] = []
    var hasDayDot = false

    init(pattern: String) {
        // Fields and literals, in order.
        var pieces: [(field: Character?, text: String)] = []
        var index = pattern.startIndex
        while index < pattern.endIndex {
            let character = pattern[index]
            if character == "'" {
                var end = pattern.index(after: index)
                var literal = ""
                while end < pattern.endIndex && pattern[end] != "'" {
                    literal.append(pattern[end])
                    end = pattern.index(after: end)
                }
                pieces.append((nil, literal))
                index = end < pattern.endIndex ? pattern.index(after: end) : end
            } else if character.isLetter && character.isASCII {
                var end = index
                while end < pattern.endIndex && pattern[end] == character { end = pattern.index(after: end) }
                pieces.append((character, String(pattern[index..<end])))
                index = end
            } else {
                pieces.append((nil, String(character)))
                index = pattern.index(after: index)
            }
        }
        // Merge adjacent literals.
        var merged: [(field: Character?, text: String)] = []
        for piece in pieces {
            if piece.field == nil, let last = merged.last, last.field == nil {
                merged[merged.count - 1].text += piece.text
            } else {
                merged.append(piece)
            }
        }
        func words(_ text: String) -> String {
            text.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters).union(CLDRLocaleData.bidiMarks))
        }
        for (position, piece) in merged.enumerated() where piece.field == nil {
            let before = position > 0 ? merged[position - 1].field : nil
            let after = position + 1 < merged.count ? merged[position + 1].field : nil
            let word = words(piece.text)
            if before == "d" && piece.text.hasPrefix(".") { hasDayDot = true }
            if before == "d" && (after == "M" || after == "L") && !word.isEmpty { dayMonth.append(word) }
            if (before == "M" || before == "L") && after == "y" && !word.isEmpty { monthYear.append(word) }
            if before == "y" && after == nil {
                let trimmed = piece.text.trimmingCharacters(in: .whitespaces.union(CLDRLocaleData.bidiMarks))
                if trimmed.contains(where: \.isLetter) { afterYear.append(trimmed) }
            }
        }
    }
}
