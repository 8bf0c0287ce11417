import Foundation

/// `links`: URLs and e-mail addresses must reach the target unchanged.
///
/// URLs start with `http://`, `https://`, `ftp://` or `www.`; e-mail addresses are compared
/// case-insensitively, URLs exactly. Severities: a link of the source missing from the
/// target, or changed (a missing one and a new one of the same kind), is an error; a link
/// only in the target is a warning.
public struct LinkCheck: PairTextsCheck {
    public let id = "links"
    public let needsProfile = false

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        findings(in: pair, texts: PairTexts(pair))
    }

    func findings(in pair: TranslationPair, texts: PairTexts) -> [CheckFinding] {
        guard pair.target != nil else { return [] }
        let sourceLinks = texts.sourceLinks
        let targetLinks = texts.targetLinks
        var missing = Self.subtracting(targetLinks, from: sourceLinks)
        var extra = Self.subtracting(sourceLinks, from: targetLinks)
        var findings: [CheckFinding] = []
        // A missing link and a new one of the same kind: the link was changed.
        var index = 0
        while index < missing.count {
            let lost = missing[index]
            if let replacement = extra.firstIndex(where: { $0.kind == lost.kind }) {
                let new = extra.remove(at: replacement)
                missing.remove(at: index)
                findings.append(
                    CheckFinding(
                        .error, "\(Self.noun(lost.kind)) changed: source \(lost.text), target \(new.text)",
                        source: lost.text, target: new.text))
            } else {
                index += 1
            }
        }
        for lost in missing {
            findings.append(
                CheckFinding(.error, "\(Self.noun(lost.kind)) \(lost.text) missing from the target", source: lost.text))
        }
        for new in extra {
            findings.append(
                CheckFinding(
                    .warning, "\(Self.noun(new.kind)) \(new.text) in the target but not in the source", target: new.text
                ))
        }
        return findings
    }

    static func noun(_ kind: VerificationText.Link.Kind) -> String {
        kind == .url ? "URL" : "e-mail address"
    }

    /// `links` minus `other` (compared by ``VerificationText/Link/comparable``), in the order of `links`.
    static func subtracting(
        _ other: [VerificationText.Link], from links: [VerificationText.Link]
    )
        -> [VerificationText.Link]
    {
        var available: [String: Int] = [:]
        for link in other { available[link.comparable, default: 0] += 1 }
        return links.filter { link in
            guard let count = available[link.comparable], count > 0 else { return true }
            available[link.comparable] = count - 1
            return false
        }
    }
}
