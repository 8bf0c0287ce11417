import Foundation

/// Before or after noon, as a text says it.
enum Meridiem {
    case am, pm, noon, midnight
}

extension FigureScan {
    // MARK: - Times

    /// `12:00`, `10:00 a.m.`, `12:00 noon`; `12.00` only with a clock word after it
    /// (`12.00 časova`, `12.00 h`) or an hour word before it (sq `ora 10.00`,
    /// `afterHourWord`), since it is otherwise a decimal.
    func clockTime(at index: Int, afterHourWord: Bool = false) -> (NumberFact, Int)? {
        let hourEnd = text.digitsEnd(from: index)
        guard (1...2).contains(hourEnd - index), let hour = Int(text.string(index..<hourEnd)), hour <= 24,
            hourEnd + 2 < text.count, text[hourEnd] == ":" || text[hourEnd] == "."
        else { return nil }
        let minuteEnd = text.digitsEnd(from: hourEnd + 1)
        guard minuteEnd - hourEnd - 1 == 2, let minute = Int(text.string((hourEnd + 1)..<minuteEnd)), minute < 60
        else { return nil }
        var end = minuteEnd
        var meridiem: Meridiem?
        var hasClockWord = false
        var position = text.skipSpaces(from: end)
        for _ in 0..<2 {
            guard let word = clockWord(at: position) else { break }
            hasClockWord = true
            end = word.end
            meridiem = word.meridiem ?? meridiem
            position = text.skipSpaces(from: end)
        }
        if text[hourEnd] == "." && !hasClockWord && !afterHourWord { return nil }
        let fact = NumberFact(
            kind: .time, text: text.string(index..<end), range: index..<end,
            numberText: text.string(index..<minuteEnd),
            readings: timeReadings(hour: hour, minute: minute, meridiem: meridiem))
        return (fact, end)
    }

    /// A clock word after a time: a.m./p.m., noon, midnight, or an hour word (sr `časova`).
    func clockWord(at position: Int) -> (end: Int, meridiem: Meridiem?)? {
        if let match = lexicon.amWords.match(in: text, at: position) { return (match.end, .am) }
        if let match = lexicon.pmWords.match(in: text, at: position) { return (match.end, .pm) }
        if let match = lexicon.noonWords.match(in: text, at: position) {
            return (match.end, match.payload == 0 ? .midnight : .noon)
        }
        if let match = lexicon.timeWordsAfter.match(in: text, at: position) { return (match.end, nil) }
        return nil
    }

    /// A time after an hour word (sq `ora 12:00`, `orën 10.00`, `në orën 10`); the fact starts
    /// at the number.
    func timeAfterWord(at index: Int) -> (NumberFact, Int)? {
        guard let (word, wordEnd) = text.word(at: index), lexicon.timeWordsBefore.contains(word) else { return nil }
        let position = text.skipSpaces(from: wordEnd)
        guard position > wordEnd, text.isDigit(position), !excluded[position] else { return nil }
        if let time = clockTime(at: position, afterHourWord: true) { return time }
        let hourEnd = text.digitsEnd(from: position)
        guard hourEnd - position <= 2, let hour = Int(text.string(position..<hourEnd)), hour <= 24,
            !(hourEnd + 1 < text.count && FigureScan.separatorCandidates.contains(text[hourEnd])
                && text.isDigit(hourEnd + 1))
        else { return nil }
        var end = hourEnd
        var meridiem: Meridiem?
        if let word = clockWord(at: text.skipSpaces(from: hourEnd)) {
            end = word.end
            meridiem = word.meridiem
        }
        let fact = NumberFact(
            kind: .time, text: text.string(position..<end), range: position..<end,
            numberText: text.string(position..<hourEnd),
            readings: timeReadings(hour: hour, minute: 0, meridiem: meridiem))
        return (fact, end)
    }

