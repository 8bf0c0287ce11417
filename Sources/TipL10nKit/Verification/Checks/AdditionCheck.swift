import Foundation

/// `addition`: a target much longer than the locale's translations usually are — a sentence
/// pasted twice, the next unit's text, a translator's remark left in.
///
/// Measured like ``OmissionCheck``; reported when the ratio is above
/// ``LengthRatio/additionAbove`` (twice the locale's median: spelling out an acronym makes a
/// target legitimately long). Severity: warning: `target is 229% of the source length; sq is
/// usually 93–128%`.
public struct AdditionCheck: TranslationCheck {
    public let id = "addition"
    public let needsProfile = true

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        guard let measured = LengthMeasure(pair), measured.ratio > measured.thresholds.additionAbove else { return [] }
        return [CheckFinding(.warning, measured.message)]
    }
}
