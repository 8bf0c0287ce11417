import Foundation

/// Compares the figures of an English source and its translation, per translation unit.
///
/// Both texts are read into facts (``NumberExtractor``: English rules for the source, the
/// profile's for the target) and compared as multisets. A source fact and a target fact are
/// the same figure when they have an equal reading, whatever the form: `two` = `dy` = `dve`
/// = `dvoje` = 2; `$158,593` = `158 593 dollarë` = `158.593 $` = `158.593 američkih dolara` =
/// `USD 158,593`; `June 16, 2009` = `16 qershor 2009` = `16. juna 2009. godine`; `2008` =
/// `2008.` (Serbian ordinal dot). Matching goes from the surest to the loosest:
///
/// 1. the locale's own readings (a target's US-style reading is not used yet);
/// 2. the other readings (`10:00` as 22:00), then the style-warning readings: a match there
///    is a ``FigureFinding/Problem/style`` warning (`158,593` in an sq target);
/// 3. a target date that adds a year to a source date (warning);
/// 4. ranges left over are split into their ends and matched again (`two to 12` against
///    `nga dy në 12`, which has no range connector).
///
/// Left over: weak facts (sq `një`, sr `druga`, en `first`) are dropped; the rest are paired
/// as ``FigureFinding/Problem/changed`` — first a source and target figure with the same
/// amount but a different kind (a currency or tier dropped), then figures of the same kind in
/// order — and whatever is still unpaired is ``FigureFinding/Problem/missing`` or
/// ``FigureFinding/Problem/extra``. All of these are errors.
///
/// Order: a range whose ends matched crosswise (`2008-2009` → `2009-2008`) is an error; when
/// all figures matched, two cardinals, decimals, amounts, percentages or years that appear in
/// the opposite order in the target are a warning (`24 … 15` → `15 … 24`: maybe swapped).
public enum FigureComparison {
    /// The figure findings for one translation unit.
    /// - Parameters:
    ///   - source: the English source text (plain text, inline codes removed).
    ///   - target: the translation.
    ///   - profile: the target locale's profile; its number conventions read the target.
    /// - Returns: errors and warnings, in the order of the source figures (extra target
    ///   figures last, in target order); empty when every figure survived.
    public static func findings(source: String, target: String, profile: LocaleProfile) -> [FigureFinding] {
        let longest = max(longestDigitRun(in: source), longestDigitRun(in: target))
        guard longest <= maximumDigitRun else {
            return [
                FigureFinding(
                    severity: .warning,
                    message: "figures not checked: a run of \(longest) digit groups is longer than the "
                        + "\(maximumDigitRun) tipl10n reads",
                    sourceFigure: nil, targetFigure: nil, problem: .style, sourceRange: nil, targetRange: nil)
            ]
        }
        let extractor = ExtractorCache.shared.extractor(for: profile)
        return findings(
            sourceFacts: NumberExtractor.englishSource.facts(in: source), targetFacts: extractor.facts(in: target),
            profile: profile)
    }

    /// The findings for facts already extracted (see ``findings(source:target:profile:)``).
    public static func findings(
        sourceFacts: [NumberFact], targetFacts: [NumberFact], profile: LocaleProfile
    )
        -> [FigureFinding]
    {
        var matcher = Matcher(sources: sourceFacts, targets: targetFacts, profile: profile)
        return matcher.run()
    }

    /// The most digit groups joined by single separators (`1 2 3 …`, `1,1 1,1 …`) that a unit
    /// may hold: reading such a run costs time that grows faster than its length, so a longer
    /// one (never seen in real text) skips the unit's figure check with a warning.
    static let maximumDigitRun = 64

