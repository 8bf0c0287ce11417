import Foundation

/// What several checks read of one pair's texts, each worked out once for the pair, the
/// first time a check asks: the plain texts, their links (``VerificationText/links(in:)``),
/// and the texts with their links masked, as written and in NFC.
///
/// ``Verifier/diagnostics(for:)`` makes one for each pair and hands it to every check that
/// reads texts through it (``PairTextsCheck``), so the links of a text are found once, not by
/// each check in turn. One pair's checks run in turn on one thread: a `PairTexts` is never
/// shared between threads.
final class PairTexts {
    /// The source's plain text (``InlineContent/plainText``).
    let source: String
    /// The target's plain text; `nil` when the pair has no target.
    let target: String?

    init(_ pair: TranslationPair) {
        source = pair.source.plainText
        target = pair.target?.plainText
    }

    /// The source's links, in order.
    private(set) lazy var sourceLinks: [VerificationText.Link] = VerificationText.links(in: source)
    /// The target's links, in order (none without a target).
    private(set) lazy var targetLinks: [VerificationText.Link] = target.map { VerificationText.links(in: $0) } ?? []

    /// ``VerificationText/maskingLinks(in:)`` of the source.
    private(set) lazy var maskedSource: String = VerificationText.masking(sourceLinks, in: source)
    /// ``VerificationText/maskingLinks(in:)`` of the target (`""` without a target).
    private(set) lazy var maskedTarget: String = target.map { VerificationText.masking(targetLinks, in: $0) } ?? ""

    /// `maskingLinks(in: nfc(source))`: the masked source when NFC leaves the source as it is.
    private(set) lazy var maskedNFCSource: String = {
        let normalized = VerificationText.nfc(source)
        return normalized.utf8.elementsEqual(source.utf8) ? maskedSource : VerificationText.maskingLinks(in: normalized)
    }()
    /// `maskingLinks(in: nfc(target))` (`""` without a target).
    private(set) lazy var maskedNFCTarget: String = {
        guard let target else { return "" }
        let normalized = VerificationText.nfc(target)
        return normalized.utf8.elementsEqual(target.utf8) ? maskedTarget : VerificationText.maskingLinks(in: normalized)
    }()
}

/// A check that reads a pair's texts through the ``PairTexts`` its verifier shares among the
/// pair's checks. Its ``TranslationCheck/findings(in:)`` is ``findings(in:texts:)`` with a
/// `PairTexts` of its own.
protocol PairTextsCheck: TranslationCheck {
    /// The check's findings on `pair`, whose texts `texts` holds.
    func findings(in pair: TranslationPair, texts: PairTexts) -> [CheckFinding]
}
