import Foundation

extension Embargo {
    /// Reads the embargo from paragraphs 2–5 of `cable` for `post` (rules: `Docs/Publishing.md`).
    ///
    /// - Public moment: `TIME ZONE[,] [on] [Weekday[,]] Month D` (para 3 of 09STATE61188: `10:00
    ///   am EDT on June 16`), or `Month D[,] YYYY[,] [at] TIME ZONE` (para 2: `On June 16, 2009,
    ///   at 10:00 a.m. EDT`). TIME is `H[:MM] am|a.m.|pm|p.m.` in any case (`10 AM`, `9.30
    ///   a.m.`) or `[12] noon`; ZONE is `EDT`, `(EDT)`, `E.D.T.`, `ET`, `Eastern [Daylight]
    ///   Time`. Of several, the first in a sentence about the release (not a briefing's); a
    ///   time-first wording before a date-first one.
    /// - The year: the release date's where the text gives it, else the first `Month D, YYYY`.
    /// - Host-government moment: the clause `1200 noon | 12 noon | noon | OOB local time[,] [on]
    ///   [Weekday[,]] Month D for WHA, AF, EUR, and NEA countries|posts` whose bureau list names
    ///   the post's bureau; OOB is ``openingOfBusinessHour``.
    /// - Press statement (``pressStatement``, optional): `press statement may be released on or
    ///   after TIME ZONE [on] Month D` in any paragraph of the action request (2–10; para 7 in
    ///   09STATE61188).
    ///
    /// Times in EDT are read in `America/New_York`, local times in the post's time zone.
    /// - Throws: ``EmbargoError`` naming what could not be found, e.g. `embargo: paragraphs 2–5
    ///   of the cable give no host-government moment for EUR posts`, or a press-statement
    ///   sentence whose time could not be read.
    public static func read(from cable: Cable, post: RequestingPost) throws -> Embargo {
        let text = (2...5).compactMap { cable.paragraph($0)?.text }.joined(separator: "\n")
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        let month = monthPattern
        guard let yearMatch = firstMatch(in: text, pattern: "\(month) \\d{1,2}, (\\d{4})"),
            let firstYear = Int(yearMatch[2])
        else {
            throw EmbargoError(message: "embargo: paragraphs 2–5 of the cable give no year ('June 16, 2009')")
        }
        // The year of the release date where the text gives it (`June 16, 2009`), else the first.
        func releaseYear(of month: String, _ day: String) -> Int {
            firstMatch(in: text, pattern: "\(month) \(day), (\\d{4})").flatMap { Int($0[1]) } ?? firstYear
        }
        // Every reading of the release moment, time-first wordings (para 3 of 09STATE61188) before
        // date-first ones (para 2), each in text order.
        var readings: [(offset: Int, date: Date, year: Int)] = []
        for (offset, match) in allMatchesWithOffsets(
            in: text,
            pattern: "\(timePattern) \(washingtonZonePattern),? (?:on )?\(weekdayPattern)\(month) (\\d{1,2})\\b")
        {
            let year = releaseYear(of: match[5], match[6])
            guard let hour = clockHour(match[1], match[3], noon: match[4]),
                let date = instant(
                    year: year, month: match[5], day: match[6], hour: hour, minute: match[2], zone: washington)
            else { continue }
            readings.append((offset, date, year))
        }
        for (offset, match) in allMatchesWithOffsets(
            in: text, pattern: "\(month) (\\d{1,2}),? (\\d{4}),? (?:at )?\(timePattern) \(washingtonZonePattern)")
        {
            guard let hour = clockHour(match[4], match[6], noon: match[7]), let year = Int(match[3]),
                let date = instant(
                    year: year, month: match[1], day: match[2], hour: hour, minute: match[5], zone: washington)
            else { continue }
            readings.append((offset, date, year))
        }
        // The first reading in a sentence about the release; a briefing's time (`A background
        // briefing will be held at 9:00 a.m. EDT on June 16.`) only when no sentence says release.
        let sentences = sentenceRanges(in: text)
        let nsText = text as NSString
        func isAboutTheRelease(_ offset: Int) -> Bool {
            guard let sentence = sentences.first(where: { NSLocationInRange(offset, $0) }) else { return false }
            let words = nsText.substring(with: sentence)
            return words.range(of: releaseWordsPattern, options: [.regularExpression, .caseInsensitive]) != nil
                && words.range(
                    of: "press (statement|release)s? (may|can) be", options: [.regularExpression, .caseInsensitive])
                    == nil
        }
        guard let reading = readings.first(where: { isAboutTheRelease($0.offset) }) ?? readings.first else {
            throw EmbargoError(message: "embargo: paragraphs 2–5 of the cable give no public release moment in EDT")
        }
        let year = reading.year
        let publicRelease = reading.date
        let clause =
            "\\b(1200 noon|12 noon|noon|OOB) local time,? (?:on )?(?:[A-Z][a-z]+day,? )?\(month) (\\d{1,2}) for ([A-Z, ]*?)(?:and )?([A-Z]+) (?:countries|posts)"
        for match in allMatches(in: text, pattern: clause) {
            let bureaus = (match[4] + " " + match[5]).split(whereSeparator: { $0 == "," || $0 == " " })
                .compactMap { RegionalBureau(symbol: String($0)) }
            guard bureaus.contains(post.bureau) else { continue }
            let hour = match[1] == "OOB" ? openingOfBusinessHour : 12
            if let date = instant(
                year: year, month: match[2], day: match[3], hour: hour, minute: "0", zone: post.timeZone)
            {
                return Embargo(
                    post: post, hostGovernment: date, publicRelease: publicRelease,
                    pressStatement: try pressStatement(in: cable, year: year))
            }
        }
        throw EmbargoError(
            message:
                "embargo: paragraphs 2–5 of the cable give no host-government moment for \(post.bureau.rawValue) posts")
    }

