import Foundation

/// The shapes of the country narrative's title, headings and rules, and the repair that brings
/// them to one shape before the narrative is extracted.
///
/// Renderers print the same narrative in several shapes:
/// - the **title** on its own line (`Kosovo (TIER 2)`), between two dashed lines, boxed
///   (`| Kosovo (TIER 2) |` between `+-----+` lines, or inside `*` or `=` rules), or run into
///   the text when lines were joined (`-------- Kosovo (TIER 2) Kosovo is a source…`); tiers are
///   spelled `TIER 2`, `Tier 2 Watch List`, `TIER 2 WATCHLIST`, `Tier Two`, `Tier 3`, `Special
///   Case`, also in brackets or after a colon or dash (`KOSOVO: TIER 2`);
/// - the **headings** `Prosecution`, `Protection`, `Prevention` alone on a line, with a trailing
///   `:` or `.`, followed by a dashed underline, or run into their paragraph
///   (`Prosecution: Kosovo law…`, `PROSECUTION -- Kosovo law…`, `Prosecution Kosovo law…`);
/// - **rules**: lines of three or more `-`, `=`, `_`, `*`, `~` or `#` (with `+` corners), also
///   run into the text (`…forced begging. --------------`).
///
/// ``normalized(_:paragraph:country:)`` splits run-in titles, headings and rules onto lines of
/// their own (same line number) and unboxes a boxed title, recording each change as a
/// ``CableRepair/Kind/layout`` repair. See `Docs/Cables.md` ("Title and headings").
enum CableNarrativeLayout {
    /// The title's parts: the country as printed, the tier title-cased, and the title text as
    /// printed without box decorations.
    struct Title: Equatable {
        var country: String
        var tier: String
        var text: String
    }

    // MARK: - Rules (separator lines)

    /// A rule: three or more of one of `-`, `=`, `_`, `*`, `~`, `#`, optionally with `+` or `|`
    /// at the ends (`+--------+`).
    static func isRule<S: StringProtocol>(_ text: S) -> Bool {
        // A cheap test first: this runs on every line.
        guard let first = text.first(where: { $0 != " " && $0 != "\t" }), "-=_*~#+|".contains(first) else {
            return false
        }
        var trimmed = Substring(CableText.trimmed(text))
        guard trimmed.count >= 3 else { return false }
        if let first = trimmed.first, "+|".contains(first) { trimmed = trimmed.dropFirst() }
        if let last = trimmed.last, "+|".contains(last) { trimmed = trimmed.dropLast() }
        guard let first = trimmed.first, "-=_*~#".contains(first), trimmed.count >= 3 else { return false }
        return trimmed.allSatisfy { $0 == first }
    }

    /// A word that is a rule printed inside a line (`--------------`): five or more of `-`, `=`,
    /// `_`, `*`, `~`, `#` (three and four are left alone: `---` may be a dash).
    static func isInlineRule(_ word: String) -> Bool {
        guard word.count >= 5, let first = word.first, "-=_*~#".contains(first) else { return false }
        return word.allSatisfy { $0 == first }
    }

    // MARK: - Title

    /// The title in `text` when the whole line (collapsed, without box decorations) is a title:
    /// `Kosovo (TIER 2)`, `KOSOVO (Tier 2 Watch List)`, `Kosovo [TIER 2 WATCHLIST]`,
    /// `Kosovo: Tier Two`, `| Kosovo (TIER 2) |`, `* Kosovo (Special Case) *`.
    static func title(_ text: String) -> Title? {
        let lower = text.lowercased()
        guard lower.contains("tier") || lower.contains("special") else { return nil }
        let unboxed = unboxed(CableText.collapsingSpaces(text))
        guard !unboxed.isEmpty, unboxed.count <= 90 else { return nil }
        if let match = unboxed.wholeMatch(of: titleWithBracketedTierPattern),
            let tier = tier(String(match.2)), isCountry(String(match.1))
        {
            return Title(country: String(match.1), tier: tier, text: unboxed)
        }
        if let match = unboxed.wholeMatch(of: titleWithSeparatedTierPattern), let tier = tier(String(match.2)),
            isCountry(String(match.1))
        {
            return Title(country: String(match.1), tier: tier, text: unboxed)
        }
        return nil
    }

