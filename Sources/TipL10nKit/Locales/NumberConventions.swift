import Foundation

/// How a locale writes figures: the part of a ``LocaleProfile`` that number extraction reads
/// (the `numbers:` mapping of `locales/<tag>.yaml`).
///
/// Word lists are matched case-insensitively, except entries written entirely in capitals
/// (`USD`, `EUR`), which must match exactly; a space inside an entry matches any run of
/// white space (including U+00A0). Every key is optional in YAML and defaults to empty (or
/// `false`, `table`). English source text uses ``englishSource``. The rules that read these
/// fields are in `Docs/Numbers.md`.
public struct NumberConventions: Sendable, Equatable, Codable {
    /// How spelled-out numbers are valued.
    public enum SpellOutParser: String, Sendable, Codable {
        /// ICU's spell-out rules for ``LocaleProfile/icuLocale`` (`NumberFormatter.spellOut`);
        /// the word tables are the fallback for forms ICU does not parse.
        case icu
        /// The word tables only (``numberWords``, ``scaleWords``, ordinals).
        case table
        /// The word tables, and a single word they lack read by ICU's spell-out parser (all of
        /// ICU's rule sets: es `una`, `veintiuna`, ru `двух`, `одной`, fr `une`) when it looks
        /// like ICU's own spelling of the value read: same first two letters (diacritics
        /// ignored) and at most three letters longer, since ICU's parser reads prefixes
        /// (`dossier` → 2). CLDR profiles use it where ICU parses its own words back.
        case icuForms
    }

    /// The written forms of one currency.
    public struct Currency: Sendable, Equatable, Codable {
        /// ISO 4217 code, e.g. `USD`.
        public var code: String
        /// Forms written before the amount: `$`, `US$`, `USD`.
        public var prefixes: [String]
        /// Forms written after the amount, every inflection: `$`, `dollarë`, `američkih dolara`.
        public var suffixes: [String]

        public init(code: String, prefixes: [String], suffixes: [String]) {
            self.code = code
            self.prefixes = prefixes
            self.suffixes = suffixes
        }
    }

    /// Words around clock times.
    public struct TimeWords: Sendable, Equatable, Codable {
        /// Words before an hour: sq `ora` (`ora 12:00`).
        public var before: [String]
        /// Words after an hour: sr `časova` (`12 časova`), `h`.
        public var after: [String]
        /// Before noon: `a.m.`, sq `paradite`, sr `pre podne`.
        public var am: [String]
        /// After noon: `p.m.`, sq `pasdite`, sr `posle podne`.
        public var pm: [String]
        /// Noon on its own or after a time (`12:00 noon`): sq `mesditë`, sr `podne`.
        public var noon: [String]
        /// Midnight: sq `mesnatë`, sr `ponoć`.
        public var midnight: [String]

        public init(
            before: [String] = [], after: [String] = [], am: [String] = [], pm: [String] = [],
            noon: [String] = [], midnight: [String] = []
        ) {
            self.before = before
            self.after = after
            self.am = am
            self.pm = pm
            self.noon = noon
            self.midnight = midnight
        }
    }