    /// The most digit groups in one run of `text`: groups of digits with one separator
    /// character (``FigureScan/separatorCandidates``) between them.
    static func longestDigitRun(in text: String) -> Int {
        var longest = 0
        var groups = 0
        var inDigits = false
        var afterSeparator = false
        for character in text.unicodeScalars {
            if ("0"..."9").contains(character) {
                if !inDigits {
                    groups = afterSeparator ? groups + 1 : 1
                    longest = max(longest, groups)
                }
                inDigits = true
                afterSeparator = false
            } else if inDigits && FigureScan.separatorCandidates.contains(Character(character)) {
                inDigits = false
                afterSeparator = true
            } else {
                inDigits = false
                afterSeparator = false
                groups = 0
            }
        }
        return longest
    }

    /// Cached extractors, one per profile tag, rebuilt when the profile changes.
    private final class ExtractorCache: @unchecked Sendable {
        static let shared = ExtractorCache()
        // Guarded by `lock`.
        private var entries: [String: (numbers: NumberConventions, icuLocale: String, extractor: NumberExtractor)] = [:]
        private let lock = NSLock()

        func extractor(for profile: LocaleProfile) -> NumberExtractor {
            lock.lock()
            defer { lock.unlock() }
            if let entry = entries[profile.tag], entry.icuLocale == profile.icuLocale, entry.numbers == profile.numbers
            {
                return entry.extractor
            }
            let extractor = NumberExtractor(profile: profile)
            entries[profile.tag] = (profile.numbers, profile.icuLocale, extractor)
            return extractor
        }
    }
}

/// The matching behind ``FigureComparison``.
private struct Matcher {
    struct Entry {
        var fact: NumberFact
        var isUsed = false
        /// For the ends of a split range: the range.
        var splitFrom: NumberFact?
    }

    var sources: [Entry]
    var targets: [Entry]
    let profile: LocaleProfile
    var findings: [FigureFinding] = []
    /// The matched source and target facts, with the ranges they were split from.
    var pairs: [Pair] = []

    struct Pair {
        var source: NumberFact
        var target: NumberFact
        var sourceRange: NumberFact?
        var targetRange: NumberFact?
    }

    init(sources: [NumberFact], targets: [NumberFact], profile: LocaleProfile) {
        self.sources = sources.map { Entry(fact: $0) }
        self.targets = targets.map { Entry(fact: $0) }
        self.profile = profile
    }

    mutating func run() -> [FigureFinding] {
        matchAll()
        splitRanges(&sources)
        splitRanges(&targets)
        matchAll()
        rejoinRanges(&sources)
        rejoinRanges(&targets)
        checkReversedRanges()
        pairLeftovers()
        checkOrder()
        return findings.sorted { order($0) < order($1) }
    }

    private func order(_ finding: FigureFinding) -> (Int, Int) {
        (finding.sourceRange?.lowerBound ?? Int.max, finding.targetRange?.lowerBound ?? Int.max)
    }

    // MARK: Matching

    private mutating func matchAll() {
        match { source, target in
            source.readings.first?.value == target.readings.first?.value
                && target.readings.first?.needsStyleWarning == false
                ? .plain : nil
        }
        match { source, target in
            for first in source.readings where !first.needsStyleWarning {
                for second in target.readings where !second.needsStyleWarning && first.value == second.value {
                    return .plain
                }
            }
            return nil
        }
        match { source, target in
            for first in source.readings {
                for second in target.readings where first.value == second.value {
                    return second.needsStyleWarning ? .style(second) : .plain
                }
            }
            return nil
        }
        // Reduced checks (announced once by verify, ``LocaleProfile/reducedChecks``): without
        // percent or tier words for the locale, a percentage or a tier matches the plain number.
        let percentByNumber = profile.cldr != nil && !profile.hasPercentWords
        let tierByNumber = profile.cldr != nil && profile.numbers.tierWords.isEmpty
        if percentByNumber || tierByNumber {
            match { source, target in
                guard case .number(let number) = target.value else { return nil }
                switch source.value {
                case .percent(let percent) where percentByNumber && percent == number: return .plain
                case .tier(let tier, _) where tierByNumber && Decimal(tier) == number: return .plain
                default: return nil
                }
            }
        }
        match { source, target in
            guard case .date(let year, let month, let day) = source.value,
                case .date(let targetYear, let targetMonth, let targetDay) = target.value,
                month == targetMonth, day == nil || day == targetDay, year == nil || year == targetYear,
                (year == nil && targetYear != nil) || (day == nil && targetDay != nil)
            else { return nil }
            return .addition
        }
    }

