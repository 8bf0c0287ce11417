/// Lines tipl10n prints for the 2009 Kosovo cable 09STATE61188, shared by the command tests.
public enum KosovoOutput {
    /// The repairs `export` lists on standard error for the narrative and press guidance, with
    /// the cable at `cablePath` as the command shows it.
    public static func exportRepairNotes(cablePath: String = "cables/09STATE61188.txt") -> [String] {
        [
            "\(cablePath):127: note: `Kosovo,s` → `Kosovo's` (telegraphic comma for an apostrophe)",
            "\(cablePath):175: note: `12 years, imprisonment` → `12 years' imprisonment` (telegraphic comma for the "
                + "apostrophe of a period of imprisonment)",
            "\(cablePath):176: note: `imprisonment ) penalties` → `imprisonment – penalties` (telegraphic `)` for a "
                + "dash; no `(` is open before it)",
        ]
    }

    /// The `cable …` line `export` prints last.
    public static let exportCableLine =
        "cable 09STATE61188: 3 repairs and 0 review flags in the exported paragraphs (listed on standard error); "
        + "`tipl10n cable` lists all 15"

    /// The note every command prints once outside a project.
    public static let demoNote =
        "note: no tipl10n.yaml here or in any parent folder: working on the built-in Kosovo demo (cable "
        + "09STATE61188): make a project with `tipl10n init`"

    /// `export` of one locale: `xliff/09STATE61188.sq.xlf: 47 translation units (narrative 35, press 12), en-US → sq`.
    public static func exportLine(_ tag: String, path: String? = nil) -> String {
        "\(path ?? "xliff/09STATE61188.\(tag).xlf"): 47 translation units (narrative 35, press 12), en-US → \(tag)"
    }

    /// The line `export` prints under a locale's own: the glossary written as TBX beside the
    /// XLIFF file (`xliff/09STATE61188.sq.tbx`), its terms and how many the units use.
    public static func exportGlossaryLine(_ tag: String, path: String? = nil) -> String {
        let (terms, used) = tag == "sq" ? (33, 30) : (35, 32)
        return "  glossary: \(path ?? "xliff/09STATE61188.\(tag).tbx") (\(terms) terms, \(used) used in the units and "
            + "noted on them)"
    }

    /// The note for `--lang sr`.
    public static let serbianNote =
        "note: 'sr' means sr-Latn: the Serbian TIP Report translations published so far use Latin script"

    /// The error for `--lang xx`.
    public static let unsupportedLocaleError =
        "error: unknown locale 'xx': CLDR has no locale data for its language (a BCP 47 tag such as es, es-419, fr, "
        + "nl, ru, ar, zh-Hant-TW, sr-Latn; sr means sr-Latn)"
}
