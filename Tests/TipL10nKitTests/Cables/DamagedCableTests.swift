import Foundation
import TipL10nTestSupport
import Testing
import TipL10nKit

extension Cables {
    /// The real 2009 rollout cables with one kind of renderer damage applied
    /// (`Tests/Fixtures/cables/damaged/`, written by `generate.py` there), and the hand-written
    /// cable of a country that does not exist (`Tests/Fixtures/cables/handwritten/`).
    ///
    /// Every variant must export the same narrative and press units as the clean cable (same IDs,
    /// same text where the damage can be undone), list each repair and review flag it made, and
    /// leave no renderer artifact in any exported source.
    @Suite("Damaged cables")
    struct DamagedCableTests {
        struct Variant: CustomTestStringConvertible, Sendable {
            var file: String
            var clean: String
            /// Units whose text differs from the clean cable's, by ID: what they hold instead.
            var differences: [String: String] = [:]
            /// The repairs the damage added, as `kind line` (`, review` for review flags), in order.
            var repairs: [String]

            var testDescription: String { file }
        }

        static let damaged = TestPaths.fixtures.appendingPathComponent("cables/damaged")
        static let handwritten = TestPaths.fixtures.appendingPathComponent("cables/handwritten")

        static func cable(_ url: URL) throws -> Cable {
            try CableParser.parse(try Data(contentsOf: url), path: url.lastPathComponent)
        }

        static func units(
            _ cable: Cable, path: String, parts: Set<SourcePart> = [.narrative, .press]
        ) throws
            -> [TranslationUnit]
        {
            let document = try SourceDocument.extract(from: cable, path: path)
            return document.translationUnits(
                segmenter: try Segmenter.defaultEnglish(), parts: parts, repairs: cable.repairs)
        }

        /// The repairs of `variant` that the clean cable does not have (same message), grouped by
        /// kind in order: `dash 176, 288, 288`; review flags marked `(review)`.
        static func addedRepairs(_ variant: Cable, clean: Cable) -> [String] {
            let known = Set(clean.repairs.map(\.message))
            var groups: [(key: String, lines: [Int])] = []
            for repair in variant.repairs where !known.contains(repair.message) {
                let key = "\(repair.kind)" + (repair.isReviewFlag ? " (review)" : "")
                if groups.last?.key == key {
                    groups[groups.count - 1].lines.append(repair.line)
                } else {
                    groups.append((key, [repair.line]))
                }
            }
            return groups.map { "\($0.key) " + $0.lines.map(String.init).joined(separator: ", ") }
        }

