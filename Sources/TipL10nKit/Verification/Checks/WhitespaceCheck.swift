import Foundation

/// `whitespace`: leading and trailing white space must match the source's, and the target
/// must not have doubled spaces the source does not have.
///
/// Compared on the text without inline codes. Leading and trailing white space are compared
/// character for character (a space is not a no-break space) and named by code point
/// (`U+0020`). A doubled space is a run of two or more of U+0020, U+00A0, U+2009, U+202F or
/// tab inside the text; the target is reported when it has more such runs than the source,
/// quoting the first. Severity: warning for all three.
public struct WhitespaceCheck: TranslationCheck {
    public let id = "whitespace"
    public let needsProfile = false

    public init() {}

    static let spaces: Set<Character> = [" ", "\u{00A0}", "\u{2009}", "\u{202F}", "\t"]

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        guard let target = pair.target else { return [] }
        let source = pair.source.plainText
        let translated = target.plainText
        var findings: [CheckFinding] = []
        let sourceLeading = source.prefix { $0.isWhitespace }
        let targetLeading = translated.prefix { $0.isWhitespace }
        if sourceLeading != targetLeading {
            findings.append(
                CheckFinding(
                    .warning,
                    "leading white space differs: source \(VerificationText.named(sourceLeading)), "
                        + "target \(VerificationText.named(targetLeading))"))
        }
        let sourceTrailing = String(source.reversed().prefix { $0.isWhitespace }.reversed())
        let targetTrailing = String(translated.reversed().prefix { $0.isWhitespace }.reversed())
        if sourceTrailing != targetTrailing && !(translated.allSatisfy(\.isWhitespace)) {
            findings.append(
                CheckFinding(
                    .warning,
                    "trailing white space differs: source \(VerificationText.named(sourceTrailing)), "
                        + "target \(VerificationText.named(targetTrailing))"))
        }
        let sourceRuns = Self.doubledSpaces(in: source)
        let targetRuns = Self.doubledSpaces(in: translated)
        if targetRuns.count > sourceRuns.count, let first = targetRuns.first {
            let from = translated.index(first.lowerBound, offsetBy: -12, limitedBy: translated.startIndex)
            let to = translated.index(first.upperBound, offsetBy: 12, limitedBy: translated.endIndex)
            let excerpt = translated[(from ?? translated.startIndex)..<(to ?? translated.endIndex)]
            let count = targetRuns.count - sourceRuns.count
            findings.append(
                CheckFinding(
                    .warning,
                    "doubled space in the target (\(VerificationText.named(translated[first]))): "
                        + "\(VerificationText.quoted(excerpt))" + (count > 1 ? " and \(count - 1) more" : ""),
                    target: String(excerpt)))
        }
        return findings
    }

    /// Runs of two or more spaces between the first and last non-white-space characters.
    static func doubledSpaces(in text: String) -> [Range<String.Index>] {
        // Two space characters in a row are two of these scalars (``spaces``) in a row: most
        // texts have none.
        var previousIsSpace = false
        var adjacent = false
        for scalar in text.unicodeScalars {
            let isSpace: Bool
            switch scalar.value {
            case 0x20, 0xA0, 0x2009, 0x202F, 0x09: isSpace = true
            default: isSpace = false
            }
            if isSpace && previousIsSpace {
                adjacent = true
                break
            }
            previousIsSpace = isSpace
        }
        guard adjacent else { return [] }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return [] }
        var runs: [Range<String.Index>] = []
        var runStart: String.Index?
        var length = 0
        var index = first
        while index <= last {
            if spaces.contains(text[index]) {
                if runStart == nil { runStart = index }
                length += 1
            } else {
                if let start = runStart, length >= 2 { runs.append(start..<index) }
                runStart = nil
                length = 0
            }
            index = text.index(after: index)
        }
        return runs
    }
}
