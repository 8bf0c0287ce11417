import Foundation

/// How long a locale's translations usually are compared with their English source: the
/// thresholds of the `omission` and `addition` checks (`lengthRatio:` in a locale profile).
///
/// A ratio is the target's letters and digits divided by the source's (white space,
/// punctuation and inline codes are not counted, so a figure written `158 593` or `158,593`
/// weighs the same): `1.09` means the target has 9% more letters than the source. The
/// numbers of a locale come from a model of its reference translations (`Docs/Verification.md`,
/// "Length ratios"): `m` is the median ratio and `σ` the robust standard deviation of the
/// ratio's natural logarithm (interquartile range ÷ 1.349), over units whose source has at
/// least ``measuredFrom`` letters and digits. Then
///
/// - ``usual`` is `m·e^(±1.2816σ)`: the middle 80% of translations;
/// - ``omissionBelow`` is `m·e^(−3σ)`: shorter than nearly every real translation;
/// - ``additionAbove`` is `2m`: twice the usual length (a target legitimately runs long when
///   it spells out an acronym, so additions get a fixed, wider margin).
///
/// YAML (`locales/sq.yaml`):
///
///     lengthRatio:
///       usual: [0.93, 1.28]
///       omissionBelow: 0.75
///       additionAbove: 2.18
///
/// A locale whose profile file gives none gets its script family's (``familyDefault(for:)``),
/// or none, and then `omission` and `addition` do not run for it.
public struct LengthRatio: Sendable, Equatable, Codable {
    /// The band most translations fall in: lower and upper ratio (two numbers, lower first).
    public var usual: [Double]
    /// A target shorter than this share of the source is reported by `omission`.
    public var omissionBelow: Double
    /// A target longer than this multiple of the source is reported by `addition`.
    public var additionAbove: Double

    /// Sources with fewer letters and digits than this (titles, headings, short questions) are
    /// not measured: their ratio says nothing (`Protection` → `Mbrojtja` is 0.80).
    public static let measuredFrom = 30

    /// Creates the thresholds.
    public init(usual: [Double], omissionBelow: Double, additionAbove: Double) {
        self.usual = usual
        self.omissionBelow = omissionBelow
        self.additionAbove = additionAbove
    }

    /// The thresholds of the model for median `median` and log spread `spread` (σ), rounded
    /// to two decimals: usual `m·e^(±1.2816σ)`, omission below `m·e^(−3σ)`, addition above `2m`.
    public init(median: Double, spread: Double) {
        func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
        self.init(
            usual: [rounded(median * exp(-1.2816 * spread)), rounded(median * exp(1.2816 * spread))],
            omissionBelow: rounded(median * exp(-3 * spread)), additionAbove: rounded(2 * median))
    }

    /// The lower end of ``usual``.
    public var usualLow: Double { usual.first ?? omissionBelow }
    /// The upper end of ``usual``.
    public var usualHigh: Double { usual.last ?? additionAbove }

    /// `93–128%`: the usual band in whole percent.
    public var usualText: String { "\(Self.percent(usualLow))–\(Self.percent(usualHigh))%" }

    /// A ratio in whole percent, without the sign: `0.234` → `23`.
    public static func percent(_ ratio: Double) -> Int { Int((ratio * 100).rounded()) }

    /// A coarse default per script family, for a locale whose profile file gives no
    /// `lengthRatio` (`Docs/Verification.md`, "Length ratios"). These are estimates, not a
    /// measurement of one data set; a post should measure its own past translations:
    ///
    /// - alphabets (Latin, Cyrillic, Greek, Armenian, Georgian): m 1.04, σ 0.161. For
    ///   comparison, the repository's alphabetic translations (the sq and sr-Latn references and
    ///   the es, nl and ru test translations of 09STATE60550, 93 measured units) pool to m 1.08,
    ///   σ 0.15; the default is a little shorter and wider, so it flags less;
    /// - abjads, which leave short vowels unwritten (Arabic, Hebrew): m 0.73, near the ar test
    ///   translation's three measured units (0.67, 0.74, 0.86), σ the alphabets';
    /// - Han (Simplified and Traditional Chinese): m 0.42, σ the alphabets': an estimate (a
    ///   Chinese character carries about a syllable); no Chinese translation in the repository
    ///   measures it.
    ///
    /// Other writing systems (Japanese, Korean, Indic and Southeast Asian scripts …) have no
    /// default, and the length checks do not run until a profile file gives `lengthRatio`.
    public static func familyDefault(for script: LocaleProfile.Script) -> LengthRatio? {
        switch script.rawValue {
        case "Latn", "Cyrl", "Grek", "Armn", "Geor": LengthRatio(median: 1.04, spread: 0.161)
        case "Arab", "Hebr": LengthRatio(median: 0.73, spread: 0.161)
        case "Hans", "Hant", "Hani": LengthRatio(median: 0.42, spread: 0.161)
        default: nil
        }
    }

    /// The family ``familyDefault(for:)`` takes the numbers from, for messages: `Latin-script`.
    static func familyName(for script: LocaleProfile.Script) -> String {
        switch script.rawValue {
        case "Latn", "Cyrl", "Grek", "Armn", "Geor": "alphabetic-script"
        case "Arab", "Hebr": "abjad-script (Arabic, Hebrew)"
        case "Hans", "Hant", "Hani": "Han-script"
        default: "\(script.englishName)-script"
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case usual, omissionBelow, additionAbove
    }

    /// The letters and digits of `text`: the length a ratio is taken of.
    public static func length(of text: String) -> Int {
        if let count = scalarLength(of: text) { return count }
        var count = 0
        for character in text {
            if let ascii = character.asciiValue {
                // ASCII without a property look-up: digits and the Latin letters.
                let lower = ascii | 0x20
                if (ascii >= 0x30 && ascii <= 0x39) || (lower >= 0x61 && lower <= 0x7A) { count += 1 }
            } else if character.isLetter || character.isNumber {
                count += 1
            }
        }
        return count
    }

    /// ``length(of:)`` counted by scalar, when every scalar is its own character
    /// (``VerificationText/isStandalone(_:)``; CR LF counts as no letter either way). `nil`
    /// otherwise.
    private static func scalarLength(of text: String) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            guard VerificationText.isStandalone(scalar) else { return nil }
            if VerificationText.isLetterOrNumber(scalar) { count += 1 }
        }
        return count
    }
}
