import Foundation

extension LocaleProfile {
    /// The effective profile as text, one item a line, each with where it came from: what
    /// `tipl10n locale show TAG` prints.
    ///
    /// Shape: `item: value [origin]`, where origin is `CLDR`, the file (`<built-in>/sq.yaml`,
    /// `/post/locales/es.yaml`) or `fallback` (neither has it). Separators are quoted and named
    /// by code point, invisible ones by name (`"\u{00A0}" U+00A0 no-break space`, U+202F narrow
    /// no-break space). The last lines say whether spelled-out numbers are read and which
    /// figure checks are reduced (``reducedChecks``).
    public var summaryText: String {
        var lines: [String] = []
        func origin(_ key: String) -> String { " [\(origins[key]?.description ?? "file")]" }
        func line(_ label: String, _ value: String, _ key: String) { lines.append("\(label): \(value)\(origin(key))") }
        func list(_ items: [String], limit: Int = 12) -> String {
            guard !items.isEmpty else { return "none" }
            let shown = items.prefix(limit).joined(separator: ", ")
            return items.count > limit ? "\(shown), … (\(items.count) in all)" : shown
        }

        let locale = TargetLocale(tag: tag)
        lines.append(
            "locale \(tag): \(cldr?.englishName ?? locale.englishName) — \(cldr?.nativeName ?? locale.nativeName)")
        lines.append("ICU locale: \(icuLocale)\(origin("icuLocale"))")
        let direction = (cldr?.isRightToLeft ?? locale.isRightToLeft) ? "right to left" : "left to right"
        lines.append("text direction: \(direction) [CLDR]")
        line("script", "\(script.rawValue) (\(script.englishName))", "script")
        if let cldr {
            let digits = cldr.nativeDigits == "0123456789" ? "" : ", digits \(cldr.nativeDigits)"
            lines.append(
                "numbering systems: \(cldr.numberingSystems.joined(separator: ", ")) (default \(cldr.numberingSystem)\(digits)) [CLDR]"
            )
        }
        line(
            "decimal separator", numbers.decimalSeparators.map(Self.named).joined(separator: ", "),
            "numbers.decimalSeparators")
        line(
            "grouping separators", numbers.groupSeparators.map(Self.named).joined(separator: ", "),
            "numbers.groupSeparators")
        let grouping =
            numbers.secondaryGroupingSize > 0
            ? "3, then \(numbers.secondaryGroupingSize) (12,34,567)" : "3"
        line("grouping size", grouping, "numbers.secondaryGroupingSize")
        if !numbers.styleWarningGroupSeparators.isEmpty {
            line(
                "accepted with a style warning",
                numbers.styleWarningGroupSeparators.map(Self.named).joined(separator: ", ")
                    + " (US grouping) and a US decimal point", "numbers.styleWarningGroupSeparators")
        }
        if let cldr {
            lines.append("minus sign: \(Self.named(cldr.minusSign)) [CLDR]")
            lines.append(
                "formatted by ICU: 1234567.5 as \(Self.formatted(icuLocale)), 38.5 % as \(cldr.percentExample) [CLDR]")
        }
        line("percent signs", list(numbers.percentSigns), "numbers.percentSigns")
        for currency in numbers.currencies {
            let example = cldr?.currencies.first { $0.code == currency.code }.map { ", e.g. \($0.example)" } ?? ""
            line(
                "\(currency.code) before the amount", list(currency.prefixes) + example, "numbers.currencies")
            line("\(currency.code) after the amount", list(currency.suffixes), "numbers.currencies")
        }
        if numbers.months.isEmpty {
            line("month names", "none", "numbers.months")
        } else {
            line("month names", "twelve, every form below", "numbers.months")
            for (index, forms) in numbers.months.enumerated() {
                lines.append("  \(index + 1): \(forms.joined(separator: ", "))")
            }
        }
        if let patterns = cldr?.datePatterns, !patterns.isEmpty {
            let shown = ["yMMMMd", "yMd", "MMMMd", "yMMMM"].compactMap { key in patterns[key].map { "\(key) \($0)" } }
            lines.append("date patterns: \(shown.joined(separator: "; ")) [CLDR]")
        }
        line("between day and month", list(numbers.dayMonthJoiners), "numbers.dayMonthJoiners")
        line("between month and year", list(numbers.monthYearJoiners), "numbers.monthYearJoiners")
        line("after a year", list(numbers.yearWordsAfter), "numbers.yearWordsAfter")
        line("ordinal dot (16. jun)", numbers.ordinalDot ? "yes" : "no", "numbers.ordinalDot")
        let words = numbers.numberWords.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map {
            "\($0.key) \($0.value)"
        }
        line(
            "number words", words.isEmpty ? "none" : "\(words.count): \(list(words, limit: 10))", "numbers.numberWords")
        if let cldr {
            let examples =
                cldr.spellOutExamples.isEmpty
                ? "" : " (24 and 2000000: \(cldr.spellOutExamples.joined(separator: "; ")))"
            let parse =
                cldr.hasSpellOut
                ? (cldr.spellOutParses
                    ? "yes: ICU's spell-out rules format and parse them (0…100 read back)"
                    : "formatting only: ICU's spell-out parser does not read back its own words")
                : "no: ICU has no spell-out rules for this locale"
            lines.append("spelled-out numbers in ICU: \(parse)\(examples) [CLDR]")
        }
        let reader: String
        switch numbers.spellOutParser {
        case .icu: reader = "ICU's spell-out parser, the tables as fallback"
        case .icuForms: reader = "the number word tables, then ICU's spell-out parser for agreement forms (una, двух)"
        case .table: reader = "the number word tables"
        }
        line("spelled-out numbers are read by", reader, "numbers.spellOutParser")
        line("word connectors", list(numbers.wordConnectors), "numbers.wordConnectors")
        let scales = numbers.scaleWords.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map {
            "\($0.key) \($0.value)"
        }
        line("scale words", list(scales, limit: 16), "numbers.scaleWords")
        line("weak words (also not figures)", list(numbers.weakWords), "numbers.weakWords")
        line("letters after digits", list(numbers.digitSuffixes), "numbers.digitSuffixes")
        line("tier words", list(numbers.tierWords), "numbers.tierWords")
        line("range connectors", list(numbers.rangeConnectors), "numbers.rangeConnectors")
        line("question label", questionLabel, "questionLabel")
        line("answer label", answerLabel, "answerLabel")
        for key in PageLabels.CodingKeys.allCases {
            let value: String
            if key == .headings {
                let headings = pageLabels.headings ?? [:]
                value = list(
                    PageLabels.headingSections.compactMap { section in headings[section].map { "\(section) \($0)" } })
            } else {
                value = pageLabels.text(key).map { "\"\($0)\"" } ?? "none (English)"
            }
            line("page label \(key.rawValue)", value, "pageLabels.\(key.rawValue)")
        }
        line("allowed foreign tokens", list(allowedForeignTokens), "allowedForeignTokens")
        line("glossary", "\(glossary.count) \(glossary.count == 1 ? "term" : "terms")", "glossary")
        if let ratio = lengthRatio {
            let family = origins["lengthRatio"] == .fallback ? " (\(LengthRatio.familyName(for: script)) default)" : ""
            line(
                "length ratio",
                "usually \(ratio.usualText) of the source; omission below \(LengthRatio.percent(ratio.omissionBelow))%, "
                    + "addition above \(LengthRatio.percent(ratio.additionAbove))%\(family)", "lengthRatio")
        } else {
            line("length ratio", "unknown: omission and addition are not checked (add lengthRatio)", "lengthRatio")
        }
        let reduced = reducedChecks
        if reduced.isEmpty {
            lines.append("figure checks: full")
        } else {
            lines.append("figure checks reduced:")
            for item in reduced { lines.append("  - \(item)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A separator quoted with its code point, invisible ones by name:
    /// `"." U+002E`, `U+00A0 no-break space`.
    static func named(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            let code = "U+" + String(format: "%04X", scalar.value)
            let isVisible = !scalar.properties.isWhitespace && scalar.properties.generalCategory != .format
            let name = (scalar.properties.name ?? "").lowercased()
            if scalar == " " { return "\" \" U+0020 space" }
            return isVisible ? "\"\(Character(scalar))\" \(code)" : "\(code) \(name)"
        }.joined(separator: " ")
    }

    private static func formatted(_ icuLocale: String) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: icuLocale)
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 2
        return formatter.string(from: 1234567.5) ?? "1234567.5"
    }
}
