import Foundation

/// One SRX rule compiled for matching at positions of a text.
///
/// Positions are UTF-16 offsets (what `NSRegularExpression` counts). A rule matches at `p`
/// when its beforebreak matches text ending at `p` and its afterbreak matches text starting
/// at `p` (SRX 2.0 §2.5). Three compiled forms serve that test:
///
/// - when the beforebreak has a bounded length, one zero-width pattern
///   `(?=after)(?<=before)` tried at `p` (ICU lookbehind is exact for bounded patterns; the
///   lookahead comes first because it usually fails at once, and ICU's bounded lookbehind
///   tries every length at every position, which makes a scan of the whole text several
///   times slower when it comes first);
/// - otherwise `(?:before)\z` over the text up to `p` and `(?:after)` anchored at `p`;
/// - for break rules, a scanner run once over the whole text to list candidate positions:
///   the same zero-width pattern, or `(?=(?:before)()(?=after))`, whose empty group marks
///   where the beforebreak ended (tried at every start, so overlapping matches are found).
///
/// `NSRegularExpression` is immutable after creation and documented as safe to use from
/// several threads at once, and it is `Sendable`, so this struct is `Sendable` with no
/// `@unchecked`.
struct SRXRuleMatcher: Sendable {
    /// The rule as written.
    let rule: SRXDocument.Rule
    /// `(?=after)(?<=before)`, when the beforebreak is bounded (or empty); `nil` otherwise.
    private let zeroWidth: NSRegularExpression?
    /// `(?:before)\z`, used when ``zeroWidth`` is `nil`.
    private let beforeAtEnd: NSRegularExpression?
    /// `(?:after)`, used when ``zeroWidth`` is `nil`; `nil` when the afterbreak is empty.
    private let after: NSRegularExpression?
    /// The candidate scanner of a break rule whose beforebreak is unbounded, and the index
    /// of its marker group.
    private let scanner: (regex: NSRegularExpression, markerGroup: Int)?
    /// Whether a pattern uses `^`, `$`, `\A`, `\z`…: then matching needs the whole text.
    let needsWholeText: Bool
    /// The source of ``zeroWidth``, for merging with neighbouring rules; `nil` without it.
    let zeroWidthPattern: String?
    /// Whether ``positions(in:length:)`` finds every position where the rule matches
    /// (true for bounded beforebreaks).
    var isScanExhaustive: Bool { zeroWidth != nil }
    /// Whether the rule can be matched as one alternative of a merged pattern: it has a
    /// zero-width form, needs no whole text and has no backreference (which merging would
    /// renumber).
    var isMergeable: Bool {
        zeroWidthPattern != nil && !needsWholeText
            && !SRXRegularExpression.hasBackreference(rule.beforeBreak + " " + rule.afterBreak)
    }

    /// Compiles `rule`.
    ///
    /// - Throws: ``SRXError`` `.invalidRegularExpression` (with `path` and the rule's line)
    ///   when ICU refuses a pattern.
    init(rule: SRXDocument.Rule, path: String) throws {
        self.rule = rule
        func compile(_ pattern: String, element: String, original: String) throws -> NSRegularExpression {
            switch SRXRegularExpression.compile(pattern) {
            case .success(let regex): return regex
            case .failure:
                throw SRXError(
                    path: path, line: rule.line,
                    problem: .invalidRegularExpression(
                        element: element, attribute: nil, pattern: original,
                        reason: SRXRegularExpression.reason(for: original)))
            }
        }
        let before = rule.beforeBreak
        let after = rule.afterBreak
        // Each pattern alone first, so that an error names the right element.
        if !before.isEmpty { _ = try compile(before, element: "beforebreak", original: before) }
        if !after.isEmpty { _ = try compile(after, element: "afterbreak", original: after) }
        needsWholeText = SRXRegularExpression.hasTextAnchor(before) || SRXRegularExpression.hasTextAnchor(after)

        let lookahead = after.isEmpty ? "" : "(?=" + after + ")"
        let lookbehind = before.isEmpty ? "" : "(?<=" + before + ")"
        // An empty pattern would be refused; `(?:)` matches the empty string everywhere.
        let zeroWidthSource = lookbehind.isEmpty && lookahead.isEmpty ? "(?:)" : lookahead + lookbehind
        if let regex = try? NSRegularExpression(pattern: zeroWidthSource) {
            zeroWidth = regex
            zeroWidthPattern = zeroWidthSource
            beforeAtEnd = nil
            self.after = nil
            scanner = nil
        } else {
            // The beforebreak has no bounded length: ICU refuses it inside a lookbehind.
            zeroWidth = nil
            zeroWidthPattern = nil
            beforeAtEnd = try compile("(?:" + before + ")\\z", element: "beforebreak", original: before)
            self.after = after.isEmpty ? nil : try compile("(?:" + after + ")", element: "afterbreak", original: after)
            if rule.isBreak {
                let groups = SRXRegularExpression.captureGroupCount(before)
                let regex = try compile(
                    "(?=(?:" + before + ")()" + lookahead + ")", element: "beforebreak", original: before)
                scanner = (regex, groups + 1)
            } else {
                scanner = nil
            }
        }
    }

    /// Every position of `text` where this rule matches, found in one pass over the text.
    ///
    /// Used for break rules to list candidate positions. Complete when the beforebreak is
    /// bounded; otherwise one end per start position is found (the one ICU's backtracking
    /// picks), which misses only a second, shorter beforebreak match from the same start.
    func positions(in text: String, length: Int) -> [Int] {
        var result: [Int] = []
        let whole = NSRange(location: 0, length: length)
        if let zeroWidth {
            zeroWidth.enumerateMatches(in: text, options: [], range: whole) { match, _, _ in
                if let match { result.append(match.range.location) }
            }
        } else if let scanner {
            scanner.regex.enumerateMatches(in: text, options: [], range: whole) { match, _, _ in
                guard let match else { return }
                let marker = match.range(at: scanner.markerGroup)
                if marker.location != NSNotFound { result.append(marker.location) }
            }
        }
        return result
    }

    /// Whether the rule matches at `position` (a UTF-16 offset into `text`).
    ///
    /// `text` may be a window cut from a longer text; lookarounds see the whole window.
    /// With ``needsWholeText`` the caller must pass the whole text.
    func matches(in text: String, length: Int, at position: Int) -> Bool {
        let rest = NSRange(location: position, length: length - position)
        if let zeroWidth {
            return zeroWidth.firstMatch(
                in: text, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds], range: rest) != nil
        }
        if let after {
            guard
                after.firstMatch(
                    in: text, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds], range: rest)
                    != nil
            else { return false }
        }
        guard let beforeAtEnd else { return true }
        // Anchoring bounds on, so that `\z` holds at the end of the range, i.e. at `position`.
        let head = NSRange(location: 0, length: position)
        return beforeAtEnd.firstMatch(in: text, options: [.withTransparentBounds], range: head) != nil
    }
}
