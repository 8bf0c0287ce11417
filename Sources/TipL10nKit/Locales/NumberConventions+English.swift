import Foundation

extension NumberConventions {
    /// How the English source (US style, as in State Department cables) writes figures:
    /// `158,593`, `1.5`, `$158,593`, `June 16, 2009`, `10:00 a.m.`, `two to 12`, `ninth`.
    ///
    /// Not a YAML profile: English is always the source, never a target.
    public static let englishSource: NumberConventions = {
        var english = NumberConventions()
        english.groupSeparators = [",", " ", "\u{00A0}", "\u{202F}", "\u{2009}"]
        english.decimalSeparators = ["."]
        english.spellOutParser = .table
        let units = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var words: [String: Int] = [:]
        for (value, word) in units.enumerated() { words[word] = value }
        for (index, word) in tens.enumerated() { words[word] = (index + 2) * 10 }
        english.numberWords = words
        english.wordConnectors = ["and", "-"]
        english.scaleWords = ["hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000]
        english.ordinalWords = [
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
            "eightieth": 80, "ninetieth": 90, "hundredth": 100,
        ]
        // "first" is also "at first", "first-ever": an unmatched one is not reported.
        english.weakWords = ["first"]
        english.notFigurePhrases = ["no one", "one another", "one-on-one", "at first", "first of all"]
        english.currencies = [
            Currency(
                code: "USD", prefixes: ["US$", "U.S. $", "$", "USD"],
                suffixes: ["USD", "U.S. dollars", "US dollars", "dollars", "dollar"]),
            Currency(code: "EUR", prefixes: ["€", "EUR"], suffixes: ["EUR", "euros", "euro"]),
        ]
        english.percentSigns = ["%", "percent", "per cent"]
        english.months = [
            ["January", "Jan."], ["February", "Feb."], ["March", "Mar."], ["April", "Apr."], ["May"],
            ["June", "Jun."], ["July", "Jul."], ["August", "Aug."], ["September", "Sept.", "Sep."],
            ["October", "Oct."], ["November", "Nov."], ["December", "Dec."],
        ]
        english.dayMonthJoiners = ["of"]
        english.yearWordsBefore = ["year", "fiscal year", "FY"]
        english.rangeConnectors = ["-", "–", "—", "to", "through"]
        english.referenceWords = ["para", "paras", "paragraph", "paragraphs", "ref", "reftel", "§", "§§"]
        english.tierWords = ["tier"]
        english.watchListWords = ["watch list"]
        english.time = TimeWords(
            before: [], after: ["o'clock"], am: ["a.m.", "a.m", "am"], pm: ["p.m.", "p.m", "pm"],
            noon: ["noon", "midday"], midnight: ["midnight"])
        english.digitSuffixes = ["st", "nd", "rd", "th", "s", "h", "am", "pm", "m", "bn", "k"]
        return english
    }()
}