    /// A title printed inside a line, as joined lines print it (`-------- Kosovo (TIER 2) Kosovo
    /// is a source…`, `…2009 TIP Report: Kosovo (TIER 2) Kosovo is…`): the text before it, the
    /// title and the text after it. The country is the one named by the `Begin Final Text of
    /// <country>'s` sentence when known; otherwise the capitalised words just before the
    /// parenthesis (`Bosnia and Herzegovina`).
    static func inlineTitle(_ text: String, country: String?) -> (before: String, title: Title, after: String)? {
        let lower = text.lowercased()
        guard lower.contains("tier") || lower.contains("special") else { return nil }
        let collapsed = CableText.collapsingSpaces(text)
        for match in collapsed.matches(of: bracketedTierPattern) {
            guard let tier = tier(String(match.1)) else { continue }
            var head = Substring(collapsed[..<match.range.lowerBound])
            while head.last == " " { head = head.dropLast() }
            let nameStart: String.Index
            if let country {
                guard head.lowercased().hasSuffix(country.lowercased()) else { continue }
                nameStart = head.index(head.endIndex, offsetBy: -country.count)
            } else {
                var start = head.endIndex
                var words = 0
                for word in head.split(separator: " ").reversed() {
                    let isName =
                        word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || "'’-".contains($0) }
                    let isJoiner = ["and", "of", "the", "d'Ivoire"].contains(String(word))
                    guard (isName || isJoiner) && words < 6 else { break }
                    start = word.startIndex
                    words += 1
                }
                guard words > 0, start < head.endIndex else { continue }
                nameStart = start
            }
            let name = String(collapsed[nameStart..<head.endIndex])
            guard isCountry(name) else { continue }
            let titleText = String(collapsed[nameStart..<match.range.upperBound])
            return (
                CableText.trimmed(collapsed[..<nameStart]), Title(country: name, tier: tier, text: titleText),
                CableText.trimmed(collapsed[match.range.upperBound...])
            )
        }
        return nil
    }

    /// The tier, title-cased, when `text` is a tier in one of its spellings: `TIER 2` → `Tier 2`,
    /// `Tier 2 Watch List`, `TIER 2 WATCHLIST`, `Tier 2 Watch-List`, `Tier 2WL` → `Tier 2 Watch
    /// List`, `Tier Two` → `Tier 2`, `Tier II` → `Tier 2`, `Special Case`.
    static func tier(_ text: String) -> String? {
        let lower = CableText.collapsingSpaces(text).lowercased()
        if lower == "special case" || lower == "special cases" { return "Special Case" }
        guard
            let match = lower.wholeMatch(
                of: tierNamePattern)
        else { return nil }
        let number: String
        switch match.1 {
        case "1", "one", "i": number = "1"
        case "2", "two", "ii": number = "2"
        default: number = "3"
        }
        return "Tier \(number)" + (match.2 == nil ? "" : " Watch List")
    }

    /// A plausible country or territory name: starts with a letter, at most eight words, no
    /// sentence punctuation (`Kosovo`, `Bosnia and Herzegovina`, `Democratic Republic of the
    /// Congo`, `Cote d'Ivoire`, `Hong Kong`).
    static func isCountry(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter, first.isUppercase || text == text.lowercased() else {
            return false
        }
        let words = CableText.words(text)
        guard words.count <= 8 else { return false }
        // `St. Vincent and the Grenadines`, `Congo, Democratic Republic of the`, `Cote d'Ivoire`.
        return !text.contains { ";:!?\"".contains($0) }
    }

    /// A line that ends the narrative's text: `End Final Text`, `END TEXT.`, `(End text)`.
    static func isEndOfText(_ text: String) -> Bool {
        // The longest phrase has 14 letters: an ASCII line with more letters is none of them.
        if text.utf8.allSatisfy({ $0 < 0x80 }) && text.utf8.count(where: VerificationText.isASCIILetter) > 14 {
            return false
        }
        let letters = CableText.collapsingSpaces(text).lowercased().filter { $0.isLetter || $0 == " " }
        return ["end final text", "end text", "end of final text", "end of text"].contains(CableText.trimmed(letters))
    }

    /// `text` without box decorations at its ends: `| … |`, `* … *`, `# … #`, `= … =`.
    static func unboxed(_ text: String) -> String {
        var result = Substring(text)
        while let first = result.first, "|*#=+".contains(first) { result = result.dropFirst() }
        while let last = result.last, "|*#=+".contains(last) { result = result.dropLast() }
        return CableText.trimmed(result)
    }

    /// The country named by the narrative's opening sentence: `Begin Final Text of Kosovo's
    /// country narrative` → `Kosovo` (also `Kosovo,s`, `the Democratic Republic of the Congo's`).
    static func country(inOpening text: String) -> String? {
        let collapsed = CableText.collapsingSpaces(text)
        guard
            let match = collapsed.firstMatch(
                of: beginTextOfNarrativePattern)
        else { return nil }
        return String(match.1)
    }

    // MARK: - Headings

    /// The heading a whole line is, in any case, with a trailing `:`, `.` or dashes allowed
    /// (`Prosecution`, `PROSECUTION`, `Prosecution:`, `Protection --`); `nil` otherwise.
    static func heading(_ text: String) -> String? {
        guard text.count < 40, text.contains(where: { $0 == "P" || $0 == "p" }) else { return nil }
        var candidate = unboxed(CableText.collapsingSpaces(text))
        while let last = candidate.last, ":.-–—".contains(last) { candidate = String(candidate.dropLast()) }
        candidate = CableText.trimmed(candidate)
        return SourceDocument.narrativeHeadings.first { $0.caseInsensitiveCompare(candidate) == .orderedSame }
    }

    /// A heading run into its paragraph: `Prosecution: Kosovo law…`, `PROSECUTION -- Kosovo…`,
    /// `Prosecution. Kosovo…`, `Prosecution Kosovo law…` (a capitalised word must follow when no
    /// punctuation separates them, so `Protection of victims…` is a sentence, not a heading).
    /// Returns the heading (its usual spelling), the heading as printed and the paragraph text.
    static func runInHeading(_ text: String) -> (heading: String, printed: String, rest: String)? {
        let collapsed = CableText.collapsingSpaces(text)
        let words = CableText.words(collapsed)
        guard words.count >= 2 else { return nil }
        let first = words[0]
        var bare = first
        while let last = bare.last, ":.".contains(last) { bare = String(bare.dropLast()) }
        guard
            let heading = SourceDocument.narrativeHeadings.first(where: {
                $0.caseInsensitiveCompare(bare) == .orderedSame
            })
        else { return nil }
        var restWords = Array(words.dropFirst())
        var printed = first
        if bare == first {
            // No punctuation attached: a dash or a rule may separate them.
            if let next = restWords.first, ["--", "-", "–", "—", ":"].contains(next) || isInlineRule(next) {
                printed += " " + next
                restWords.removeFirst()
            } else if let next = restWords.first, let letter = next.first(where: \.isLetter), letter.isUppercase,
                next.first?.isLetter == true || next.first == "\""
            {
                // `Prosecution Kosovo law…`: a capitalised word follows directly.
            } else {
                return nil
            }
        }
        guard !restWords.isEmpty else { return nil }
        return (heading, printed, restWords.joined(separator: " "))
    }

    // MARK: - Closing rule

    /// Index into `lines` of the narrative's closing rule: an `End Final Text` line after the
    /// title, else the first rule after the title and the last heading that is neither a title's
    /// box nor a heading's underline; `nil` when there is none.
    static func closingRuleIndex(_ lines: [CableLine]) -> Int? {
        guard let titleIndex = lines.firstIndex(where: { title($0.text) != nil }) else { return nil }
        let lastHeading = lines.lastIndex { heading($0.text) != nil } ?? titleIndex
        if let end = lines.indices.first(where: { $0 > titleIndex && isEndOfText(lines[$0].text) }) {
            return end
        }
        for index in lines.indices where index > max(titleIndex, lastHeading) && isRule(lines[index].text) {
            let previous = lines[..<index].last { !CableText.isBlank($0.text) }
            if let previous, heading(previous.text) != nil || title(previous.text) != nil { continue }
            return index
        }
        return nil
    }

    // MARK: - Normalizing

    /// The narrative paragraph's lines with run-in rules, title and headings on lines of their
    /// own and a boxed title unboxed; and the repairs.
    ///
    /// - Parameters:
    ///   - lines: the paragraph's lines (after artifact repairs).
    ///   - paragraph: the cable paragraph number, for the repairs.
    static func normalized(_ lines: [CableLine], paragraph: Int) -> (lines: [CableLine], repairs: [CableRepair]) {
        var repairs: [CableRepair] = []
        func record(_ line: Int, _ original: String, _ replacement: String, _ message: String) {
            repairs.append(
                CableRepair(
                    kind: .layout, line: line, original: original, replacement: replacement, message: message,
                    paragraph: paragraph))
        }
        let opening = lines.prefix(4).map(\.text).joined(separator: " ")
        let country = country(inOpening: opening)

        // 1. Rules run into the text go on lines of their own.
        var split: [CableLine] = []
        for line in lines {
            let words = CableText.words(line.text)
            guard words.count > 1, words.contains(where: isInlineRule) else {
                split.append(line)
                continue
            }
            var pieces: [[String]] = [[]]
            for word in words {
                if isInlineRule(word) {
                    pieces.append([word])
                    pieces.append([])
                } else {
                    pieces[pieces.count - 1].append(word)
                }
            }
            let texts = pieces.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
            for text in texts { split.append(CableLine(number: line.number, text: text)) }
            record(
                line.number, CableText.collapsingSpaces(line.text), texts.joined(separator: "\n"),
                "a rule printed inside a line (lines joined by a renderer): set on a line of its own")
        }

        // 2. The title: unboxed, or split from the text it was run into.
        var result: [CableLine] = []
        var titleSeen = false
        // A heading printed on a line of its own anywhere in the narrative is never also run in
        // (`Protection Act…` opening a paragraph stays text).
        var headingsSeen = Set(split.compactMap { heading($0.text) })
        for (index, line) in split.enumerated() {
            let collapsed = CableText.collapsingSpaces(line.text)
            let previousBlank =
                index == 0 || CableText.isBlank(split[index - 1].text) || isRule(split[index - 1].text)
                || SourceDocument.endsSentence(split[index - 1].text)
            if !titleSeen, let title = title(collapsed) {
                titleSeen = true
                if title.text != collapsed {
                    record(line.number, collapsed, title.text, "boxed title `\(collapsed)` read as `\(title.text)`")
                }
                result.append(CableLine(number: line.number, text: title.text))
                continue
            }
            if !titleSeen, let found = inlineTitle(collapsed, country: country) {
                titleSeen = true
                if !found.before.isEmpty { result.append(CableLine(number: line.number, text: found.before)) }
                result.append(CableLine(number: line.number, text: found.title.text))
                if !found.after.isEmpty { result.append(CableLine(number: line.number, text: found.after)) }
                record(
                    line.number, collapsed,
                    [found.before, found.title.text, found.after].filter { !$0.isEmpty }.joined(separator: "\n"),
                    "title `\(found.title.text)` printed inside a line (lines joined by a renderer): set on a line of its own"
                )
                continue
            }
            if titleSeen, heading(collapsed) == nil,
                previousBlank || result.last.map({ title($0.text) != nil }) == true,
                let runIn = runInHeading(collapsed), !headingsSeen.contains(runIn.heading)
            {
                headingsSeen.insert(runIn.heading)
                let printed = CableText.words(collapsed)[0]
                result.append(CableLine(number: line.number, text: printed))
                result.append(CableLine(number: line.number, text: runIn.rest))
                record(
                    line.number, CableText.head(collapsed, words: 4),
                    printed + "\n" + CableText.head(runIn.rest, words: 3),
                    "heading `\(printed)` run into its paragraph: set on a line of its own")
                continue
            }
            result.append(line)
        }
        return (result, repairs)
    }
}

// Regex literals evaluated once per process: a literal inside a function is parsed again
// every time the function runs (`Docs/Performance.md`).
nonisolated(unsafe) private let titleWithBracketedTierPattern = /(\S.*?) ?[\(\[] ?([^()\[\]]+?) ?[\)\]]/
nonisolated(unsafe) private let titleWithSeparatedTierPattern = /(\S.*?) ?(?::|-{1,2}|–|—) ?(\S.*)/
nonisolated(unsafe) private let bracketedTierPattern = /[\(\[]([^()\[\]]{4,30})[\)\]]/
nonisolated(unsafe) private let tierNamePattern =
    /tier ?(1|2|3|one|two|three|iii|ii|i)(?: ?[-–]? ?(watch ?-? ?list|watchlist|wl))?/
nonisolated(unsafe) private let beginTextOfNarrativePattern =
    /(?i:begin (?:final )?text of) (?:the )?(.+?)(?:'s|’s|,s|s'|’) (?i:country )?(?i:narrative)/
