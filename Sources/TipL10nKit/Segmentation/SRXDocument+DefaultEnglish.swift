import Foundation

extension SRXDocument {
    /// The path used in error messages for the built-in rules.
    public static let defaultEnglishPath = "<built-in>/default-en.srx"

    /// tipl10n's own English segmentation rules, tuned for US government English and measured
    /// on the 52 English Golden Rules of Pragmatic Segmenter (51 right), as an SRX 2.0 document
    /// (UTF-8 text).
    ///
    /// One language rule, `tipl10n-English`, mapped from `EN.*`, with nineteen rules in order
    /// (the first that matches at a position decides; `Docs/Segmentation.md` explains each with
    /// examples): breaks at a blank line, before a line or a bullet that starts a list item;
    /// exceptions for bracketed and spaced ellipses, list markers and label letters at a
    /// sentence start, `a.m.` / `p.m.` before a time zone or date and in a time that opens its
    /// sentence; a break after `a.m.` / `p.m.` before another capitalised word; exceptions for
    /// titles, number abbreviations (`No. 5`, `N°.`, `p. 55`), months and `et al.`; a break
    /// after `U.S.`, an initial or `Co.` before a sentence starter (`How`, `The`, `Did`, …) and
    /// no break before any other word; a break after a period with no space before a
    /// capitalised word (`world.Today`); and the general break after `.` `?` `!` `…` before
    /// white space and a capital, digit or opening quote.
    ///
    /// Breaks fall after the punctuation, so the whitespace between sentences starts the
    /// next segment. `&lt;` and `&amp;` are XML escapes of `<` and `&` inside the patterns.
    /// Inline numbered lists are handled by ``Segmenter`` itself (SRX cannot count list
    /// markers): see ``Segmenter/separatesListItems``.
    ///
    /// The rules are the file `segmentation/tipl10n-en.srx` in the repository, embedded byte for
    /// byte by `Scripts/generate.sh`: copy that file to start rules of your own.
    public static let defaultEnglishSource: String = EmbeddedData.defaultSegmentationRules

    /// The built-in English rules (``defaultEnglishSource``) as a document whose ``path`` is
    /// ``defaultEnglishPath``.
    ///
    /// - Throws: `XMLError` or ``SRXError`` only if the built-in source is broken (a bug,
    ///   caught by the tests).
    public static func defaultEnglish() throws -> SRXDocument {
        try parse(Data(defaultEnglishSource.utf8), path: defaultEnglishPath)
    }
}