    enum Outcome {
        case plain
        case style(FigureReading)
        case addition
    }

    /// Matches each unused source fact with the first unused target fact `accept` takes,
    /// trying strong target facts before weak ones. A weak fact matches only a fact of the
    /// same ordinal-ness (sr `druga`, "other", is not the cardinal `two`).
    private mutating func match(_ accept: (NumberFact, NumberFact) -> Outcome?) {
        let strongFirst =
            targets.indices.filter { !targets[$0].fact.isWeak } + targets.indices.filter { targets[$0].fact.isWeak }
        for sourceIndex in sources.indices where !sources[sourceIndex].isUsed {
            for targetIndex in strongFirst where !targets[targetIndex].isUsed {
                let source = sources[sourceIndex].fact
                let target = targets[targetIndex].fact
                if (source.isWeak || target.isWeak) && (source.kind == .ordinal) != (target.kind == .ordinal) {
                    continue
                }
                guard let outcome = accept(source, target) else { continue }
                sources[sourceIndex].isUsed = true
                targets[targetIndex].isUsed = true
                pairs.append(
                    Pair(
                        source: source, target: target, sourceRange: sources[sourceIndex].splitFrom,
                        targetRange: targets[targetIndex].splitFrom))
                switch outcome {
                case .plain:
                    break
                case .style(let reading):
                    findings.append(styleWarning(source: source, target: target, reading: reading))
                case .addition:
                    findings.append(
                        finding(
                            .warning, .style, source: source, target: target,
                            "figure `\(source.text)` in the source is `\(target.text)` in the target: "
                                + "the target adds to the date"))
                }
                break
            }
        }
    }

    /// Replaces each unmatched range by its two ends.
    private func splitRanges(_ entries: inout [Entry]) {
        var split: [Entry] = []
        for entry in entries {
            if !entry.isUsed && entry.fact.kind == .range && entry.fact.bounds.count == 2 {
                split.append(contentsOf: entry.fact.bounds.map { Entry(fact: $0, splitFrom: entry.fact) })
            } else {
                split.append(entry)
            }
        }
        entries = split
    }

    /// Puts back a split range whose ends both stayed unmatched, so it is reported whole
    /// (`figure `two to 12` in the source is missing from the target`).
    private func rejoinRanges(_ entries: inout [Entry]) {
        var rejoined: [Entry] = []
        var index = 0
        while index < entries.count {
            let entry = entries[index]
            if let range = entry.splitFrom, index + 1 < entries.count, entries[index + 1].splitFrom == range,
                !entry.isUsed, !entries[index + 1].isUsed
            {
                rejoined.append(Entry(fact: range))
                index += 2
                continue
            }
            rejoined.append(entry)
            index += 1
        }
        entries = rejoined
    }

    // MARK: Order

    /// A source range whose two ends matched the two ends of one target range crosswise
    /// (`2008-2009` → `2009-2008`, `two to 12` → `12 deri në dy`) is an error: range bounds
    /// are ordered.
    private mutating func checkReversedRanges() {
        var reported: [Range<Int>] = []
        for pair in pairs {
            guard let sourceRange = pair.sourceRange, let targetRange = pair.targetRange,
                sourceRange.bounds.count == 2, targetRange.bounds.count == 2,
                !reported.contains(sourceRange.range),
                pair.source.range == sourceRange.bounds[0].range, pair.target.range == targetRange.bounds[1].range,
                pairs.contains(where: {
                    $0.sourceRange?.range == sourceRange.range && $0.targetRange?.range == targetRange.range
                        && $0.source.range == sourceRange.bounds[1].range
                        && $0.target.range == targetRange.bounds[0].range
                }),
                pair.source.value != pair.target.value || sourceRange.bounds[0].value != sourceRange.bounds[1].value
            else { continue }
            reported.append(sourceRange.range)
            findings.append(
                finding(
                    .error, .changed, source: sourceRange, target: targetRange,
                    "figure `\(sourceRange.text)` in the source is `\(targetRange.text)` in the target: "
                        + "the range is reversed"))
        }
    }

