import Foundation

/// ICU's spell-out rules through Foundation's `NumberFormatter` (`.spellOut`), one formatter
/// per ICU locale, shared behind a lock (a formatter is not safe to use from two threads).
///
/// Used where ICU is right: parsing Albanian number words (`njëzet e katër` → 24), and in
/// tests as the oracle for the profiles' tables. Not for Serbian parsing: ICU reads
/// `dvadeset četiri` as 20 and does not know `dvije`, `dvoje`, `troje` (DESIGN §5).
enum ICUSpellOut {
    private final class Formatters: @unchecked Sendable {
        // Guarded by `lock`.
        private var formatters: [String: NumberFormatter] = [:]
        private let lock = NSLock()

        func withFormatter<T>(_ icuLocale: String, _ body: (NumberFormatter) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            let formatter: NumberFormatter
            if let cached = formatters[icuLocale] {
                formatter = cached
            } else {
                formatter = NumberFormatter()
                formatter.locale = Locale(identifier: icuLocale)
                formatter.numberStyle = .spellOut
                formatters[icuLocale] = formatter
            }
            return body(formatter)
        }
    }

    private static let shared = Formatters()

    /// The whole number ICU reads in `words` (lower-cased first: ICU's rules are lower case),
    /// or `nil` when ICU reads nothing or a fraction.
    static func value(of words: String, icuLocale: String) -> Int? {
        let lowered = words.lowercased()
        let number = shared.withFormatter(icuLocale) { $0.number(from: lowered) }
        guard let number else { return nil }
        let double = number.doubleValue
        guard double >= 0, double < 1e15, double == double.rounded() else { return nil }
        return Int(double)
    }

    /// ICU's spelling of `value`, e.g. 24 → `njëzet e katër` (sq), `dvadeset i četiri` (sr_Latn).
    static func words(for value: Int, icuLocale: String) -> String? {
        shared.withFormatter(icuLocale) { $0.string(from: NSNumber(value: value)) }
    }
}
