import Foundation

extension FigureScan {
    /// English ordinal suffixes glued to digits (`16th`), when the locale lists them in
    /// ``NumberConventions/digitSuffixes``.
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    /// Scale abbreviations glued to digits (`$1.5m`), when listed in `digitSuffixes`.
    static let scaleSuffixes: [String: Int] = ["k": 1000, "m": 1_000_000, "bn": 1_000_000_000]
    /// Digits are turned into `Decimal`s with a fixed `.` decimal point.
    static let posix = Locale(identifier: "en_US_POSIX")

    /// A run of digits and single separators, read by the locale's rules.
    ///
    /// The run is cut into digit groups at `.`, `,`, spaces (U+0020, U+00A0, U+202F, U+2009);
    /// the longest prefix of groups that reads as one number is taken (see
    /// ``readings(groups:separators:)``) and the rest is left for the next number, so
    /// `2008 24` is two numbers while `158 593` is one.
    func readDigits(at index: Int) -> NumberAtom? {
        var groups: [String] = []
        var separators: [Character] = []
        var groupEnds: [Int] = []
        var position = index
        while true {
            let end = text.digitsEnd(from: position)
            groups.append(text.string(position..<end))
            groupEnds.append(end)
            guard end + 1 < text.count, Self.separatorCandidates.contains(text[end]), text.isDigit(end + 1),
                !excluded[end + 1]
            else { break }
            separators.append(text[end])
            position = end + 1
        }
        guard let (count, values) = readings(groups: groups, separators: separators) else { return nil }
        var atom = NumberAtom(start: index, end: groupEnds[count - 1], values: values)
        atom.isPlainDigits = count == 1
        atom.digitCount = groups[0..<count].reduce(0) { $0 + $1.count }

        if !text.isUnspacedLetter(atom.end), let (suffix, suffixEnd) = text.word(at: atom.end) {
            atom.gluedSuffix = suffix
            if Self.ordinalSuffixes.contains(suffix) && lexicon.digitSuffixes.contains(suffix) {
                atom.isOrdinal = true
            } else if let scale = Self.scaleSuffixes[suffix], lexicon.digitSuffixes.contains(suffix) {
                atom.multiply(by: scale)
            }
            atom.end = suffixEnd
        } else if lexicon.ordinalDot && atom.isPlainDigits && atom.digitCount <= 4 && atom.end < text.count
            && text[atom.end] == "." && isOrdinalDot(at: atom.end)
        {
            atom.end += 1
            atom.hasOrdinalDot = true
        }
        return atom
    }

    /// True when the dot at `index` after a number is a Serbian ordinal dot (`2008. godine`,
    /// `16. jun`, `2. mesto`) rather than the end of a sentence: white space follows, then a
    /// lower-case letter, a digit, a month or a year word.
    func isOrdinalDot(at index: Int) -> Bool {
        let next = text.skipSpaces(from: index + 1)
        guard next > index + 1, next < text.count else { return false }
        let character = text[next]
        if character.isLowercase || character.isASCIIDigit { return true }
        return lexicon.months.matches(in: text, at: next) || lexicon.yearWordsAfter.matches(in: text, at: next)
    }

    /// How the locale reads digit groups: the number of groups that make one number and its
    /// readings, the locale's own first.
    ///
    /// Native readings: groups of three after a first group of one to three digits, joined by
    /// one of the locale's group separators (`158.593`, `158 593`), optionally with a
    /// decimal part after a decimal separator (`158.593,5`); or plain digits with a decimal
    /// part (`1,5`). For locales that accept US style (sq, sr): US comma grouping
    /// (`158,593` → 158593, a second reading next to the native 158.593) and a US decimal
    /// point where `.` cannot be grouping (`158.59`, `1.5`), both with a style warning.
    func readings(groups: [String], separators: [Character]) -> (Int, [(value: Decimal, style: FigureReading.Style)])? {
        for count in stride(from: groups.count, through: 1, by: -1) {
            let taken = Array(groups[0..<count])
            let joins = Array(separators[0..<(count - 1)])
            var values: [(value: Decimal, style: FigureReading.Style)] = []
            func add(_ integer: String, _ fraction: String?, _ style: FigureReading.Style) {
                let literal = fraction.map { integer + "." + $0 } ?? integer
                guard let value = Decimal(string: literal, locale: Self.posix) else { return }
                if !values.contains(where: { $0.value == value }) { values.append((value, style)) }
            }
            if let integer = grouped(taken, joins, by: lexicon.groupSeparators) {
                add(integer, nil, .native)
            }
            if count >= 2, lexicon.decimalSeparators.contains(joins[count - 2]),
                let integer = grouped(
                    Array(taken[0..<(count - 1)]), Array(joins[0..<(count - 2)]), by: lexicon.groupSeparators)
            {
                add(integer, taken[count - 1], .native)
            }
            if lexicon.acceptsUSStyle && count >= 2 {
                if let integer = grouped(taken, joins, by: lexicon.styleGroupSeparators) {
                    add(integer, nil, .usGrouping)
                }
                if values.isEmpty, joins[count - 2] == ".", !lexicon.decimalSeparators.contains("."),
                    let integer = grouped(
                        Array(taken[0..<(count - 1)]), Array(joins[0..<(count - 2)]), by: lexicon.styleGroupSeparators)
                {
                    add(integer, taken[count - 1], count > 2 ? .usGrouping : .usDecimalPoint)
                }
            }
            if !values.isEmpty { return (count, values) }
        }
        return nil
    }