    /// Kinds whose order within a unit is checked: a translation may reorder date parts, but
    /// two counts, amounts, percentages or years of a sentence swapped is a likely error.
    private static let orderedKinds: [NumberFact.Kind] = [.cardinal, .decimal, .currencyAmount, .percentage, .year]

    /// When every figure matched (no errors), warns about two figures of the same kind that
    /// appear in the target in the opposite order (`24 cases … 15` → `15 … 24`): translation
    /// may reorder legitimately, so this is a warning.
    private mutating func checkOrder() {
        guard !findings.contains(where: { $0.severity == .error }) else { return }
        let candidates = pairs.filter {
            !$0.source.isWeak && !$0.target.isWeak && $0.sourceRange == nil && $0.targetRange == nil
                && Self.orderedKinds.contains($0.source.kind)
        }
        .sorted { $0.source.range.lowerBound < $1.source.range.lowerBound }
        for (index, first) in candidates.enumerated() {
            for second in candidates[(index + 1)...]
            where second.source.kind == first.source.kind && second.source.value != first.source.value
                && second.target.range.lowerBound < first.target.range.lowerBound
            {
                findings.append(
                    finding(
                        .warning, .style, source: first.source, target: first.target,
                        "figures `\(first.source.text)` and `\(second.source.text)` appear in the opposite order in "
                            + "the target: check they are not swapped"))
            }
        }
    }

    // MARK: Leftovers

    private mutating func pairLeftovers() {
        for index in sources.indices where !sources[index].isUsed && sources[index].fact.isWeak {
            sources[index].isUsed = true
        }
        for index in targets.indices where !targets[index].isUsed && targets[index].fact.isWeak {
            targets[index].isUsed = true
        }
        // Same amount, different kind: a currency, percent sign or tier word dropped or added.
        for sourceIndex in sources.indices where !sources[sourceIndex].isUsed {
            let source = sources[sourceIndex].fact
            guard
                let targetIndex = targets.indices.first(where: { index in
                    !targets[index].isUsed && targets[index].fact.value.family != source.value.family
                        && sameAmount(source, targets[index].fact)
                })
            else { continue }
            sources[sourceIndex].isUsed = true
            targets[targetIndex].isUsed = true
            findings.append(changed(source, targets[targetIndex].fact))
        }
        // Same kind, in order.
        for sourceIndex in sources.indices where !sources[sourceIndex].isUsed {
            let source = sources[sourceIndex].fact
            guard
                let targetIndex = targets.indices.first(where: { index in
                    !targets[index].isUsed && targets[index].fact.value.family == source.value.family
                })
            else { continue }
            sources[sourceIndex].isUsed = true
            targets[targetIndex].isUsed = true
            findings.append(changed(source, targets[targetIndex].fact))
        }
        for entry in sources where !entry.isUsed {
            findings.append(
                finding(
                    .error, .missing, source: entry.fact, target: nil,
                    "figure `\(entry.fact.text)` in the source is missing from the target"))
        }
        for entry in targets where !entry.isUsed {
            findings.append(
                finding(
                    .error, .extra, source: nil, target: entry.fact,
                    "figure `\(entry.fact.text)` in the target is not in the source"
                        + readingNote(entry.fact, source: nil)))
        }
    }

    private func sameAmount(_ source: NumberFact, _ target: NumberFact) -> Bool {
        let families: [FigureValue.Family] = [.number, .money, .percent, .tier, .date]
        guard families.contains(source.value.family), families.contains(target.value.family) else { return false }
        for first in source.readings {
            for second in target.readings {
                if let amount = first.value.amount, amount == second.value.amount { return true }
            }
        }
        return false
    }

    // MARK: Messages

