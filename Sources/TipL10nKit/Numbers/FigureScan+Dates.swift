import Foundation

extension FigureScan {
    /// Month first: `June 16, 2009`, `June 2009`, `June 15`, sq `qershor të vitit 2009`,
    /// sr `jun 2009.`, `u julu 2008. godine`; a month on its own (`in June`, sr `u junu`) unless
    /// the form is short or abbreviated (`May`, `maj`, `Jan.`).
    func monthFirstDate(at index: Int) -> (NumberFact, Int)? {
        guard let month = lexicon.months.match(in: text, at: index),
            !month.payload.requiresCapital || text[index].isUppercase
        else { return nil }
        var end = month.end
        var day: Int?
        var year: Int?
        var position = text.skipSpaces(from: month.end)
        if position > month.end, let found = readDay(at: position), readYear(at: position) == nil {
            day = found.day
            end = found.end
            position = text.skipSpaces(from: found.end)
            if position < text.count && text[position] == "," { position = text.skipSpaces(from: position + 1) }
        }
        if let found = yearAfterMonth(at: position) {
            year = found.year
            end = found.end
        }
        if day == nil && year == nil && month.payload.needsNumber { return nil }
        let fact = NumberFact(
            kind: .date, text: text.string(index..<end), range: index..<end,
            readings: [FigureReading(.date(year: year, month: month.payload.month, day: day))])
        return (fact, end)
    }

    /// Day first: `16 June 2009`, `16th of June`, sq `16 qershor 2009`, sr `16. juna 2009.
    /// godine`, `16. jun`.
    func dayFirstDate(at index: Int) -> (NumberFact, Int)? {
        guard let found = readDay(at: index) else { return nil }
        var position = text.skipSpaces(from: found.end)
        guard position > found.end else { return nil }
        if let joiner = lexicon.dayMonthJoiners.match(in: text, at: position) {
            let afterJoiner = text.skipSpaces(from: joiner.end)
            if lexicon.months.matches(in: text, at: afterJoiner) { position = afterJoiner }
        }
        guard let month = lexicon.months.match(in: text, at: position),
            !month.payload.requiresCapital || text[position].isUppercase
        else { return nil }
        var end = month.end
        var year: Int?
        var afterMonth = text.skipSpaces(from: month.end)
        if afterMonth < text.count && text[afterMonth] == "," { afterMonth = text.skipSpaces(from: afterMonth + 1) }
        if afterMonth > month.end, let foundYear = yearAfterMonth(at: afterMonth) {
            year = foundYear.year
            end = foundYear.end
        }
        let fact = NumberFact(
            kind: .date, text: text.string(index..<end), range: index..<end,
            readings: [FigureReading(.date(year: year, month: month.payload.month, day: found.day))])
        return (fact, end)
    }

    /// A year at `position`, directly or after a month-year joiner (sq `të vitit`).
    private func yearAfterMonth(at position: Int) -> (year: Int, end: Int)? {
        if let joiner = lexicon.monthYearJoiners.match(in: text, at: position),
            let found = readYear(at: text.skipSpaces(from: joiner.end))
        {
            return found
        }
        return readYear(at: position)
    }

    /// A date written by one of the locale's numeric CLDR patterns (zh `2009年6月16日`,
    /// `6月16日`, `2009年6月`); white space between pieces is allowed.
    func patternDate(at index: Int) -> (NumberFact, Int)? {
        for pieces in lexicon.numericDatePatterns {
            var position = index
            var year: Int?
            var month: Int?
            var day: Int?
            var matched = true
            for (number, piece) in pieces.enumerated() {
                if number > 0 { position = text.skipSpaces(from: position) }
                switch piece {
                case .year, .month, .day:
                    guard text.isDigit(position), !excluded[position] else {
                        matched = false
                        break
                    }
                    let end = text.digitsEnd(from: position)
                    guard let value = Int(text.string(position..<end)) else {
                        matched = false
                        break
                    }
                    switch piece {
                    case .year where end - position == 4 && (1000...2999).contains(value): year = value
                    case .month where end - position <= 2 && (1...12).contains(value): month = value
                    case .day where end - position <= 2 && (1...31).contains(value): day = value
                    default: matched = false
                    }
                    position = end
                case .literal(let literal):
                    let characters = Array(literal.trimmingCharacters(in: .whitespaces))
                    for character in characters {
                        guard position < text.count, text[position] == character else {
                            matched = false
                            break
                        }
                        position += 1
                    }
                }
                if !matched { break }
            }
            guard matched, month != nil else { continue }
            let fact = NumberFact(
                kind: .date, text: text.string(index..<position), range: index..<position,
                readings: [FigureReading(.date(year: year, month: month, day: day))])
            return (fact, position)
        }
        return nil
    }

