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
    public static let defaultEnglishSource: String = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- tipl10n default English segmentation rules (SRX 2.0), tuned for US government
             English. Rules are tried in order at each position; the first that matches decides.
             See Docs/Segmentation.md. -->
        <srx xmlns="http://www.lisa.org/srx20" version="2.0">
          <header segmentsubflows="yes" cascade="no"/>
          <body>
            <languagerules>
              <languagerule languagerulename="tipl10n-English">
                <!-- 1. A blank line always ends a segment. -->
                <rule break="yes">
                  <beforebreak>\S</beforebreak>
                  <afterbreak>[^\S\n]*\n[^\S\n]*\n</afterbreak>
                </rule>
                <!-- 2. U.S., U.N. and friends never end a sentence before a following word:
                     "the U.S. Congress", "U.S. embassies", "18 U.S.C. 1589", "E.O. 12958". -->
                <rule break="no">
                  <beforebreak>(?&lt;![\p{L}\p{N}.])(?:U\.S\.A|U\.S\.C|U\.S|U\.N|U\.K|E\.U|E\.O)\.</beforebreak>
                  <afterbreak>\s</afterbreak>
                </rule>
                <!-- 3. Titles and abbreviations that do not end a sentence. -->
                <rule break="no">
                  <beforebreak>(?&lt;![\p{L}\p{N}.@/_-])(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Gov|Govt|Sen|Rep|Amb|Gen|Adm|Lt|Col|Maj|Capt|Cmdr|Sgt|Hon|Rev|Fr|St|Mt|Ft|Jr|Sr|Inc|Ltd|Co|Corp|Bros|Dept|Pub|vs|approx|cf|viz|[Ii]\.e|[Ee]\.g)\.</beforebreak>
                  <afterbreak>\s</afterbreak>
                </rule>
                <!-- 4. Abbreviations that stand before a number: "No. 5", "para. 8", "Pub. L. 106-386".
                     Lower-case "no." is a word: "He said no. 5 people agreed." splits. -->
                <rule break="no">
                  <beforebreak>(?&lt;![\p{L}\p{N}.@/_-])(?:Nos?|[Pp]aras?|[Aa]rts?|[Ss]ecs?|[Cc]haps?|[Ff]igs?|[Vv]ols?|pp?|[Ss]tat|Pub\. L)\.</beforebreak>
                  <afterbreak>\s+[\p{N}(#§]</afterbreak>
                </rule>
                <!-- 5. Month abbreviations before a day or a year: "Sept. 11", "Jan. 2009". -->
                <rule break="no">
                  <beforebreak>(?&lt;![\p{L}\p{N}.@/_-])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.</beforebreak>
                  <afterbreak>\s+\p{N}</afterbreak>
                </rule>
                <!-- 6. a.m. / p.m. before a time zone, a day, a month, a lower-case word or a
                     number: "10:00 a.m. EDT". Before any other capitalised word a.m. ends the
                     sentence: "at 10:00 a.m. The Secretary" splits. -->
                <rule break="no">
                  <beforebreak>(?&lt;![\p{L}.])[AaPp]\.[Mm]\.</beforebreak>
                  <afterbreak>\s+(?:\p{Ll}|\p{N}|\(?(?:(?:E|C|M|P|AK|HA|H)[SD]T|UTC|GMT|Z|CES?T|EES?T|WES?T|BST|MSK|Zulu|Eastern|Central|Mountain|Pacific|Greenwich|Washington|Local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)</afterbreak>
                </rule>
                <!-- 7. A single capital initial before a capitalised word: "John F. Kennedy".
                     ("Luis C. deBaca" needs no rule: a lower-case word never starts a sentence.) -->
                <rule break="no">
                  <beforebreak>(?&lt;![\p{L}\p{N}.'’-])\p{Lu}\.</beforebreak>
                  <afterbreak>\s+[\p{Lu}\p{Lt}]</afterbreak>
                </rule>
                <!-- 8. "et al." before a year or a citation. -->
                <rule break="no">
                  <beforebreak>\bet al\.</beforebreak>
                  <afterbreak>\s+[\p{N}(]</afterbreak>
                </rule>
                <!-- 9. A sentence ends at . ? ! or … (with any closing quotes or brackets) followed by
                     whitespace (not a no-break space) and a capital letter, a digit, or an opening
                     quote or bracket. -->
                <rule break="yes">
                  <beforebreak>[.?!…]+['"’”»)\]]*</beforebreak>
                  <afterbreak>[^\S\u00A0\u2007\u202F]+[\p{Lu}\p{Lt}\p{N}'"‘“«(\[]</afterbreak>
                </rule>
              </languagerule>
            </languagerules>
            <maprules>
              <languagemap languagepattern="EN.*" languagerulename="tipl10n-English"/>
            </maprules>
          </body>
        </srx>
        """#

    /// The built-in English rules (``defaultEnglishSource``) as a document whose ``path`` is
    /// ``defaultEnglishPath``.
    ///
    /// - Throws: `XMLError` or ``SRXError`` only if the built-in source is broken (a bug,
    ///   caught by the tests).
    public static func defaultEnglish() throws -> SRXDocument {
        try parse(Data(defaultEnglishSource.utf8), path: defaultEnglishPath)
    }
}