    /// The digits of `groups` joined by one separator from `allowed`, in groups of three
    /// after a first group of one to three digits; a single group as is.
    private func grouped(_ groups: [String], _ separators: [Character], by allowed: Set<Character>) -> String? {
        guard let first = groups.first else { return nil }
        if groups.count == 1 { return first }
        guard let separator = separators.first, allowed.contains(separator),
            separators.allSatisfy({ $0 == separator })
        else { return nil }
        if (1...3).contains(first.count) && groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return groups.joined()
        }
        // Indian grouping (CLDR `#,##,##0`): 12,34,567 and 1,23,45,678.
        let secondary = lexicon.conventions.secondaryGroupingSize
        if secondary > 0, groups.count >= 3, (1...secondary).contains(first.count), groups.last?.count == 3,
            groups.dropFirst().dropLast().allSatisfy({ $0.count == secondary })
        {
            return groups.joined()
        }
        return nil
    }

    // MARK: - Words

    /// Number words at a word start: an ordinal word, or cardinals combined by magnitude
    /// (`dvadeset četiri` = 24, `njëzet e katër` = 24, `one hundred twenty-four` = 124,
    /// `dy mijë` = 2000), optionally joined by ``NumberConventions/wordConnectors``.
    ///
    /// A word continues the number when it is smaller than the place of the last word (20 →
    /// units, 300 → tens and units) or a scale word larger than the ones before; `dva i tri`
    /// stays two numbers. With ``NumberConventions/SpellOutParser/icu`` the span's value is
    /// ICU's when ICU reads it.
    func readWords(at index: Int) -> NumberAtom? {
        if text.isUnspacedLetter(index) { return readUnspacedWords(at: index) }
        guard let (word, wordEnd) = text.word(at: index) else { return nil }
        if let value = lexicon.ordinals[word] {
            var atom = NumberAtom(start: index, end: wordEnd, values: [(Decimal(value), .native)])
            atom.isSpelledOut = true
            atom.isOrdinal = true
            atom.isWeak = lexicon.isWeak(word)
            return atom
        }
        var total = 0
        var current = 0
        var lastAdded: Int?
        var lastScale: Int?
        if let value = lexicon.cardinal(word) {
            current = value
            lastAdded = value
        } else if let value = lexicon.standaloneScales[word] {
            total = value
            lastScale = value
        } else {
            return nil
        }
        var end = wordEnd
        var wordCount = 1
        var isOrdinal = false

        func continues(_ value: Int) -> Bool {
            if current == 0 { return lastScale.map { value < $0 } ?? false }
            return value < place(of: lastAdded ?? current)
        }

        while !isOrdinal {
            let afterSpaces = text.skipSpaces(from: end)
            var candidates = [afterSpaces]
            if let connector = lexicon.connectors.match(in: text, at: afterSpaces) {
                candidates.insert(text.skipSpaces(from: connector.end), at: 0)
            }
            var advanced = false
            for position in candidates where position < text.count && !excluded[position] {
                if let scale = lexicon.scales.match(in: text, at: position), position == afterSpaces {
                    if scale.payload >= 1000 {
                        guard lastScale.map({ scale.payload < $0 }) ?? true else { break }
                        total += max(current, 1) * scale.payload
                        current = 0
                        lastAdded = nil
                        lastScale = scale.payload
                    } else {
                        current = max(current, 1) * scale.payload
                        lastAdded = current
                    }
                    end = scale.end
                    advanced = true
                    break
                }
                guard let (next, nextEnd) = text.word(at: position) else { continue }
                if let value = lexicon.cardinal(next), continues(value) {
                    current += value
                    lastAdded = value
                    end = nextEnd
                    advanced = true
                    break
                }
                if let value = lexicon.ordinals[next], continues(value) {
                    current += value
                    end = nextEnd
                    isOrdinal = true
                    advanced = true
                    break
                }
            }
            guard advanced else { break }
            wordCount += 1
        }
        var value = total + current
        if lexicon.spellOutParser == .icu && !isOrdinal,
            // White space of any kind and length read as one space (`njëzet\r\ne katër`): ICU's
            // rules know only that.
            let icu = ICUSpellOut.value(of: text.loweredCollapsingSpaces(index..<end), icuLocale: lexicon.icuLocale)
        {
            value = icu
        }
        var atom = NumberAtom(start: index, end: end, values: [(Decimal(value), .native)])
        atom.isSpelledOut = true
        atom.isOrdinal = isOrdinal
        atom.isWeak = wordCount == 1 && lexicon.isWeak(word)
        return atom
    }

    /// Number words in a script without spaces (zh `二十四`): the longest spelled-out number
    /// of the locale's tables at `index`, then a scale (`二十四万`). A single character
    /// (`十`, `一`) is weak: it is also part of other words (`十分`, `一些`).
    func readUnspacedWords(at index: Int) -> NumberAtom? {
        guard let match = lexicon.unspacedNumbers.match(in: text, at: index) else { return nil }
        var value = match.payload
        var end = match.end
        if let scale = lexicon.scales.match(in: text, at: end), scale.payload >= 1000 {
            value *= scale.payload
            end = scale.end
        }
        var atom = NumberAtom(start: index, end: end, values: [(Decimal(value), .native)])
        atom.isSpelledOut = true
        atom.isWeak = match.end - index == 1 && end == match.end
        return atom
    }

    /// The largest power of ten that divides `value` (20 → 10, 300 → 100, 12 → 1).
    private func place(of value: Int) -> Int {
        var place = 1
        while value > 0 && value % (place * 10) == 0 { place *= 10 }
        return place
    }
}