    /// Numeric dates: `16.06.2009`, `16. 6. 2009.`, `16/06/2009` (day first), `6/16/2009`
    /// (month first in English, unless the first part is over 12: `16/06/2009`), ISO `2009-06-16`; in Serbian also day and month alone, `16.6.`.
    func numericDate(at index: Int) -> (NumberFact, Int)? {
        let firstEnd = text.digitsEnd(from: index)
        let firstLength = firstEnd - index
        guard firstEnd < text.count, let first = Int(text.string(index..<firstEnd)) else { return nil }
        let separator = text[firstEnd]
        if firstLength == 4 && separator == "-" {
            guard text.isDigit(firstEnd + 1) else { return nil }
            let monthEnd = text.digitsEnd(from: firstEnd + 1)
            guard monthEnd - firstEnd - 1 == 2, monthEnd < text.count, text[monthEnd] == "-",
                text.isDigit(monthEnd + 1)
            else { return nil }
            let dayEnd = text.digitsEnd(from: monthEnd + 1)
            guard dayEnd - monthEnd - 1 == 2, let month = Int(text.string((firstEnd + 1)..<monthEnd)),
                let day = Int(text.string((monthEnd + 1)..<dayEnd)), (1...12).contains(month), (1...31).contains(day)
            else { return nil }
            return dateFact(index..<dayEnd, year: first, month: month, day: day)
        }
        guard (1...2).contains(firstLength), separator == "." || separator == "/" else { return nil }
        func nextGroup(after position: Int) -> Int? {
            var start = position + 1
            if separator == "." && text.isSpace(start) && text[start] != "\n" { start += 1 }
            return text.isDigit(start) ? start : nil
        }
        guard let secondStart = nextGroup(after: firstEnd) else { return nil }
        let secondEnd = text.digitsEnd(from: secondStart)
        guard (1...2).contains(secondEnd - secondStart), secondEnd < text.count, text[secondEnd] == separator,
            let second = Int(text.string(secondStart..<secondEnd))
        else { return nil }
        guard let thirdStart = nextGroup(after: secondEnd) else {
            // Serbian day and month without a year: 16.6. (both dots written).
            guard separator == "." && lexicon.ordinalDot, (1...12).contains(second), (1...31).contains(first) else {
                return nil
            }
            let range = index..<(secondEnd + 1)
            let fact = NumberFact(
                kind: .date, text: text.string(range), range: range,
                readings: [FigureReading(.date(year: nil, month: second, day: first))])
            return (fact, range.upperBound)
        }
        let thirdEnd = text.digitsEnd(from: thirdStart)
        let thirdLength = thirdEnd - thirdStart
        guard thirdLength == 4 || (separator == "/" && thirdLength == 2),
            var year = Int(text.string(thirdStart..<thirdEnd))
        else { return nil }
        if thirdEnd + 1 < text.count && [".", ","].contains(text[thirdEnd]) && text.isDigit(thirdEnd + 1) {
            return nil
        }
        if thirdLength == 2 { year += year < 50 ? 2000 : 1900 }
        // English slashes are month first (`6/16/2009`) unless the first part cannot be a
        // month (`16/06/2009` is 16 June).
        let monthFirst = separator == "/" && lexicon.tag.hasPrefix("en") && (1...12).contains(first)
        let (month, day) = monthFirst ? (first, second) : (second, first)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        var end = thirdEnd
        if separator == "." && lexicon.ordinalDot && end < text.count && text[end] == "." && !text.isDigit(end + 1) {
            end += 1
        }
        return dateFact(index..<end, year: year, month: month, day: day)
    }

    private func dateFact(_ range: Range<Int>, year: Int, month: Int, day: Int) -> (NumberFact, Int) {
        let fact = NumberFact(
            kind: .date, text: text.string(range), range: range,
            readings: [FigureReading(.date(year: year, month: month, day: day))])
        return (fact, range.upperBound)
    }

    /// A day of the month at `position`: one or two digits, 1…31, not the start of a longer
    /// number or a time; an English ordinal suffix (`16th`) or Serbian ordinal dot (`16.`)
    /// is taken with it.
    func readDay(at position: Int) -> (day: Int, end: Int)? {
        guard text.isDigit(position), !text.isDigit(position - 1), !excluded[position] else { return nil }
        let digitsEnd = text.digitsEnd(from: position)
        guard digitsEnd - position <= 2, let day = Int(text.string(position..<digitsEnd)), (1...31).contains(day)
        else { return nil }
        if digitsEnd < text.count && [".", ",", ":", "/"].contains(text[digitsEnd]) && text.isDigit(digitsEnd + 1) {
            return nil
        }
        var end = digitsEnd
        if let (suffix, suffixEnd) = text.word(at: end) {
            guard Self.ordinalSuffixes.contains(suffix) else { return nil }
            end = suffixEnd
        }
        if lexicon.ordinalDot && end < text.count && text[end] == "." && text.isSpace(end + 1) {
            end += 1
        }
        return (day, end)
    }

    /// A four-digit year (1000…2999) at `position`, with a Serbian ordinal dot if one follows
    /// (`2009. godine`).
    func readYear(at position: Int) -> (year: Int, end: Int)? {
        guard text.isDigit(position), !text.isDigit(position - 1), !excluded[position] else { return nil }
        let digitsEnd = text.digitsEnd(from: position)
        guard digitsEnd - position == 4, let year = Int(text.string(position..<digitsEnd)), (1000...2999).contains(year)
        else { return nil }
        if digitsEnd + 1 < text.count && [".", ","].contains(text[digitsEnd]) && text.isDigit(digitsEnd + 1) {
            return nil
        }
        if text.isLetter(digitsEnd) { return nil }
        var end = digitsEnd
        if lexicon.ordinalDot && end < text.count && text[end] == "." && isOrdinalDot(at: end) {
            end += 1
        }
        return (year, end)
    }
}
