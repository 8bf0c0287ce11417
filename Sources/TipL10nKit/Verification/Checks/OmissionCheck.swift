import Foundation

/// `omission`: a target much shorter than the locale's translations usually are — a clause,
/// a list item or half a sentence left out.
///
/// The length is the count of letters and digits of the text without inline codes
/// (``LengthRatio/length(of:)``); the ratio is the target's over the source's. A unit is
/// measured when its source has at least ``LengthRatio/measuredFrom`` (30) letters and digits
/// and the profile has a ``LocaleProfile/lengthRatio``; it is reported when the ratio is below
/// ``LengthRatio/omissionBelow``. Severity: warning. The message gives the measured ratio and
/// the locale's usual band: `target is 23% of the source length; sq is usually 93–128%`.
/// Thresholds and how they were derived: `Docs/Verification.md`, "Length ratios".
public struct OmissionCheck: TranslationCheck {
    public let id = "omission"
    public let needsProfile = true

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        guard let measured = LengthMeasure(pair), measured.ratio < measured.thresholds.omissionBelow else { return [] }
        return [CheckFinding(.warning, measured.message)]
    }
}

/// The length ratio of one pair, when it can be measured.
struct LengthMeasure {
    var ratio: Double
    var thresholds: LengthRatio
    var locale: String

    init?(_ pair: TranslationPair) {
        guard let target = pair.target, let profile = pair.profile, let thresholds = profile.lengthRatio else {
            return nil
        }
        let sourceLength = LengthRatio.length(of: pair.source.plainText)
        let targetLength = LengthRatio.length(of: target.plainText)
        guard sourceLength >= LengthRatio.measuredFrom, targetLength > 0 else { return nil }
        ratio = Double(targetLength) / Double(sourceLength)
        self.thresholds = thresholds
        locale = profile.tag
    }

    /// `target is 23% of the source length; sq is usually 93–128%`.
    var message: String {
        "target is \(LengthRatio.percent(ratio))% of the source length; \(locale) is usually \(thresholds.usualText)"
    }
}
