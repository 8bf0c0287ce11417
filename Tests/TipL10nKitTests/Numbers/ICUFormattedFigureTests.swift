import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

extension Numbers {
    /// Property tests: figures formatted by ICU (Foundation's `Decimal.FormatStyle`) in each
    /// locale are accepted against the English source, and the same text with one digit changed
    /// is an error. Random values from a fixed seed, so a failure repeats.
    @Suite struct ICUFormattedFigureTests {

        static let locales = [
            "es", "es-419", "fr", "nl", "ru", "ar", "ar-EG", "fa", "zh", "hi", "de-CH", "is", "pt-BR",
        ]
        static let english = Locale(identifier: "en_US")

        /// One figure as (source, target) for a kind, formatted by ICU.
        static func pair(_ kind: Int, value: Int, locale: Locale) -> (String, String) {
            let decimal = Decimal(value)
            switch kind {
            case 0:
                return (
                    "The police identified \(decimal.formatted(.number.locale(english))) victims.",
                    decimal.formatted(.number.locale(locale))
                )
            case 1:
                let tenth = decimal / 10
                return (
                    "The rate was \(tenth.formatted(.number.precision(.fractionLength(1)).locale(english))) points.",
                    tenth.formatted(.number.precision(.fractionLength(1)).locale(locale))
                )
            case 2:
                let percent = Decimal(value % 1000) / 10
                return (
                    "Convictions rose \(percent.formatted(.number.precision(.fractionLength(1)).locale(english))) percent.",
                    (percent / 100).formatted(.percent.precision(.fractionLength(1)).locale(locale))
                )
            default:
                return (
                    "Funding totaled $\(decimal.formatted(.number.locale(english))).",
                    decimal.formatted(.currency(code: "USD").precision(.fractionLength(0)).locale(locale))
                )
            }
        }

        /// `text` with the digit at the `pick`-th digit position changed to another digit of the
        /// same numbering system (never a leading zero).
        static func changingOneDigit(_ text: String, pick: Int) -> String {
            var scalars = Array(text.unicodeScalars)
            let positions = scalars.indices.filter { scalars[$0].properties.numericType == .decimal }
            guard !positions.isEmpty else { return text }
            let index = positions[pick % positions.count]
            let scalar = scalars[index]
            let digit = Int(scalar.properties.numericValue ?? 0)
            let zero = scalar.value - UInt32(digit)
            var replacement = (digit + 1 + pick % 8) % 10
            if replacement == digit { replacement = (digit + 1) % 10 }
            if index == positions[0] && replacement == 0 { replacement = digit == 1 ? 2 : 1 }
            scalars[index] = Unicode.Scalar(zero + UInt32(replacement)) ?? scalar
            var result = ""
            result.unicodeScalars.append(contentsOf: scalars)
            return result
        }

        @Test(arguments: locales)
        func icuFormattedFiguresPassAndAChangedDigitFails(_ tag: String) throws {
            let profile = try LocaleProfile.load(tag: tag)
            let locale = Locale(identifier: profile.icuLocale)
            var generator = SeededGenerator(
                state: 0x5EED &+ UInt64(tag.unicodeScalars.reduce(0) { $0 * 31 + Int($1.value) } % 100_000))
            for round in 0..<40 {
                let kind = round % 4
                let magnitude = [100, 10_000, 1_000_000, 100_000_000][Int.random(in: 0..<4, using: &generator)]
                let value = Int.random(in: 1...magnitude, using: &generator)
                let (source, target) = Self.pair(kind, value: max(value, kind == 1 ? 11 : 1), locale: locale)
                let passing = FigureComparison.findings(source: source, target: target, profile: profile)
                #expect(passing.isEmpty, "\(tag): \(source) → \(target): \(passing.map(\.message))")

                let changed = Self.changingOneDigit(target, pick: Int.random(in: 0..<100, using: &generator))
                guard changed != target else { continue }
                let failing = FigureComparison.findings(source: source, target: changed, profile: profile)
                #expect(
                    failing.contains { $0.severity == .error },
                    "\(tag): \(source) → \(changed) should fail: \(failing.map(\.message))")
            }
        }
    }
}
