import Foundation

/// Consecutive SRX rules with the same `break` value, matched as one pattern where possible.
///
/// Among neighbouring rules that all say "break" (or all say "no break") the order does not
/// change the outcome, so they can be tried as one alternation
/// `(?:(?=a1)(?<=b1)|(?=a2)(?<=b2)|…)`: one ICU call per position instead of one per rule.
/// This matters for SRX files such as Okapi's or LanguageTool's, with dozens of exception
/// rules in a row. Rules that cannot merge (unbounded beforebreak, anchors, backreferences)
/// form a group of their own.
///
/// `Sendable` without `@unchecked`: it holds only immutable values and `NSRegularExpression`,
/// which is `Sendable` and safe to share between threads.
struct SRXRuleGroup: Sendable {
    /// `true` for break rules.
    let isBreak: Bool
    /// The rules, in document order.
    let members: [SRXRuleMatcher]
    /// The alternation of the members' zero-width patterns, when there are two or more.
    private let merged: NSRegularExpression?

    /// Whether matching needs the whole text (a single member with anchors).
    var needsWholeText: Bool { members.contains { $0.needsWholeText } }
    /// Whether ``positions(in:length:)`` finds every position where the group matches.
    var isScanExhaustive: Bool { members.allSatisfy(\.isScanExhaustive) }

    /// Groups `matchers` in order: runs of mergeable rules with the same break value
    /// become one group; every other rule is a group of its own.
    static func grouping(_ matchers: [SRXRuleMatcher]) -> [SRXRuleGroup] {
        var groups: [SRXRuleGroup] = []
        var run: [SRXRuleMatcher] = []
        func flush() {
            if !run.isEmpty { groups.append(SRXRuleGroup(run)) }
            run = []
        }
        for matcher in matchers {
            if !matcher.isMergeable {
                flush()
                groups.append(SRXRuleGroup([matcher]))
                continue
            }
            if let first = run.first, first.rule.isBreak != matcher.rule.isBreak { flush() }
            run.append(matcher)
        }
        flush()
        return groups
    }

    /// A group of `members`, which must share their break value and, when more than one,
    /// all be mergeable.
    private init(_ members: [SRXRuleMatcher]) {
        self.isBreak = members.first?.rule.isBreak ?? false
        self.members = members
        let patterns = members.compactMap(\.zeroWidthPattern)
        if members.count > 1, patterns.count == members.count {
            // Duplicate group names across rules would make the alternation fail to compile;
            // then the members are simply tried one by one.
            merged = try? NSRegularExpression(pattern: "(?:" + patterns.joined(separator: "|") + ")")
        } else {
            merged = nil
        }
    }

    /// Every position of `text` where a member matches, found by scanning the whole text.
    func positions(in text: String, length: Int) -> [Int] {
        if let merged {
            var result: [Int] = []
            merged.enumerateMatches(in: text, options: [], range: NSRange(location: 0, length: length)) { match, _, _ in
                if let match { result.append(match.range.location) }
            }
            return result
        }
        return members.flatMap { $0.positions(in: text, length: length) }
    }

    /// Whether a member matches at `position` (a UTF-16 offset into `text`, which may be a
    /// window of a longer text unless ``needsWholeText``).
    func matches(in text: String, length: Int, at position: Int) -> Bool {
        if let merged {
            return merged.firstMatch(
                in: text, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds],
                range: NSRange(location: position, length: length - position)) != nil
        }
        return members.contains { $0.matches(in: text, length: length, at: position) }
    }
}
