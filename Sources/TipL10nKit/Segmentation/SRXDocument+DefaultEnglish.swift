import Foundation

extension SRXDocument {
    /// The path used in error messages for the built-in rules.
    public static let defaultEnglishPath = "<built-in>/default-en.srx"

    /// tipl10n's own English segmentation rules, tuned for US government English, as an
    /// SRX 2.0 document (UTF-8 text).
    ///
    /// One language rule, `tipl10n-English`, mapped from `EN.*`. Rules in order (the first
    /// that matches at a position decides; Docs/Segmentation.md explains each with examples):
    ///
    /// 1. break at a blank line;
    /// 2. no break after `U.S.`, `U.S.A.`, `U.S.C.`, `U.N.`, `U.K.`, `E.U.`, `E.O.` before anything
    ///    (cost: a sentence that really ends with `U.S.` does not split from the next);
    /// 3. no break after titles and abbreviations that do not end sentences (`Mr.`, `Dr.`,
    ///    `Amb.`, `Gen.`, `St.`, `Jr.`, `Inc.`, `Co.`, `vs.`, `approx.`, `Dept.`, `i.e.`,
    ///    `e.g.`, …);
    /// 4. no break after number abbreviations before a number (`No. 5`, `Nos.`, `para. 8`,
    ///    `Art.`, `Sec.`, `p.`, `pp.`, `Vol.`, `Fig.`, `Stat.`, `Pub. L.`);
    /// 5. no break after month abbreviations before a number (`Sept. 11`, `Jan. 2009`);
    /// 6. no break after `a.m.` / `p.m.` before a time zone, day, month, lower-case word or
    ///    number (`10:00 a.m. EDT`); before any other capitalised word it is a sentence end;
    /// 7. no break after a single capital initial before a capitalised word (`John F. Kennedy`);
    /// 8. no break after `et al.` before a number or parenthesis;
    /// 9. break after `.`, `?`, `!` or `…` (and any closing quotes or brackets) before
    ///    whitespace (not a no-break space) followed by a capital letter, a digit, or an
    ///    opening quote or bracket.
    ///
    /// Breaks fall after the punctuation, so the whitespace between sentences starts the
    /// next segment. `&lt;` and `&amp;` are XML escapes of `<` and `&` inside the patterns.
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