    /// Digit-group separators the locale writes (one character each): sr `.`, sq U+00A0.
    public var groupSeparators: [String]
    /// Group separators accepted with a style warning: the US comma in sq and sr (`158,593`).
    /// Setting this also accepts a US decimal point (`1.5`) with a warning.
    public var styleWarningGroupSeparators: [String]
    /// Decimal separators (one character each): `,` in sq and sr, `.` in English.
    public var decimalSeparators: [String]
    /// True when the locale writes a dot after ordinals, days and years (Serbian `2008.`,
    /// `16. jun`); the dot is then not part of a decimal and not a sentence end.
    public var ordinalDot: Bool
    /// Which parser values spelled-out numbers (see ``SpellOutParser``).
    public var spellOutParser: SpellOutParser
    /// Cardinal number words and their values, every inflected and collective form
    /// (sr `dve`, `dvoje`, `dvojica`, `dvama`). Tens and units combine: `dvadeset četiri` = 24.
    public var numberWords: [String: Int]
    /// Words that may join number words: sq `e` (`njëzet e katër`), sr `i`, en `and`, `-`.
    public var wordConnectors: [String]
    /// Words that multiply: `mijë`, `hiljada`, `milion`, `miliona`, `milijardi` (en `hundred`).
    public var scaleWords: [String: Int]
    /// Scale words that are a figure on their own: sr `hiljadu` (one thousand).
    public var standaloneScaleWords: [String]
    /// Ordinal words and their values: en `ninth`, sq `dytë`.
    public var ordinalWords: [String: Int]
    /// Ordinal stems, each combined with every ``ordinalEndings`` entry: sr `treć` → `treći`,
    /// `trećeg`, `trećoj` ….
    public var ordinalStems: [String: Int]
    /// Endings for ``ordinalStems``.
    public var ordinalEndings: [String]
    /// Number and ordinal words that are often not figures (sq `një` is also the indefinite
    /// article; sr `drugi` is also "other"). A weak figure left unmatched is not reported.
    /// An entry ending in `*` is a prefix.
    public var weakWords: [String]
    /// Phrases whose number words are not figures: en `no one`, sq `më parë`.
    public var notFigurePhrases: [String]
    /// Currency forms, e.g. USD and EUR.
    public var currencies: [Currency]
    /// Percent forms after a number: `%`, `percent`, sq `përqind`, sr `odsto`.
    public var percentSigns: [String]
    /// Month names: twelve lists, January first, each with every case form (sr `jun`, `juna`,
    /// `junu`, `junom`). Forms at the same index are the same case in every list.
    public var months: [[String]]
    /// Words between a month and its year: sq `të vitit` (`qershor të vitit 2009`).
    public var monthYearJoiners: [String]
    /// Words between a day and its month: en `of` (`16th of June`).
    public var dayMonthJoiners: [String]
    /// Words before a year: sq `vitin` (`në vitin 2008`).
    public var yearWordsBefore: [String]
    /// Words after a year: sr `godine` (`2008. godine`).
    public var yearWordsAfter: [String]
    /// Words or signs between the two ends of a range: `-`, `–`, en `to`, sq `deri në`, sr `do`.
    public var rangeConnectors: [String]
    /// Words before a cable paragraph number, which is not a figure: `para`, sr `stav`.
    public var referenceWords: [String]
    /// Words that make a tier designation with the number after them: `Tier`, sq `Niveli`,
    /// sr `Nivo`, `Nivou`.
    public var tierWords: [String]
    /// Prefixes that mark the Watch List after a tier: `watch list`, sr `posmatranj`.
    public var watchListWords: [String]
    /// Words around clock times.
    public var time: TimeWords
    /// Letters that may follow digits directly (`24h`, en `1990s`, `16th`) without making the
    /// token an identifier.
    public var digitSuffixes: [String]
    /// Size of the digit groups above the first when it differs from three: `2` for Indian
    /// grouping (`12,34,567`; CLDR `#,##,##0`); `0` when all groups have three digits.
    public var secondaryGroupingSize: Int
    /// True for a script written without spaces between words (Chinese, Japanese, Thai): a
    /// word glued to digits (`150万`, `2009年`) does not make them an identifier, and number,
    /// scale and currency words match inside a run of letters.
    public var isUnspaced: Bool
    /// CLDR date patterns whose month is a number (zh `y年M月d日`, `M月d日`, `y年M月`): dates
    /// written this way are read by them. Fields: `y` year, `M`/`MM` month, `d`/`dd` day; other
    /// characters (quotes removed) must appear as written.
    public var numericDatePatterns: [String]