        static let variants: [Variant] = [
            Variant(
                file: "iceland.missing-9.txt", clean: "09STATE60608.html",
                repairs: ["paragraphNumber (review) 194"]),
            Variant(
                file: "iceland.pre-source.txt", clean: "09STATE60608.html",
                repairs: ["htmlMarkup 1, 21, 23, 31, 47, 59, 70, 83, 90, 194, 256, 310, 316, 325, 375"]),
            Variant(
                file: "iceland.unwrapped.txt", clean: "09STATE60608.html",
                repairs: ["layout 37, 45, 49, 53", "paragraphNumber 101"]),
            Variant(
                file: "kosovo.boxed-title.txt", clean: "09STATE61188.txt",
                repairs: ["layout 131"]),
            Variant(
                file: "kosovo.doubled-quotes.txt", clean: "09STATE61188.txt",
                repairs: [
                    "doubledQuotes 106, 106, 110, 256, 256, 258, 259, 267, 267, 272, 273, 282, 282, 286, 287, 287, 292, 292, 338, 339, 346, 346"
                ]),
            Variant(
                file: "kosovo.glued-numbers.txt", clean: "09STATE61188.txt",
                repairs: ["paragraphNumber 50, 53, 62, 79, 92, 105, 119, 127, 239, 364, 374, 426"]),
            Variant(file: "kosovo.html-paragraphs.html", clean: "09STATE61188.txt", repairs: []),
            Variant(
                file: "kosovo.hyphenated.txt", clean: "09STATE61188.txt",
                repairs: ["joinedHyphenation 136, 153, 187, 232"]),
            Variant(
                file: "kosovo.invisible.txt", clean: "09STATE61188.txt",
                repairs: ["invisibleCharacter 132, 151, 208", "joinedHyphenation 224"]),
            Variant(
                file: "kosovo.mangled-quotes.txt", clean: "09STATE61188.txt",
                repairs: [
                    "mangledQuotes 106, 110, 256, 258, 267, 272, 282, 286, 287, 292", "needsReview (review) 338",
                    "mangledQuotes 338, 346",
                ]),
            Variant(
                file: "kosovo.missing-8-and-12.txt", clean: "09STATE61188.txt",
                repairs: ["paragraphNumber (review) 127, 426"]),
            Variant(
                file: "kosovo.missing-9-and-11.txt", clean: "09STATE61188.txt",
                repairs: ["paragraphNumber (review) 239, 374"]),
            Variant(
                file: "kosovo.no-numbers.txt", clean: "09STATE61188.txt",
                repairs: [
                    "paragraphNumber (review) 50", "paragraphNumber 53, 62, 79, 92, 105, 119, 127, 239, 364, 374, 426",
                ]),
            Variant(
                file: "kosovo.no-paragraph-1.txt", clean: "09STATE61188.txt",
                repairs: ["paragraphNumber (review) 50"]),
            Variant(
                file: "kosovo.pilcrow-without-number.txt", clean: "09STATE61188.txt",
                repairs: ["paragraphNumber (review) 92"]),
            Variant(
                file: "kosovo.run-in-headings.txt", clean: "09STATE61188.txt",
                differences: [
                    "narrative.prosecution.heading": "PROSECUTION:"
                ],
                repairs: ["layout 173, 193, 219"]),
            Variant(
                file: "kosovo.run-together.txt", clean: "09STATE61188.txt",
                differences: [
                    "narrative.intro.p2.s1":
                        "The Government of Kosovo does not fully comply with the minimum standards for the elimination of "
                        + "traffickinghowever, it is making significant efforts to do so.",
                    "narrative.protection.p1.s5":
                        "The government reported it assisted 24 victimsin 2008, a decline from 33 assisted in 2007.",
                ],
                repairs: ["runTogetherWords (review) 149, 208"]),
            Variant(
                file: "kosovo.spaced-numbers.txt", clean: "09STATE61188.txt",
                repairs: ["paragraphNumber 50, 53, 62, 79, 92, 105, 119, 127, 239, 364, 374, 426"]),
            Variant(
                file: "kosovo.star-dashes.txt", clean: "09STATE61188.txt",
                repairs: ["dash 176, 288, 288"]),
            Variant(
                file: "kosovo.tabs.txt", clean: "09STATE61188.txt",
                repairs: ["lostPunctuation 149, 188"]),
            Variant(
                file: "kosovo.tier-two.txt", clean: "09STATE61188.txt",
                differences: [
                    "narrative.title": "Kosovo (Tier Two)"
                ],
                repairs: []),
            Variant(
                file: "kosovo.unwrapped-no-numbers.txt", clean: "09STATE61188.txt",
                repairs: [
                    "paragraphNumber (review) 50", "paragraphNumber 53, 56, 59, 62, 66, 69, 72",
                    "layout 74, 74, 82, 84, 86, 86", "paragraphNumber 90, 117, 120, 139, 139",
                ]),
            Variant(
                file: "kosovo.unwrapped.txt", clean: "09STATE61188.txt",
                repairs: ["layout 74, 74, 82, 84, 86, 86", "paragraphNumber 139"]),
            Variant(
                file: "kosovo.web-anchors.txt", clean: "09STATE61188.txt",
                repairs: [
                    "htmlMarkup 50, 53, 55, 62, 79, 92, 105, 106, 110, 119, 127, 136", "invisibleCharacter 136",
                    "htmlMarkup 168, 239, 256, 258, 259, 267, 272, 273, 282, 286, 287, 292, 338, 339, 346, 364, 374, 426",
                ]),
            Variant(
                file: "kosovo.wrapped-70.txt", clean: "09STATE61188.txt",
                repairs: []),
            Variant(
                file: "suriname.garbled-paragraph-1.txt", clean: "09STATE60550.txt",
                repairs: ["paragraphNumber (review) 24"]),
            Variant(
                file: "suriname.no-numbers.txt", clean: "09STATE60550.txt",
                repairs: [
                    "paragraphNumber (review) 24", "paragraphNumber 26, 34, 50, 62, 73, 86, 93, 248, 370, 379, 438",
                ]),
            Variant(
                file: "suriname.pilcrows-without-numbers.txt", clean: "09STATE60550.txt",
                repairs: [
                    "paragraphNumber (review) 24", "paragraphNumber 26, 34, 50, 62, 73, 86, 93, 248, 370, 379, 438",
                ]),
            Variant(
                file: "suriname.split-numbers.txt", clean: "09STATE60550.txt",
                repairs: ["paragraphNumber 24, 27, 36, 53, 66, 78, 92, 100, 256, 379, 389, 449"]),
            Variant(
                file: "suriname.starred-title-watchlist.txt", clean: "09STATE60550.txt",
                differences: [
                    "narrative.title": "SURINAME (TIER 2 WATCHLIST)"
                ],
                repairs: ["layout 97"]),
            Variant(
                file: "suriname.unwrapped.txt", clean: "09STATE60550.txt",
                repairs: ["layout 40, 50, 52, 54", "paragraphNumber 96"]),
            Variant(
                file: "suriname.wrapped-60.txt", clean: "09STATE60550.txt",
                repairs: []),
        ]