    private func changed(_ source: NumberFact, _ target: NumberFact) -> FigureFinding {
        var message = "figure `\(source.text)` in the source is `\(target.text)` in the target"
        if let difference = difference(source.value, target.value) { message += ": \(difference)" }
        message += readingNote(target, source: source)
        return finding(.error, .changed, source: source, target: target, message)
    }

    private func difference(_ source: FigureValue, _ target: FigureValue) -> String? {
        switch (source, target) {
        case (.money(_, let code), .number), (.money(_, let code), .percent), (.money(_, let code), .tier):
            return "the currency (\(code)) is missing"
        case (.number, .money(_, let code)): return "the target adds a currency (\(code))"
        case (.money(let first, let code), .money(let second, let otherCode))
        where first == second && code != otherCode:
            return "the currency is \(otherCode), not \(code)"
        case (.percent, .number): return "the percent sign is missing"
        case (.number, .percent): return "the target adds a percent sign"
        case (.tier, .number): return "the tier word is missing"
        case (.number, .tier): return "the target adds a tier"
        case (.tier(let tier, let watchList), .tier(let otherTier, let otherWatchList)) where tier == otherTier:
            return watchList && !otherWatchList ? "the Watch List is missing" : "the target adds the Watch List"
        case (.date(let year, _, _), .number) where year != nil: return "only the year is left"
        default: return nil
        }
    }

    /// How the target locale read a figure that is not plain digits: `(sr-Latn reads 158.539
    /// as 158539)`, with the US-style reading when there is one, and the source's reading
    /// when the same digits mean something else in English (`1.024`).
    private func readingNote(_ target: NumberFact, source: NumberFact?) -> String {
        guard !target.numberText.allSatisfy(\.isASCIIDigit) else { return "" }
        guard let primary = target.readings.first else { return "" }
        var note = "\(profile.tag) reads \(target.numberText) as \(plain(primary.value))"
        let others = target.readings.dropFirst().filter { $0.needsStyleWarning && $0.value != primary.value }
        if let other = others.first {
            note += ", or as \(plain(other.value)) in US style"
        }
        if let source, source.numberText == target.numberText, let sourceReading = source.readings.first,
            sourceReading.value.amount != primary.value.amount
        {
            note += "; in the English source \(source.numberText) is \(plain(sourceReading.value))"
        }
        return " (\(note))"
    }

    /// A value for a reading note: the bare amount for numbers, money and percentages.
    private func plain(_ value: FigureValue) -> String {
        switch value {
        case .number(let amount), .money(let amount, _): return "\(amount)"
        case .percent(let amount): return "\(amount)%"
        default: return value.description
        }
    }

    private func styleWarning(source: NumberFact, target: NumberFact, reading: FigureReading) -> FigureFinding {
        let written = localized(reading.value).map { "; \(profile.tag) writes \($0)" } ?? ""
        let what = reading.style == .usDecimalPoint ? "a decimal point" : "US digit grouping"
        return finding(
            .warning, .style, source: source, target: target,
            "figure `\(target.text)` in the target uses \(what)\(written) (it matches `\(source.text)` in the source)")
    }

    /// The amount as ICU writes it for the profile's locale (`158 593` in sq, `158.593` in sr).
    private func localized(_ value: FigureValue) -> String? {
        let amount: Decimal
        switch value {
        case .number(let number), .money(let number, _), .percent(let number): amount = number
        case .range(let low, let high):
            guard let first = localized(low), let second = localized(high) else { return nil }
            return "\(first)-\(second)"
        default: return nil
        }
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: profile.icuLocale)
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 20
        return formatter.string(from: NSDecimalNumber(decimal: amount))
    }

    private func finding(
        _ severity: FigureFinding.Severity, _ problem: FigureFinding.Problem, source: NumberFact?, target: NumberFact?,
        _ message: String
    ) -> FigureFinding {
        FigureFinding(
            severity: severity, message: message, sourceFigure: source?.text, targetFigure: target?.text,
            problem: problem,
            sourceRange: source?.range, targetRange: target?.range)
    }
}