    /// Noon or midnight on their own: `noon`, sq `mesditë`, sr `podne`.
    func noon(at index: Int) -> (NumberFact, Int)? {
        guard let match = lexicon.noonWords.match(in: text, at: index) else { return nil }
        let fact = NumberFact(
            kind: .time, text: text.string(index..<match.end), range: index..<match.end,
            readings: [FigureReading(.time(minutes: match.payload))], isSpelledOut: true)
        return (fact, match.end)
    }

    /// The readings of a clock time: exact with a.m./p.m./noon/midnight; without, a 12-hour
    /// reading is ambiguous (`10:00` is 10:00 or 22:00, `12:00` noon or midnight).
    func timeReadings(hour: Int, minute: Int, meridiem: Meridiem?) -> [FigureReading] {
        func reading(_ hour: Int) -> FigureReading { FigureReading(.time(minutes: (hour * 60 + minute) % (24 * 60))) }
        switch meridiem {
        case .am, .midnight: return [reading(hour % 12)]
        case .pm: return [reading(hour % 12 + 12)]
        case .noon: return [reading(hour == 12 ? 12 : hour % 12 + 12)]
        case nil:
            if (1...11).contains(hour) { return [reading(hour), reading(hour + 12)] }
            if hour == 12 { return [reading(12), reading(0)] }
            return [reading(hour)]
        }
    }

    // MARK: - Tiers

    /// A tier word and the number after it: `Tier 2`, `TIER 2`, sq `Niveli 2`, `Nivelin 2`,
    /// `Niveli i dytë`, sr `Nivou 2`; the Watch List when one of
    /// ``NumberConventions/watchListWords`` starts one of the next four words.
    func tier(at index: Int) -> (NumberFact, Int)? {
        guard let (word, wordEnd) = text.word(at: index), lexicon.tierWords.contains(word) else { return nil }
        var position = text.skipSpaces(from: wordEnd)
        guard position > wordEnd else { return nil }
        // An article between the word and an ordinal: sq "Niveli i dytë".
        if let (article, articleEnd) = text.word(at: position), article.count <= 2, lexicon.cardinals[article] == nil,
            lexicon.ordinals[article] == nil
        {
            let afterArticle = text.skipSpaces(from: articleEnd)
            if afterArticle > articleEnd, readNumber(at: afterArticle) != nil { position = afterArticle }
        }
        guard let atom = readNumber(at: position), let tier = atom.integerValue, (1...9).contains(tier) else {
            return nil
        }
        let end = atom.end
        let fact = NumberFact(
            kind: .tier, text: text.string(index..<end), range: index..<end,
            numberText: text.string(position..<end),
            readings: [FigureReading(.tier(tier, watchList: isWatchList(after: end)))],
            isSpelledOut: atom.isSpelledOut)
        return (fact, end)
    }

    private func isWatchList(after end: Int) -> Bool {
        guard !lexicon.watchListWords.isEmpty else { return false }
        var position = end
        var words = 0
        while position < text.count && words < 4 {
            if text.isWordStart(position) {
                let rest = text.loweredString(position..<min(text.count, position + 40))
                if lexicon.watchListWords.contains(where: { rest.hasPrefix($0) }) { return true }
                words += 1
                position = text.wordEnd(from: position)
            } else {
                if [".", ";", "!", "?"].contains(text[position]) { return false }
                position += 1
            }
        }
        return false
    }

    // MARK: - Currencies

    /// A currency before its amount: `$158,593`, `US$ 158,593`, `USD 158,593`, `€2 million`.
    func currencyFirst(at index: Int) -> (NumberFact, Int)? {
        guard let currency = lexicon.currencyPrefixes.match(in: text, at: index) else { return nil }
        let position = text.skipSpaces(from: currency.end)
        guard position - currency.end <= 1, text.isDigit(position), var atom = readNumber(at: position) else {
            return nil
        }
        let numberEnd = atom.end
        var end = atom.end
        if atom.gluedSuffix == nil, let scale = lexicon.scales.match(in: text, at: text.skipSpaces(from: end)),
            scale.payload >= 1000
        {
            atom.multiply(by: scale.payload)
            end = scale.end
        }
        if let repeated = lexicon.currencySuffixes.match(in: text, at: text.skipSpaces(from: end)),
            repeated.payload == currency.payload
        {
            end = repeated.end
        }
        let fact = NumberFact(
            kind: .currencyAmount, text: text.string(index..<end), range: index..<end,
            numberText: text.string(position..<numberEnd),
            readings: atom.values.map { FigureReading(.money($0.value, currency: currency.payload), style: $0.style) })
        return (fact, end)
    }

