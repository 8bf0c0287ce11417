import Foundation

/// A translator's returned Albanian file with three kinds of lost text, made from the reference
/// translation (`xliff/09STATE61188.sq.done.xlf`) by replacing three targets:
///
/// - `narrative.recommendations.p1.s1` keeps two of its seven recommendations (it drops more
///   than half its clauses);
/// - `narrative.intro.p1.s1` is cut to its first three words;
/// - `narrative.protection.p1.s2` leaves its middle clause in English.
///
/// Everything else is the reference, which verifies with 0 errors and 0 warnings.
public enum ReturnedFile {
    /// The unit IDs changed, in file order.
    public static let changedUnits = [
        "narrative.intro.p1.s1", "narrative.recommendations.p1.s1", "narrative.protection.p1.s2",
    ]

    /// The replacements: reference target → returned target.
    public static let replacements: [(old: String, new: String)] = [
        (
            "Kosova është vend burimi, tranziti dhe destinacioni për gra dhe fëmijë të trafikuar përtej kufijve "
                + "shtetërorë me qëllim të shfrytëzimit seksual komercial.",
            "Kosova është vend."
        ),
        (
            "; të përmirësohen shërbimet për mbrojtjen e viktimave, për të siguruar rehabilitim dhe riintegrim të "
                + "duhur të viktimave të riatdhesuara; të sigurohen financim dhe personel i qëndrueshëm në strehimore; të përmirësohet identifikimi i "
                + "viktimave, në mënyrë që viktimat të mos ndëshkohen për veprat e kundërligjshme të kryera si pasojë e "
                + "drejtpërdrejtë e trafikimit të tyre; të shtohet zbulimi i viktimave të lypjes së detyruar në "
                + "Kosovë; dhe të vazhdohen aktivitetet për parandalimin e trafikimit, përfshirë përpjekjet për uljen "
                + "e kërkesës për shërbime seksuale komerciale.",
            "."
        ),
        (
            "Qeveria, në bashkëpunim me donatorët ndërkombëtarë, ndau fonde thelbësore",
            "the government, in cooperation with international donors, provided critical funding"
        ),
    ]

    /// The returned file's text.
    public static func albanian() throws -> String {
        var text = try String(contentsOf: TestPaths.reference("sq"), encoding: .utf8)
        for (old, new) in replacements {
            guard text.contains(old) else {
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "reference lacks '\(old)'"])
            }
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }
}