        @Test(arguments: variants)
        func variantExportsTheCleanUnits(_ variant: Variant) throws {
            let cable = try Self.cable(Self.damaged.appendingPathComponent(variant.file))
            let clean = try Fixtures.cable(variant.clean)
            let units = try Self.units(cable, path: variant.file)
            let cleanUnits = try Self.units(clean, path: variant.clean)
            #expect(units.map(\.id) == cleanUnits.map(\.id))
            for (unit, cleanUnit) in zip(units, cleanUnits) {
                #expect(unit.source == (variant.differences[unit.id] ?? cleanUnit.source), "\(unit.id)")
            }
            #expect(Self.addedRepairs(cable, clean: clean) == variant.repairs)
        }

        /// Renderer artifacts no exported source may hold: `""`, a `)`, `*` or `--` standing for a
        /// dash, a tab, `,s` (and other telegraphic apostrophes), an HTML character reference or
        /// tag, a no-break space, a soft hyphen or zero-width character, a mangled quote (`&word`
        /// or `word8`; `G8` is a name).
        static func artifacts(in source: String) -> [String] {
            let patterns: [(String, Regex<Substring>)] = [
                ("doubled quotes", /""/), ("`)` dash", #/ \) /#), ("`*` dash", #/ \* |\w\*\w/#),
                ("`--` dash", #/\w--\w| -- /#),
                ("tab", /\t/), ("telegraphic apostrophe", /\p{L},(?:s|t|re|ve|ll|d|m)\b/),
                ("HTML reference", /&#?[A-Za-z0-9]+;/), ("HTML tag", /<\/?[A-Za-z][^>]*>/),
                ("invisible character", /[\u{00A0}\u{00AD}\u{200B}-\u{200D}\u{2060}\u{FEFF}]/),
                ("mangled quote", /&\p{L}|[\p{Ll},.?!]8\b/),
            ]
            return patterns.compactMap { name, pattern in source.contains(pattern) ? name : nil }
        }

        static var allCables: [URL] {
            let cables = ["09STATE61188.txt", "09STATE60550.txt", "09STATE60608.html"].map(Fixtures.url)
            let damaged = variants.map { Self.damaged.appendingPathComponent($0.file) }
            return cables + damaged + [Self.handwritten.appendingPathComponent("runia.txt")]
        }

        @Test(arguments: allCables)
        func noRendererArtifactInAnyExportedSource(_ url: URL) throws {
            let cable = try Self.cable(url)
            let units = try Self.units(cable, path: url.lastPathComponent, parts: [.narrative, .press, .nonPaper])
            #expect(units.count > 15)
            for unit in units {
                #expect(Self.artifacts(in: unit.source) == [], "\(unit.id): \(unit.source)")
            }
        }

        @Test func theArtifactCheckFindsEachArtifact() {
            #expect(Self.artifacts(in: #"the ""three Ps"" of"#) == ["doubled quotes"])
            #expect(Self.artifacts(in: "imprisonment ) penalties") == ["`)` dash"])
            #expect(Self.artifacts(in: "imprisonment * penalties") == ["`*` dash"])
            #expect(Self.artifacts(in: "Report--from") == ["`--` dash"])
            #expect(Self.artifacts(in: "United States\t some") == ["tab"])
            #expect(Self.artifacts(in: "Kosovo,s law") == ["telegraphic apostrophe"])
            #expect(Self.artifacts(in: "child&nbsp;trafficking") == ["HTML reference", "mangled quote"])
            #expect(Self.artifacts(in: "<a href='#par3'>¶</a>3.") == ["HTML tag"])
            #expect(Self.artifacts(in: "anti-traf\u{00AD}ficking") == ["invisible character"])
            #expect(Self.artifacts(in: "&There is No Excuse,8 which") == ["mangled quote"])
            #expect(Self.artifacts(in: "In 2008, the G8 met (see para 8) – 18 U.S.C. 1589.") == [])
        }
    }
}
