import Foundation

/// The word count of one translation unit in a job, with its match band.
public struct UnitWordCount: Sendable, Equatable, Codable {
    /// The unit's stable ID, e.g. `narrative.intro.p1.s1`.
    public var unitID: String
    /// The unit's source hash (`sha256:…`): what repetitions and exact matches compare.
    public var sourceHash: String
    /// The counts of the unit's source text (``WordCounter``).
    public var count: WordCount
    /// The match band for the job's locale.
    public var category: MatchCategory
    /// For a repetition, the ID of the unit it repeats; `nil` otherwise.
    public var repeats: String?

    /// Creates a unit count.
    public init(unitID: String, sourceHash: String, count: WordCount, category: MatchCategory, repeats: String? = nil) {
        self.unitID = unitID
        self.sourceHash = sourceHash
        self.count = count
        self.category = category
        self.repeats = repeats
    }
}

/// The word count of one job: the units of one cable (the parts asked for) into one target
/// locale, split into match bands.
///
/// Made by ``analyze(_:locale:memory:fuzzyThreshold:)``; `Docs/WordCount.md` states the rule.
public struct JobWordCount: Sendable, Equatable, Codable {
    /// BCP 47 tag of the target locale.
    public var locale: String
    /// Every unit in document order.
    public var units: [UnitWordCount]

    /// Creates a job count.
    public init(locale: String, units: [UnitWordCount]) {
        self.locale = locale
        self.units = units
    }

    /// The counts of the units in `category`, added.
    public func count(_ category: MatchCategory) -> WordCount {
        units.filter { $0.category == category }.reduce(.zero) { $0 + $1.count }
    }

    /// Words in `category`.
    public func words(_ category: MatchCategory) -> Int { count(category).words }

    /// The counts of all units, added.
    public var total: WordCount { units.reduce(.zero) { $0 + $1.count } }

    /// Σ words × weight over the bands: the words paid at the full rate (may have decimals).
    public func weightedWords(_ weights: MatchWeights) -> Decimal {
        MatchCategory.allCases.reduce(Decimal(0)) { $0 + Decimal(words($1)) * weights[$1] }
    }

    /// Counts `units` for `locale` and assigns match bands from a translation memory.
    ///
    /// Going through the units in order, a unit whose source hash was already seen in the job
    /// is a ``MatchCategory/repetition`` of the first unit with it (even when the memory holds
    /// a translation). Any other unit is looked up in `memory`
    /// (``TranslationMemory/match(source:sourceHash:threshold:)``), counting only entries in
    /// state translated, reviewed or final: an exact match is ``MatchCategory/exact``; a fuzzy
    /// match scoring at least `fuzzyThreshold` falls in its band (95–99, 85–94, 75–84;
    /// ``MatchCategory/band(ofFuzzyScore:)``), a lower one is new; no match is new.
    ///
    /// - Parameters:
    ///   - units: the job's translation units, in document order.
    ///   - locale: the target locale's BCP 47 tag.
    ///   - memory: the memory of `locale` without the job's own current translations
    ///     (``StoreOperations/memoryEntries(locale:excludingCable:)``).
    ///   - fuzzyThreshold: the lowest fuzzy score offered, in percent (the export's threshold).
    public static func analyze(
        _ units: [TranslationUnit], locale: String, memory: TranslationMemory,
        fuzzyThreshold: Int = TranslationMemory.defaultFuzzyThreshold
    ) -> JobWordCount {
        var firstUnitByHash: [String: String] = [:]
        var counted: [UnitWordCount] = []
        for unit in units {
            let count = WordCounter.count(unit.source)
            if let first = firstUnitByHash[unit.sourceHash] {
                counted.append(
                    UnitWordCount(
                        unitID: unit.id, sourceHash: unit.sourceHash, count: count, category: .repetition,
                        repeats: first))
                continue
            }
            firstUnitByHash[unit.sourceHash] = unit.id
            var category = MatchCategory.new
            if let match = memory.match(source: unit.source, sourceHash: unit.sourceHash, threshold: fuzzyThreshold) {
                category = match.kind == .exact ? .exact : MatchCategory.band(ofFuzzyScore: match.score)
            }
            counted.append(
                UnitWordCount(unitID: unit.id, sourceHash: unit.sourceHash, count: count, category: category))
        }
        return JobWordCount(locale: locale, units: counted)
    }
}