    /// Empty conventions: digits only, no words.
    public init() {
        groupSeparators = []
        styleWarningGroupSeparators = []
        decimalSeparators = []
        ordinalDot = false
        spellOutParser = .table
        numberWords = [:]
        wordConnectors = []
        scaleWords = [:]
        standaloneScaleWords = []
        ordinalWords = [:]
        ordinalStems = [:]
        ordinalEndings = []
        weakWords = []
        notFigurePhrases = []
        currencies = []
        percentSigns = []
        months = []
        monthYearJoiners = []
        dayMonthJoiners = []
        yearWordsBefore = []
        yearWordsAfter = []
        rangeConnectors = []
        referenceWords = []
        tierWords = []
        watchListWords = []
        time = TimeWords()
        digitSuffixes = []
        secondaryGroupingSize = 0
        isUnspaced = false
        numericDatePatterns = []
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case groupSeparators, styleWarningGroupSeparators, decimalSeparators, ordinalDot, spellOutParser
        case numberWords, wordConnectors, scaleWords, standaloneScaleWords, ordinalWords, ordinalStems
        case ordinalEndings, weakWords, notFigurePhrases, currencies, percentSigns, months, monthYearJoiners
        case dayMonthJoiners, yearWordsBefore, yearWordsAfter, rangeConnectors, referenceWords, tierWords
        case watchListWords, time, digitSuffixes, secondaryGroupingSize, isUnspaced, numericDatePatterns
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        groupSeparators = try container.decodeIfPresent([String].self, forKey: .groupSeparators) ?? []
        styleWarningGroupSeparators =
            try container.decodeIfPresent([String].self, forKey: .styleWarningGroupSeparators) ?? []
        decimalSeparators = try container.decodeIfPresent([String].self, forKey: .decimalSeparators) ?? []
        ordinalDot = try container.decodeIfPresent(Bool.self, forKey: .ordinalDot) ?? false
        spellOutParser = try container.decodeIfPresent(SpellOutParser.self, forKey: .spellOutParser) ?? .table
        numberWords = try container.decodeIfPresent([String: Int].self, forKey: .numberWords) ?? [:]
        wordConnectors = try container.decodeIfPresent([String].self, forKey: .wordConnectors) ?? []
        scaleWords = try container.decodeIfPresent([String: Int].self, forKey: .scaleWords) ?? [:]
        standaloneScaleWords = try container.decodeIfPresent([String].self, forKey: .standaloneScaleWords) ?? []
        ordinalWords = try container.decodeIfPresent([String: Int].self, forKey: .ordinalWords) ?? [:]
        ordinalStems = try container.decodeIfPresent([String: Int].self, forKey: .ordinalStems) ?? [:]
        ordinalEndings = try container.decodeIfPresent([String].self, forKey: .ordinalEndings) ?? []
        weakWords = try container.decodeIfPresent([String].self, forKey: .weakWords) ?? []
        notFigurePhrases = try container.decodeIfPresent([String].self, forKey: .notFigurePhrases) ?? []
        currencies = try container.decodeIfPresent([Currency].self, forKey: .currencies) ?? []
        percentSigns = try container.decodeIfPresent([String].self, forKey: .percentSigns) ?? []
        months = try container.decodeIfPresent([[String]].self, forKey: .months) ?? []
        monthYearJoiners = try container.decodeIfPresent([String].self, forKey: .monthYearJoiners) ?? []
        dayMonthJoiners = try container.decodeIfPresent([String].self, forKey: .dayMonthJoiners) ?? []
        yearWordsBefore = try container.decodeIfPresent([String].self, forKey: .yearWordsBefore) ?? []
        yearWordsAfter = try container.decodeIfPresent([String].self, forKey: .yearWordsAfter) ?? []
        rangeConnectors = try container.decodeIfPresent([String].self, forKey: .rangeConnectors) ?? []
        referenceWords = try container.decodeIfPresent([String].self, forKey: .referenceWords) ?? []
        tierWords = try container.decodeIfPresent([String].self, forKey: .tierWords) ?? []
        watchListWords = try container.decodeIfPresent([String].self, forKey: .watchListWords) ?? []
        time = try container.decodeIfPresent(TimeWords.self, forKey: .time) ?? TimeWords()
        digitSuffixes = try container.decodeIfPresent([String].self, forKey: .digitSuffixes) ?? []
        secondaryGroupingSize = try container.decodeIfPresent(Int.self, forKey: .secondaryGroupingSize) ?? 0
        isUnspaced = try container.decodeIfPresent(Bool.self, forKey: .isUnspaced) ?? false
        numericDatePatterns = try container.decodeIfPresent([String].self, forKey: .numericDatePatterns) ?? []
    }
}

