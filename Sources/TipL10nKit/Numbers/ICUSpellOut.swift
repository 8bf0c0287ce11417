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
    /// or `nil` when ICU reads nothing or a fraction. Cached per locale and lower-cased text
    /// (the same few number phrases come back in every unit, and one parse holds the
    /// formatter's lock for tens of microseconds).
    static func value(of words: String, icuLocale: String) -> Int? {
        let lowered = words.lowercased()
        return parsed.value("\(icuLocale)\u{0}\(lowered)") {
            let number = shared.withFormatter(icuLocale) { $0.number(from: lowered) }
            guard let number else { return nil }
            let double = number.doubleValue
            guard double >= 0, double < 1e15, double == double.rounded() else { return nil }
            return Int(double)
        }
    }

    private static let parsed = FormCache()

    /// ICU's spelling of `value`, e.g. 24 → `njëzet e katër` (sq), `dvadeset i četiri` (sr_Latn).
    static func words(for value: Int, icuLocale: String) -> String? {
        shared.withFormatter(icuLocale) { $0.string(from: NSNumber(value: value)) }
    }

    /// Values by key, computed outside the lock; emptied when it reaches ``limit`` keys, so
    /// that a file of endless different phrases does not make it grow with the file.
    private final class FormCache: @unchecked Sendable {
        // Guarded by `lock`.
        private var values: [String: Int?] = [:]
        private let lock = NSLock()
        static let limit = 4096

        func value(_ key: String, compute: () -> Int?) -> Int? {
            lock.lock()
            if let known = values[key] {
                lock.unlock()
                return known
            }
            lock.unlock()
            let computed = compute()
            lock.lock()
            if values.count >= Self.limit { values.removeAll(keepingCapacity: true) }
            values[key] = computed
            lock.unlock()
            return computed
        }
    }

    private static let forms = FormCache()

    /// The value of one inflected or gendered number word (es `una`, ru `двух`), read by ICU's
    /// spell-out parser and accepted only when it looks like ICU's spelling of that value:
    /// the same first two letters (diacritics and case ignored) and at most three letters
    /// longer (ICU's parser reads a prefix: `dossier` would be 2). A word ICU does not read is
    /// tried again without diacritics (ru `четырём` as `четырем`). Cached per locale and word.
    static func agreementValue(of word: String, icuLocale: String) -> Int? {
        forms.value("\(icuLocale)\u{0}\(word)") {
            // ICU's Russian rules write е where the text may have ё (`четырём`): try both.
            let plain = word.folding(options: .diacriticInsensitive, locale: nil)
            guard word.count >= 2,
                let value = value(of: word, icuLocale: icuLocale)
                    ?? (plain != word ? value(of: plain, icuLocale: icuLocale) : nil), value < 1000,
                let spelled = words(for: value, icuLocale: icuLocale)?.replacingOccurrences(of: "\u{00AD}", with: "")
            else { return nil }
            let folded = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            let reference = spelled.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            guard folded.prefix(2) == reference.prefix(2), folded.count <= reference.count + 3 else { return nil }
            return value
        }
    }
}
