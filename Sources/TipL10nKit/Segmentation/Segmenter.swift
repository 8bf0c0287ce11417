import Foundation

/// Splits text into segments (sentences) by SRX 2.0 rules.
///
/// At each position between two characters the rules of the language are tried in order;
/// the first rule whose beforebreak matches text ending there and whose afterbreak matches
/// text starting there decides: `break="yes"` ends a segment, `break="no"` does not. A
/// position no rule matches is not a break (SRX 2.0 §2.5). The start and end of the text
/// always bound a segment.
///
/// How it avoids running every pattern at every position: each break rule is run once over
/// the whole text to list the candidate positions; only at those candidates are the rules
/// tried in order, runs of consecutive rules with the same break value merged into one
/// alternation. Patterns are matched in a window of ``windowLength`` UTF-16 units on either
/// side of the candidate, except for patterns with `^`, `$`, `\A` or `\z`, which see the
/// whole text. Cost: O(text × break rules) for the scan plus O(candidates × rule groups)
/// small matches; the whole 2009 Kosovo cable (18,658 UTF-16 units, 136 breaks) takes
/// about 6 ms in a debug build.
///
/// Limits: a beforebreak or afterbreak match longer than ``windowLength`` is not seen (no
/// practical SRX rule comes near it); for a break rule whose beforebreak has no bounded
/// length (`[.?!]+`), only the end ICU's backtracking picks from each start is a candidate.
///
/// One rule is not SRX: with ``separatesListItems`` (the default), the items of an inline
/// numbered or lettered list become segments of their own (`1.) The first item 2.) The second
/// item`), because telling the marker `2.` from a number that ends a sentence needs the `1.`
/// that opened the list, which no SRX pattern can count. The rule is described in
/// `Docs/Segmentation.md` (and `InlineListRule`); pass `separatesListItems: false` to get the
/// SRX rules alone.
///
/// ```swift
/// let segmenter = try Segmenter.defaultEnglish()
/// segmenter.segments(in: "Is Kosovo on Tier 2? Yes. The U.S. Congress requires it.")
/// // ["Is Kosovo on Tier 2?", "Yes.", "The U.S. Congress requires it."]
/// ```
///
/// A segmenter is immutable and `Sendable`; compiled patterns are shared and safe to use
/// from several tasks at once.
public struct Segmenter: Sendable {
    /// How far (in UTF-16 units) a pattern may look before or after a candidate position
    /// when the rules are tried there, except for patterns anchored to the text (`^`, `$`,
    /// `\A`, `\z`), which see everything. A window keeps each test cheap: Foundation copies
    /// the string it matches into UTF-16 on every call.
    public static let windowLength = 256

    /// The language code the rules were chosen for (e.g. `"en"`).
    public let languageCode: String
    /// Whether the items of an inline numbered or lettered list are separate segments (the
    /// one rule applied on top of the SRX rules; see the type's documentation).
    public let separatesListItems: Bool
    /// The rules tried at each position, in order (after map rules and cascading).
    public var rules: [SRXDocument.Rule] { groups.flatMap { $0.members.map(\.rule) } }

    /// The compiled rules in order, consecutive ones with the same break value merged.
    private let groups: [SRXRuleGroup]
    /// Indices into ``groups`` of the break groups, which supply the candidate positions.
    private let breakGroupIndices: [Int]

    /// Chooses the rules for `languageCode` from `rules` and compiles them.
    ///
    /// Language maps are matched against the whole code, ignoring case (Okapi's behaviour:
    /// `EN.*` matches `en-US`); see ``SRXDocument/rules(forLanguageCode:)`` for cascading.
    ///
    /// - Parameters:
    ///   - rules: an SRX document, e.g. from ``SRXDocument/parse(_:path:)``.
    ///   - languageCode: the language of the text to segment; default `"en"`.
    ///   - separatesListItems: whether the items of an inline numbered or lettered list
    ///     (`1.) The first item 2.) The second item`) become separate segments, a rule SRX
    ///     cannot express (`Docs/Segmentation.md`); default `true`.
    /// - Throws: ``SRXError`` when no map matches the code, a map names a missing rule set,
    ///   or ICU refuses a pattern (possible for documents built in code).
    public init(rules: SRXDocument, languageCode: String = "en", separatesListItems: Bool = true) throws {
        let ordered = try rules.rules(forLanguageCode: languageCode)
        self.languageCode = languageCode
        self.separatesListItems = separatesListItems
        let groups = SRXRuleGroup.grouping(try ordered.map { try SRXRuleMatcher(rule: $0, path: rules.path) })
        self.groups = groups
        self.breakGroupIndices = groups.indices.filter { groups[$0].isBreak }
    }