    /// The moment a local press statement may go out, from the action request's paragraphs;
    /// `nil` when they do not say. A sentence that says when one may be released but whose
    /// moment cannot be read is an error, not "no later moment".
    private static func pressStatement(in cable: Cable, year: Int) throws -> Date? {
        let text = (2...10).compactMap { cable.paragraph($0)?.text }.joined(separator: "\n")
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        let announcement =
            "(?i:press (?:statement|release)s? (?:may|can) be (?:released|issued|made)"
            + "(?: (?:on|at) or after| after| no earlier than| not before)?)"
        let pattern =
            "\(announcement) \(timePattern) \(washingtonZonePattern),? (?:on )?\(weekdayPattern)\(monthPattern) (\\d{1,2})\\b"
        if let match = firstMatch(in: text, pattern: pattern) {
            if let hour = clockHour(match[1], match[3], noon: match[4]),
                let date = instant(
                    year: year, month: match[5], day: match[6], hour: hour, minute: match[2], zone: washington)
            {
                return date
            }
        }
        // A sentence naming a time that was not read; one that names none ("after the release")
        // sets no later moment.
        let namedTime = #"[^;]{0,80}?(?:\d{1,2}(?:[:.]\d{2})? ?[AaPp]\.? ?[Mm]\b|\b\d{3,4}\b|\bnoon\b)"#
        guard let said = firstMatch(in: text, pattern: announcement + namedTime) else { return nil }
        throw EmbargoError(
            message: "embargo: the cable says when a local press statement may go out, but its moment could not be "
                + "read: '\(said[0])' (write it as '10:30 a.m. EDT on June 16')")
    }

    /// The months as cables write them (group 1).
    private static let monthPattern =
        "(January|February|March|April|May|June|July|August|September|October|November|December)"
    /// A clock time: hour, minutes (optional), meridiem (groups 1–3: `10:30 a.m.`, `10 AM`,
    /// `9.30 pm`), or noon (group 4: `noon`, `12 noon`). Not the end of a longer number
    /// (`1000 a.m.` is no time), nor the end of a word (`afternoon`).
    private static let timePattern =
        #"(?:(?<![\d:.])(\d{1,2})(?:[:.](\d{2}))? ?([AaPp])\.? ?[Mm]\.?|(?:12 )?\b(noon))"#
    /// Washington's zone as cables write it: `EDT`, `(EDT)`, `E.D.T.`, `ET`, `Eastern [Daylight] Time`.
    private static let washingtonZonePattern = #"\(?(?:EDT|E\.D\.T\.|ET|Eastern Daylight Time|Eastern Time)\)?"#
    /// An optional weekday before a date, with or without its comma.
    private static let weekdayPattern = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"

