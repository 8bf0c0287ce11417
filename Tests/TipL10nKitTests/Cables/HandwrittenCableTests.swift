import Foundation
import TipL10nTestSupport
import Testing
import TipL10nKit

extension Cables {
    /// A short rollout cable for a country that does not exist (`Tests/Fixtures/cables/handwritten/
    /// runia.txt`), and the same cable with one of each kind of telegraphic and renderer damage
    /// (`runia.damaged.txt`): the reader must not lean on any real cable's wording.
    @Suite("Hand-written cable")
    struct HandwrittenCableTests {
        static let folder = TestPaths.fixtures.appendingPathComponent("cables/handwritten")

        static func cable(_ name: String) throws -> Cable {
            try CableParser.parse(try Data(contentsOf: folder.appendingPathComponent(name)), path: name)
        }

        static func units(_ name: String) throws -> [TranslationUnit] {
            let cable = try cable(name)
            return try SourceDocument.extract(from: cable, path: name).translationUnits(
                segmenter: try Segmenter.defaultEnglish(), parts: [.narrative, .press], repairs: cable.repairs)
        }

        @Test func cleanCable() throws {
            let cable = try Self.cable("runia.txt")
            #expect(cable.paragraphs.map(\.number) == [1, 2, 3, 4])
            #expect(cable.repairs == [])
            let document = try SourceDocument.extract(from: cable, path: "runia.txt")
            #expect(document.country == "Runia")
            #expect(document.tier == "Tier 2 Watch List")
            #expect(document.warnings == [])
            let units = try Self.units("runia.txt")
            #expect(units.count == 16)
            #expect(units.first?.source == "Runia (TIER 2 WATCH LIST)")
        }

        @Test func everyRepairOfTheDamagedCable() throws {
            let cable = try Self.cable("runia.damaged.txt")
            let shown = cable.repairs.map { repair in
                "\(repair.line) \(repair.isReviewFlag ? "warning" : "note") \(repair.kind): \(repair.message)"
            }
            #expect(
                shown == [
                    "18 note htmlMarkup: HTML markup from a web rendering removed: `<a id='par1' href='#par1'>`, `</a>`",
                    "27 note doubledQuotes: `\"\"three` → `\"three` (quotation marks doubled by a renderer)",
                    "27 note doubledQuotes: `Ps\"\"` → `Ps\"` (quotation marks doubled by a renderer)",
                    "30 warning runTogetherWords: `traffickinghowever,` may be `trafficking; however,` (words run together where a space or punctuation was lost: `trafficking` is a word of this cable and `however` a word that often follows lost punctuation); left as printed: please review",
                    "33 note lostPunctuation: `police` a tab `and` → `police; and` (a semicolon lost by a renderer)",
                    "36 warning runTogetherWords: `additionto` may be `addition to` (words run together where a space or punctuation was lost: `addition` is a word of this cable and `to` a word that often follows lost punctuation); left as printed: please review",
                    "37 note apostrophe: `five years, imprisonment.` → `five years' imprisonment.` (telegraphic comma for the apostrophe of a period of imprisonment)",
                    "40 note mangledQuotes: `&There is No Excuse,8` → `“There is No Excuse,”` (curly quotation marks printed `&` and `8` by an old encoding)",
                    "41 note htmlMarkup: `&#46;` → `.` (HTML character reference from a web rendering)",
                    "41 note apostrophe: `didn,t` → `didn't` (telegraphic comma for an apostrophe)",
                    "44 note invisibleCharacter: 1 no-break space replaced by a space, 1 soft hyphen removed (invisible characters from a renderer)",
                    "44 warning lostPunctuation: a tab between `officials` and `It` replaced by a space: punctuation may have been lost there; please review",
                    "44 warning joinedHyphenation: `de-` + `mand` → `de-mand` (word hyphenated across a line break; the hyphen is kept, but it may only have broken the word (`demand`): please review)",
                    "56 warning htmlMarkup: `&foo;` looks like an HTML character reference but is not one libxml2 knows; left as printed: please review",
                ])
            #expect(cable.repairs.allSatisfy { $0.paragraph != nil })
        }

        @Test func damagedCableGivesTheSameUnitsWhereTheDamageCanBeUndone() throws {
            let clean = try Self.units("runia.txt")
            let damaged = try Self.units("runia.damaged.txt")
            #expect(damaged.map(\.id) == clean.map(\.id).filter { $0 != "narrative.prevention.p1.s2" })
            let cleanSources = Dictionary(uniqueKeysWithValues: clean.map { ($0.id, $0.source) })
            let differing = damaged.filter { cleanSources[$0.id] != $0.source }.map { $0.id + ": " + $0.source }
            #expect(
                differing == [
                    "narrative.intro.p2.s1: The Government of Runia does not fully comply with the minimum standards "
                        + "for the elimination of traffickinghowever, it is making significant efforts to do so.",
                    "narrative.prosecution.p1.s2: In additionto the penal code, a 2008 law provides penalties of five "
                        + "years' imprisonment.",
                    "narrative.protection.p1.s1: The government ran the campaign “There is No Excuse,” which reached "
                        + "3,000 students.",
                    "narrative.protection.p1.s2: It didn't fund shelters.",
                    // The tab lost a sentence end; the reader does not guess one, it flags the place.
                    "narrative.prevention.p1.s1: The government trained 120 officials It did not de-mand reports from "
                        + "labor agencies.",
                ])
        }

        @Test func reviewFlagsBecomeTranslatorNotes() throws {
            let units = try Self.units("runia.damaged.txt")
            let notes = units.filter { !$0.reviewNotes.isEmpty }.map { "\($0.id): \($0.reviewNotes.count)" }
            #expect(
                notes == [
                    "narrative.intro.p2.s1: 1", "narrative.prosecution.p1.s2: 1", "narrative.prevention.p1.s1: 2",
                ])
        }
    }
}