    /// The segmenter for tipl10n's built-in English rules (``SRXDocument/defaultEnglishSource``).
    ///
    /// Parsed and compiled once per process; later calls return the same segmenter.
    ///
    /// - Throws: ``SRXError`` or `XMLError` only if the built-in rules are broken (a bug,
    ///   caught by the tests).
    public static func defaultEnglish() throws -> Segmenter {
        try builtInEnglish.get()
    }

    private static let builtInEnglish: Result<Segmenter, any Error> = Result {
        try Segmenter(rules: SRXDocument.defaultEnglish(), languageCode: "en")
    }

    /// The segments of `text`, each with surrounding whitespace trimmed; empty ones dropped.
    ///
    /// Whitespace is trimmed with `CharacterSet.whitespacesAndNewlines` (which includes
    /// U+00A0). The segments are substrings of `text` in order.
    public func segments(in text: String) -> [String] {
        segmentRanges(in: text).compactMap { range in
            let segment = text[range].trimmingCharacters(in: .whitespacesAndNewlines)
            return segment.isEmpty ? nil : segment
        }
    }

    /// The segments of `text` as ranges, untrimmed, in order, covering the whole text.
    ///
    /// Consecutive ranges touch (`ranges[i].upperBound == ranges[i + 1].lowerBound`); the
    /// first starts at `text.startIndex`, the last ends at `text.endIndex`. Where a break
    /// falls depends on the rules: with the built-in English rules the whitespace between two
    /// sentences starts the next range. Breaks are always on `Character` boundaries (a rule
    /// that would split a grapheme cluster is ignored there). An empty text gives `[]`.
    public func segmentRanges(in text: String) -> [Range<String.Index>] {
        guard !text.isEmpty else { return [] }
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        for offset in breakOffsets(in: text) {
            guard let index = String.Index(utf16Offset: offset, in: text).samePosition(in: text),
                index > start
            else { continue }
            ranges.append(start..<index)
            start = index
        }
        ranges.append(start..<text.endIndex)
        return ranges
    }

    /// The break positions of `text` as UTF-16 offsets, ascending, excluding 0 and the end.
    ///
    /// Offsets count UTF-16 code units (as `NSString` and `NSRange` do). A position may fall
    /// inside a grapheme cluster if the rules say so; ``segmentRanges(in:)`` skips those.
    public func breakOffsets(in text: String) -> [Int] {
        let breaks = ruleBreakOffsets(in: text)
        guard separatesListItems else { return breaks }
        let lists = InlineListRule.adjustments(in: text)
        guard !lists.added.isEmpty else { return breaks }
        let length = text.utf16.count
        let kept = breaks.filter { offset in !lists.protected.contains { $0.contains(offset) } }
        return Set(kept + lists.added.filter { $0 > 0 && $0 < length }).sorted()
    }

    /// The break positions the SRX rules alone give, as UTF-16 offsets.
    private func ruleBreakOffsets(in text: String) -> [Int] {
        let length = text.utf16.count
        guard length > 1, !breakGroupIndices.isEmpty else { return [] }

        // Candidates: positions where some break group matches, with the groups found there.
        var scanned: [Int: Set<Int>] = [:]
        for index in breakGroupIndices {
            for position in groups[index].positions(in: text, length: length) where position > 0 && position < length {
                scanned[position, default: []].insert(index)
            }
        }
        if scanned.isEmpty { return [] }

        let units = Array(text.utf16)
        var breaks: [Int] = []
        for position in scanned.keys.sorted() {
            var window: Window?
            for (index, group) in groups.enumerated() {
                let isMatch: Bool
                if group.isBreak, scanned[position]?.contains(index) == true {
                    isMatch = true
                } else if group.isBreak, group.isScanExhaustive {
                    isMatch = false
                } else if group.needsWholeText {
                    isMatch = group.matches(in: text, length: length, at: position)
                } else {
                    let current = window ?? Window(units: units, around: position, radius: Self.windowLength)
                    window = current
                    isMatch = group.matches(in: current.text, length: current.length, at: current.position)
                }
                if isMatch {
                    if group.isBreak { breaks.append(position) }
                    break
                }
            }
        }
        return breaks
    }
}

/// A piece of a text around a position, for matching patterns cheaply.
///
/// Foundation copies a `String` into UTF-16 for every `NSRegularExpression` call, so
/// matching a short window instead of the whole text keeps each test at a constant cost.
/// The window never splits a surrogate pair.
private struct Window {
    /// The window's text.
    let text: String
    /// Its length in UTF-16 units.
    let length: Int
    /// The position, as an offset into ``text``.
    let position: Int

    init(units: [UInt16], around position: Int, radius: Int) {
        var start = max(0, position - radius)
        var end = min(units.count, position + radius)
        if start > 0, UTF16.isTrailSurrogate(units[start]) { start -= 1 }
        if end < units.count, UTF16.isTrailSurrogate(units[end]) { end += 1 }
        text = String(decoding: units[start..<end], as: UTF16.self)
        length = end - start
        self.position = position - start
    }
}