    /// The hour on a 24-hour clock of `hour` (1–12) and its meridiem (`a`/`p`, any case):
    /// `12 a.m.` is 0, `12 p.m.` is 12; 12 for noon; `nil` for an hour a 12-hour clock has not.
    private static func clockHour(_ hour: String, _ meridiem: String, noon: String) -> Int? {
        guard noon.isEmpty else { return 12 }
        guard let value = Int(hour), (1...12).contains(value) else { return nil }
        return meridiem.lowercased() == "p" ? value % 12 + 12 : value % 12
    }

    /// The moment in `zone`; `nil` for a day the month has not (`June 31`) or minutes past 59
    /// (the calendar would roll them over). `minute` may be empty (`10 a.m.`).
    private static func instant(
        year: Int, month: String, day: String, hour: Int, minute: String, zone: TimeZone
    )
        -> Date?
    {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        guard let monthIndex = months.firstIndex(of: month), let day = Int(day),
            let minute = minute.isEmpty ? 0 : Int(minute), (0...59).contains(minute), (0...23).contains(hour)
        else {
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard
            let date = calendar.date(
                from: DateComponents(year: year, month: monthIndex + 1, day: day, hour: hour, minute: minute, second: 0)
            ),
            calendar.component(.month, from: date) == monthIndex + 1, calendar.component(.day, from: date) == day
        else { return nil }
        return date
    }

    private static func firstMatch(in text: String, pattern: String) -> [String]? {
        allMatches(in: text, pattern: pattern).first
    }

    /// Words that make a sentence one about the Report's release (`will release`, `precede the
    /// Secretary's release`, `launch`, `made public`, `available`).
    private static let releaseWordsPattern = #"\b(releas|launch|unveil|publish|made public|available|precede)"#

    /// The sentences of `text` as UTF-16 ranges: a sentence ends at `.`, `!` or `?` before white
    /// space and a capital or `(`, except after `a.m.`, `p.m.`, `E.D.T.`, `U.S.`, a title or an
    /// initial.
    private static func sentenceRanges(in text: String) -> [NSRange] {
        let nsText = text as NSString
        guard let end = try? NSRegularExpression(pattern: #"[.!?]\s+(?=[A-Z(])"#) else { return [] }
        let abbreviations: Set<String> = ["a.m", "p.m", "e.d.t", "u.s", "mr", "mrs", "ms", "dr", "st", "no"]
        var ranges: [NSRange] = []
        var start = 0
        for match in end.matches(in: text, range: NSRange(location: 0, length: nsText.length)) {
            let before = nsText.substring(with: NSRange(location: start, length: match.range.location - start))
            let lastWord = before.split(whereSeparator: { $0 == " " || $0 == "(" }).last.map(String.init) ?? ""
            if abbreviations.contains(lastWord.lowercased())
                || (lastWord.count == 1 && lastWord.first?.isLetter == true)
            {
                continue
            }
            ranges.append(NSRange(location: start, length: NSMaxRange(match.range) - start))
            start = NSMaxRange(match.range)
        }
        ranges.append(NSRange(location: start, length: nsText.length - start))
        return ranges
    }

    /// ``allMatches(in:pattern:)`` with each match's UTF-16 offset in `text`.
    private static func allMatchesWithOffsets(in text: String, pattern: String) -> [(Int, [String])] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (
                match.range.location,
                (0..<match.numberOfRanges).map { index in
                    Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
                }
            )
        }
    }

    /// Each match's groups as strings (index 0 the whole match; a missing group is empty).
    private static func allMatches(in text: String, pattern: String) -> [[String]] {
        allMatchesWithOffsets(in: text, pattern: pattern).map(\.1)
    }
}
