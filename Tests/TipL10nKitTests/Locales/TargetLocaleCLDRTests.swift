import Foundation
import Testing

@testable import TipL10nKit

extension Locales {
    /// Target locales from CLDR: canonical tags, refusals, the effective profile's origins.
    @Suite struct TargetLocaleCLDRTests {
        @Test(arguments: [
            ("es-419", "es-419"), ("zh_hant_tw", "zh-Hant-TW"), ("SR_cyrl_rs", "sr-Cyrl"), ("pt-br", "pt-BR"),
            ("NL", "nl"), ("iw", "he"), ("sr-Latn", "sr-Latn"), ("sq-AL", "sq"), ("sq_xk", "sq-XK"), ("is", "is"),
        ])
        func typedTagsAreCanonicalized(_ typed: String, _ expected: String) throws {
            #expect(try TargetLocale.resolve(typed).locale.tag == expected)
        }

        @Test func namesComeFromCLDR() throws {
            let spanish = try TargetLocale.resolve("es-419").locale
            #expect(spanish.englishName == "Spanish (Latin America)")
            #expect(TargetLocale(tag: "es").nativeName == "español")
            #expect(TargetLocale(tag: "ar").isRightToLeft)
            #expect(!TargetLocale(tag: "ru").isRightToLeft)
            #expect(TargetLocale(tag: "zh-Hant-TW").icuIdentifier == "zh_Hant_TW")
        }

        @Test func malformedAndUnknownTagsAreRefused() {
            #expect(
                throws: TargetLocaleError.malformed(
                    "en-US-u-nu-arab", reason: "extensions and private use ('-u-…') are not target locales")
            ) { try TargetLocale.resolve("en-US-u-nu-arab") }
            #expect(
                throws: TargetLocaleError.malformed(
                    "e$", reason: "subtags are ASCII letters and digits separated by '-'")
            ) { try TargetLocale.resolve("e$") }
            #expect(throws: TargetLocaleError.unsupported("tlh")) { try TargetLocale.resolve("tlh") }
            #expect(
                throws: TargetLocaleError.unknownSubtag("es-QQ", kind: "region", subtag: "QQ")
            ) { try TargetLocale.resolve("es-QQ") }
            #expect(
                TargetLocaleError.unknownSubtag("es-QQ", kind: "region", subtag: "QQ").description
                    == "error: unknown locale 'es-QQ': CLDR knows no region 'QQ'")
        }

        @Test func cldrProfileCarriesTheLocalesConventions() throws {
            let french = try LocaleProfile.load(tag: "fr")
            #expect(french.cldr?.groupingSeparator == "\u{202F}")
            #expect(french.numbers.decimalSeparators == [","])
            #expect(french.numbers.groupSeparators == ["\u{202F}", " ", "\u{00A0}", "\u{2009}"])
            #expect(french.numbers.months[5] == ["juin"])
            #expect(french.numbers.scaleWords["millions"] == 1_000_000)
            #expect(french.origins["numbers.months"] == .cldr)
            #expect(french.origins["numbers.percentSigns"] == .file("<built-in>/fr.yaml"))

            let russian = try LocaleProfile.load(tag: "ru")
            #expect(russian.numbers.months[5] == ["июня", "июнь"])
            #expect(russian.numbers.scaleWords["миллиона"] == 1_000_000)
            #expect(russian.numbers.currencies.first?.suffixes.contains("долларов") == true)
            #expect(russian.script == .cyrillic)

            let arabic = try LocaleProfile.load(tag: "ar")
            #expect(arabic.numbers.decimalSeparators == [".", "\u{066B}"])
            #expect(arabic.numbers.groupSeparators.prefix(2) == [",", "\u{066C}"])

            let hindi = try LocaleProfile.load(tag: "hi")
            #expect(hindi.numbers.secondaryGroupingSize == 2)
            #expect(hindi.numbers.scaleWords["लाख"] == 100_000)

            let chinese = try LocaleProfile.load(tag: "zh")
            #expect(chinese.numbers.scaleWords["万"] == 10_000)
            #expect(chinese.numbers.scaleWords["亿"] == 100_000_000)
            #expect(chinese.numbers.numericDatePatterns.contains("y年M月d日"))
            #expect(chinese.numbers.isUnspaced)
        }

        @Test func projectLayerChangesOnlyItsKeys() throws {
            let folder = try ProfileLoadingTests.project([
                "es.yaml": "version: 1\nnumbers:\n  percentSigns: [\"%\", por ciento, porciento]\n"
            ])
            defer { try? FileManager.default.removeItem(at: folder) }
            let profile = try LocaleProfile.load(tag: "es-AR", projectFolder: folder)
            let path = folder.appendingPathComponent("locales/es.yaml").path
            #expect(profile.numbers.percentSigns == ["%", "por ciento", "porciento"])
            #expect(profile.origins["numbers.percentSigns"] == .file(path))
            // The built-in es layer's other keys and CLDR's stay.
            #expect(profile.questionLabel == "P")
            #expect(profile.origins["questionLabel"] == .file("<built-in>/es.yaml"))
            #expect(profile.icuLocale == "es_AR")
            #expect(profile.origins["numbers.decimalSeparators"] == .cldr)
        }

        @Test func showSaysWhereEachItemCameFrom() throws {
            let text = try LocaleProfile.load(tag: "es").summaryText
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.first == "locale es: Spanish — español")
            #expect(lines.contains("decimal separator: \",\" U+002C [CLDR]"))
            #expect(
                lines.contains(
                    "grouping separators: \".\" U+002E, \" \" U+0020 space, U+00A0 no-break space, U+202F narrow "
                        + "no-break space, U+2009 thin space [CLDR]"))
            #expect(lines.contains("  6: junio, jun"))
            #expect(lines.contains("percent signs: %, por ciento [<built-in>/es.yaml]"))
            #expect(
                lines.contains(
                    "spelled-out numbers in ICU: yes: ICU's spell-out rules format and parse them (0…100 read back) "
                        + "(24 and 2000000: veinticuatro; dos millones) [CLDR]"))
            #expect(lines.last == "figure checks: full")
        }

        @Test func arabicDigitsAndPersianScriptsAreNamed() throws {
            let text = try LocaleProfile.load(tag: "ar-EG").summaryText
            #expect(text.contains("numbering systems: arab, latn (default arab, digits ٠١٢٣٤٥٦٧٨٩) [CLDR]"))
            #expect(text.contains("text direction: right to left [CLDR]"))
        }
    }
}