    // MARK: - Exclusions

    /// Marks the characters of white-space-delimited chunks that hold no content figure:
    /// URLs (`://`, `www.`), e-mail addresses, and identifiers — a digit run glued to a
    /// letter before it (`STATE61188`, `H1N1`), after a letter and `-`, `/` or `_`
    /// (`COVID-19`, `L-218`), followed by letters that are not an allowed suffix
    /// (`122209Z`; allowed: ``NumberConventions/digitSuffixes`` such as `16th`, `1990s`,
    /// `24h`), or followed by `/` or `_` and a letter (`04/L`). One identifier makes the whole
    /// chunk an identifier (`04/L-218`, `A/RES/55/25`).
    mutating func markExclusions() {
        var start = 0
        while start < text.count {
            if text.isSpace(start) {
                start += 1
                continue
            }
            var end = start
            while end < text.count && !text.isSpace(end) { end += 1 }
            if isAddress(start..<end) || hasIdentifier(start..<end) {
                for position in start..<end { excluded[position] = true }
            }
            start = end
        }
    }

    private func isAddress(_ chunk: Range<Int>) -> Bool {
        guard text.mayHoldAddress else { return false }
        if text.contains(ascii: "://", in: chunk) { return true }
        var start = chunk.lowerBound
        while start < chunk.upperBound && "(<[\"'“‘".contains(text[start]) { start += 1 }
        if start + 4 <= chunk.upperBound && text.loweredString(start..<start + 4) == "www." { return true }
        guard text.contains(ascii: "@", in: chunk) else { return false }
        for position in chunk where text[position] == "@" {
            if position > chunk.lowerBound && position + 1 < chunk.upperBound
                && (text.isLetter(position - 1) || text.isDigit(position - 1))
                && (text.isLetter(position + 1) || text.isDigit(position + 1))
            {
                return true
            }
        }
        return false
    }

    private func hasIdentifier(_ chunk: Range<Int>) -> Bool {
        var position = chunk.lowerBound
        while position < chunk.upperBound {
            guard text.isDigit(position) else {
                position += 1
                continue
            }
            let end = text.digitsEnd(from: position)
            let previous: Character? = position > chunk.lowerBound ? text[position - 1] : nil
            let beforePrevious: Character? = position - 1 > chunk.lowerBound ? text[position - 2] : nil
            // A letter glued before digits makes an identifier in the alphabets identifiers are
            // written in (Latin, Greek, Cyrillic: `H1N1`); Arabic and Hebrew proclitics (`و٢٠`,
            // "and 20"; `ב-2008`) and Chinese (`第2`) glue to numbers in running text.
            if let previous, text.isLetter(position - 1), let scalar = previous.unicodeScalars.first,
                scalar.value < 0x0530
            {
                return true
            }
            if let previous, beforePrevious != nil, "-/_".contains(previous), text.isLetter(position - 2) {
                return true
            }
            if end < chunk.upperBound && text.isLetter(end) && !text.isUnspacedLetter(end) {
                let suffixEnd = text.wordEnd(from: end)
                let suffix = text.loweredString(end..<suffixEnd)
                if !lexicon.digitSuffixes.contains(suffix) || text.isDigit(suffixEnd) { return true }
            }
            if end + 1 < chunk.upperBound && "/_".contains(text[end]) && text.isLetter(end + 1) { return true }
            position = end
        }
        return false
    }
}