extension NumberConventions.TimeWords {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case before, after, am, pm, noon, midnight
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            before: try container.decodeIfPresent([String].self, forKey: .before) ?? [],
            after: try container.decodeIfPresent([String].self, forKey: .after) ?? [],
            am: try container.decodeIfPresent([String].self, forKey: .am) ?? [],
            pm: try container.decodeIfPresent([String].self, forKey: .pm) ?? [],
            noon: try container.decodeIfPresent([String].self, forKey: .noon) ?? [],
            midnight: try container.decodeIfPresent([String].self, forKey: .midnight) ?? [])
    }
}

extension NumberConventions.Currency {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, prefixes, suffixes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            code: try container.decode(String.self, forKey: .code),
            prefixes: try container.decodeIfPresent([String].self, forKey: .prefixes) ?? [],
            suffixes: try container.decodeIfPresent([String].self, forKey: .suffixes) ?? [])
    }
}

extension NumberConventions {
    /// Sets one key's value from `other` (a profile layer replacing what is below it).
    mutating func copy(_ key: CodingKeys, from other: NumberConventions) {
        switch key {
        case .groupSeparators: groupSeparators = other.groupSeparators
        case .styleWarningGroupSeparators: styleWarningGroupSeparators = other.styleWarningGroupSeparators
        case .decimalSeparators: decimalSeparators = other.decimalSeparators
        case .ordinalDot: ordinalDot = other.ordinalDot
        case .spellOutParser: spellOutParser = other.spellOutParser
        case .numberWords: numberWords = other.numberWords
        case .wordConnectors: wordConnectors = other.wordConnectors
        case .scaleWords: scaleWords = other.scaleWords
        case .standaloneScaleWords: standaloneScaleWords = other.standaloneScaleWords
        case .ordinalWords: ordinalWords = other.ordinalWords
        case .ordinalStems: ordinalStems = other.ordinalStems
        case .ordinalEndings: ordinalEndings = other.ordinalEndings
        case .weakWords: weakWords = other.weakWords
        case .notFigurePhrases: notFigurePhrases = other.notFigurePhrases
        case .currencies: currencies = other.currencies
        case .percentSigns: percentSigns = other.percentSigns
        case .months: months = other.months
        case .monthYearJoiners: monthYearJoiners = other.monthYearJoiners
        case .dayMonthJoiners: dayMonthJoiners = other.dayMonthJoiners
        case .yearWordsBefore: yearWordsBefore = other.yearWordsBefore
        case .yearWordsAfter: yearWordsAfter = other.yearWordsAfter
        case .rangeConnectors: rangeConnectors = other.rangeConnectors
        case .referenceWords: referenceWords = other.referenceWords
        case .tierWords: tierWords = other.tierWords
        case .watchListWords: watchListWords = other.watchListWords
        case .time: time = other.time
        case .digitSuffixes: digitSuffixes = other.digitSuffixes
        case .secondaryGroupingSize: secondaryGroupingSize = other.secondaryGroupingSize
        case .isUnspaced: isUnspaced = other.isUnspaced
        case .numericDatePatterns: numericDatePatterns = other.numericDatePatterns
        }
    }
}
