import Foundation

/// Locales that are made from another locale's translation by converting the script, not
/// translated: Serbian in Cyrillic from Serbian in Latin (``SerbianTransliterator``), as
/// `tipl10n build` and `tipl10n status` do. Costs price such a locale as its own line type,
/// "script conversion", at the conversion rate (default 0), unless the project says it is
/// translated separately.
public enum ScriptConversion {
    /// The conversions tipl10n makes, in order of preference: `(from, to, withinJob)`. When a job
    /// asks for both Serbian scripts, Latin is translated and Cyrillic converted from it
    /// (`withinJob`); Latin is converted from Cyrillic only when the store already holds the
    /// Cyrillic translation, as `build` does.
    public static let pairs: [(from: String, to: String, withinJob: Bool)] = [
        ("sr-Latn", "sr-Cyrl", true), ("sr-Cyrl", "sr-Latn", false),
    ]

    /// For each locale of a job that is made by script conversion, the locale it is converted from.
    ///
    /// A locale is converted when a conversion leads to it (``pairs``), it is not in
    /// `translatedSeparately`, and its source is either translated in the same job (for the
    /// preferred direction, and not itself converted) or already fully translated
    /// (`translatedLocales`: every unit of the job has a current translation in the store). A
    /// locale another conversion starts from is never converted itself.
    ///
    /// - Parameters:
    ///   - locales: the job's locales.
    ///   - translatedLocales: locales the store already holds a complete translation of the job in.
    ///   - translatedSeparately: locales the project prices as translations even though they could be converted.
    /// - Returns: converted locale → source locale, e.g. `["sr-Cyrl": "sr-Latn"]`.
    public static func sources(
        for locales: [String], translatedLocales: Set<String> = [], translatedSeparately: Set<String> = []
    ) -> [String: String] {
        var converted: [String: String] = [:]
        for pair in pairs {
            guard locales.contains(pair.to), converted[pair.to] == nil, !translatedSeparately.contains(pair.to),
                !converted.values.contains(pair.to)
            else { continue }
            let translatedInJob = pair.withinJob && locales.contains(pair.from) && converted[pair.from] == nil
            if translatedInJob || translatedLocales.contains(pair.from) {
                converted[pair.to] = pair.from
            }
        }
        return converted
    }
}
